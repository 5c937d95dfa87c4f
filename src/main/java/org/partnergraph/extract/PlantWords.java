package org.partnergraph.extract;

import org.partnergraph.extract.Lexicon.Family;
import org.partnergraph.extract.Lexicon.Form;

/** The plant nouns and their modifiers as regex alternatives, built from the lexicon for the rules that find plants. */
final class PlantWords {
  private static final Lexicon LEXICON = Lexicon.english();

  private PlantWords() {}

  /** The plant nouns tagged {@code tag} ("plant|factory|works"), as written. */
  static String nouns(String tag) {
    return LEXICON.alternation(Family.PLANT_NOUNS, tag, Form.AS_WRITTEN);
  }

  /** The plant nouns, then the modifiers, tagged {@code tag}, capitalised: the words of a plant's proper name. */
  static String capitalised(String tag) {
    return LEXICON.alternation(Family.PLANT_NOUNS, tag, Form.CAPITALISED) + "|" + LEXICON.alternation(Family.PLANT_MODIFIERS, tag, Form.CAPITALISED);
  }

  /** The plant modifiers tagged {@code tag} ("car|auto|assembly"), as written. */
  static String modifiers(String tag) {
    return LEXICON.alternation(Family.PLANT_MODIFIERS, tag, Form.AS_WRITTEN);
  }
}
