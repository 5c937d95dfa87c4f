package org.partnergraph.extract;

import org.partnergraph.extract.Lexicon.Family;
import org.partnergraph.extract.Lexicon.Form;

/** The words of a company's name and the nouns standing for a company, as regex alternatives built from the lexicon. */
final class CompanyWords {
  private static final Lexicon LEXICON = Lexicon.english();

  private CompanyWords() {}

  /** The name words tagged {@code tag}, capitalised ("Motors|Motor|Manufacturing"), in file order: the order they are tried in. */
  static String nameWords(String tag) {
    return LEXICON.alternation(Family.COMPANY_WORDS, tag, Form.CAPITALISED);
  }

  /** The nouns tagged {@code tag} that stand for a company named before ("company|group|automaker"), as written. */
  static String nouns(String tag) {
    return LEXICON.alternation(Family.COMPANY_WORDS, tag, Form.AS_WRITTEN);
  }
}
