package org.partnergraph.extract;

import org.partnergraph.extract.Lexicon.Family;
import org.partnergraph.extract.Lexicon.Form;

/**
 * The region-head titles and region suffixes as regex alternatives, built once from the lexicon and
 * shared by the mention finders, so that none of them spells a title of its own.
 */
final class RegionWords {
  private static final Lexicon LEXICON = Lexicon.english();
  /** Titles that only the head of a region holds (a country has presidents and chairmen too). */
  static final String REGION_HEAD = titles("region-only", Form.AS_WRITTEN);
  /** "Oblast", "region", "Prefecture": what ends a region's name, capitalised or not. */
  static final String REGION_SUFFIX = suffixes("suffix", Form.CAPITALISED) + "|" + suffixes("suffix", Form.AS_WRITTEN);

  private RegionWords() {}

  /** The region-head titles tagged {@code tag}, as regex alternatives. */
  static String titles(String tag, Form form) {
    return LEXICON.alternation(Family.REGION_HEAD_TITLES, tag, form);
  }

  /** The names of a region's government tagged {@code tag}, as regex alternatives. */
  static String governments(String tag) {
    return LEXICON.alternation(Family.REGION_GOVERNMENTS, tag, Form.AS_WRITTEN);
  }

  /** The region suffixes tagged {@code tag}, as regex alternatives. */
  static String suffixes(String tag, Form form) {
    return LEXICON.alternation(Family.REGION_SUFFIXES, tag, form);
  }
}
