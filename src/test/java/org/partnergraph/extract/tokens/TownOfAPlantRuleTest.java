package org.partnergraph.extract.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule {@code place.town-of-a-plant} of {@code rules/en/entities.rules}, on sentences written for it. */
class TownOfAPlantRuleTest {
  /** The town each match yields, and the words the whole match covers. */
  private static List<String> towns(String sentence) {
    return EnglishRuleMatches.groupAndMatch(sentence, "place.town-of-a-plant", "town");
  }

  @Test
  void findsATownAfterItsOrTheirOrAPossessiveBeforeThePlantWord() {
    assertThat(towns("Zeta will expand its Tverskoy plant.")).containsExactly("Tverskoy | its Tverskoy plant");
    assertThat(towns("Korvo's Zlín car factory and Korvo' Nova Vas works")).containsExactly(
        "Zlín | 's Zlín car factory", "Nova Vas | ' Nova Vas works");
  }

  @Test
  void findsATownOfTwoWordsJoinedByAHyphenOrWithGluedMarksAfterAModifier() {
    assertThat(towns("their idled Ust-Zetinsk assembly plant")).containsExactly("Ust-Zetinsk | their idled Ust-Zetinsk assembly plant");
    assertThat(towns("its new Sur-le-Zeta plant")).containsExactly("Sur-le-Zeta | its new Sur-le-Zeta plant");
  }

  @Test
  void findsNoTownWithInnerCapitalsOrThreeWordsOrWithoutTheOwnerWord() {
    assertThat(towns("its ZetaWorks plant and its ZETA plant")).isEmpty();
    assertThat(towns("its Nova Vas Zeta plant")).isEmpty();
    assertThat(towns("the Tverskoy plant and Its Tverskoy plant")).isEmpty();
    assertThat(towns("its Tverskoy plants and its Tverskoy car assembly plant")).isEmpty();
  }
}
