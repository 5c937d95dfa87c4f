package org.partnergraph.extract.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule {@code place.town-of-the-plant} of {@code rules/en/entities.rules} (rules/15), on sentences written for it. */
class TownOfThePlantRuleTest {
  /** The town each match yields, and the words the whole match covers. */
  private static List<String> towns(String sentence) {
    return EnglishRuleMatches.groupAndMatch(sentence, "place.town-of-the-plant", "town");
  }

  @Test
  void findsATownAfterTheBeforeThePlantWord() {
    assertThat(towns("Korvo builds cars at the Zlín plant and The Nova Vas car factory.")).containsExactly(
        "Zlín | the Zlín plant", "Nova Vas | The Nova Vas car factory");
    assertThat(towns("the main Ust-Zetinsk assembly plant")).containsExactly("Ust-Zetinsk | the main Ust-Zetinsk assembly plant");
  }

  @Test
  void findsNoTownWithInnerCapitalsOrInCapitalsOrWithoutThe() {
    assertThat(towns("the ZetaWorks plant and the ZETA plant")).isEmpty();
    assertThat(towns("a Zlín plant and Zlín plant")).isEmpty();
  }
}
