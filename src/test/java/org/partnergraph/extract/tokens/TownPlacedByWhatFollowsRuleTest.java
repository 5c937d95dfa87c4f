package org.partnergraph.extract.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnergraph.extract.tokens.EnglishRuleMatches.groups;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules {@code place.town-before-a-comma} and {@code place.placed-by-what-follows} of
 * {@code rules/en/places.rules}, on sentences written for them.
 */
class TownPlacedByWhatFollowsRuleTest {
  private static List<String> towns(String sentence) {
    return groups(sentence, "place.town-before-a-comma", "place");
  }

  private static List<String> nextWords(String sentence) {
    return groups(sentence, "place.placed-by-what-follows", "next");
  }

  @Test
  void findsATownAfterInNearAtOrOutsideBeforeItsComma() {
    assertThat(towns("Talks were held in Zetovsk, Lipa, on Monday.")).containsExactly("Zetovsk");
    assertThat(towns("Talks were held near Nova Zeta, Lipa.")).containsExactly("Nova Zeta");
    assertThat(towns("Talks were held outside Ústí nad Zetou, Lipa.")).containsExactly("Ústí nad Zetou");
  }

  @Test
  void findsNoTownWithoutTheCueOrTheCommaOrInLowerCase() {
    assertThat(towns("Talks were held by Zetovsk, Lipa.")).isEmpty();
    assertThat(towns("Talks were held in Zetovsk on Monday.")).isEmpty();
    assertThat(towns("Talks were held in zetovsk, Lipa.")).isEmpty();
    assertThat(towns("Talks were held In Zetovsk, Lipa.")).isEmpty();
  }

  @Test
  void readsInTheAndACompassWordThatStartsAWordAfterTheComma() {
    assertThat(nextWords("Talks in Zetovsk, in the south-eastern Lipa.")).containsExactly("Lipa");
    assertThat(nextWords("Talks in Zetovsk, northern Lipa.")).containsExactly("Lipa");
    assertThat(groups("Talks in Zetovsk, in the south-eastern Lipa.", "place.placed-by-what-follows", "compass")).containsExactly("south-eastern");
    assertThat(groups("Talks in Zetovsk, in the south-eastern Lipa.", "place.placed-by-what-follows", "the")).containsExactly("the");
  }

  @Test
  void readsADistanceBetweenAboutAndOf() {
    String sentence = "Talks in Zetovsk, about 40 km north of Lipa.";
    assertThat(nextWords(sentence)).containsExactly("Lipa");
    assertThat(groups(sentence, "place.placed-by-what-follows", "distance")).containsExactly("40 km north");
  }

  @Test
  void readsNoCompassWordInAnotherCaseOrNotStartingTheWord() {
    assertThat(groups("Talks in Zetovsk, Southern Lipa.", "place.placed-by-what-follows", "compass")).isEmpty();
    assertThat(groups("Talks in Zetovsk, unsouthern Lipa.", "place.placed-by-what-follows", "compass")).isEmpty();
  }
}
