package org.partnergraph.extract.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule {@code plant.the-plant-in} of {@code rules/en/entities.rules}, on sentences written for it. */
class PlantInRuleTest {
  /** The town each match yields, and the words the whole match covers. */
  private static List<String> plantsIn(String sentence) {
    return EnglishRuleMatches.groupAndMatch(sentence, "plant.the-plant-in", "town");
  }

  @Test
  void findsThePlantNounBetweenTheAndInBeforeACapitalisedWord() {
    assertThat(plantsIn("Output at the plant in Tver doubled.")).containsExactly("Tver | the plant in Tver");
    assertThat(plantsIn("The factory in Zlín and the enterprise in Ulyanovsk-Sever")).containsExactly(
        "Zlín | The factory in Zlín", "Ulyanovsk | the enterprise in Ulyanovsk");
  }

  @Test
  void findsNothingBeforeALowerCaseWordOrWithAnotherArticleOrNoun() {
    assertThat(plantsIn("the plant in the town of Tver")).isEmpty();
    assertThat(plantsIn("a plant in Tver, this factory in Zlín")).isEmpty();
    assertThat(plantsIn("the plants in Tver, the works in Zlín, the Plant in Tver")).isEmpty();
    assertThat(plantsIn("the plant inTver and the plant In Zlín")).isEmpty();
  }
}
