package org.partnergraph.extract.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules {@code plant.state-*} of {@code rules/en/plants.rules} (a plant named after its state), on sentences written for them. */
class PlantStateNameRuleTest {
  /** Each match as rule id, the state it yields and the words it covers. */
  private static List<String> names(String sentence) {
    return TokenRules.english().run(sentence).matches().stream()
        .filter(m -> m.rule().startsWith("plant.state-"))
        .map(m -> m.rule() + " | " + m.group("state").map(g -> sentence.substring(g.start(), g.end())).orElseThrow()
            + " | " + sentence.substring(m.start(), m.end()))
        .toList();
  }

  @Test
  void findsTheStateAfterManufacturingOrBetweenOfAndAutomotive() {
    assertThat(names("Mazda Manufacturing of Ohio hired 300 people.")).containsExactly(
        "plant.state-manufacturing | Ohio | Manufacturing of Ohio");
    assertThat(names("Kia of West Virginia Automotive opened.")).containsExactly(
        "plant.state-automotive | West Virginia | of West Virginia Automotive");
    assertThat(names("Mazda Motor Manufacturing New Mexico grew.")).containsExactly(
        "plant.state-manufacturing | New Mexico | Manufacturing New Mexico",
        "plant.state-manufacturing-after-motor | New Mexico | Motor Manufacturing New Mexico");
  }

  @Test
  void aStateWordKeepsAStopOnlyBetweenItsLettersOrBeforeASecondWord() {
    assertThat(names("Mazda Manufacturing U.S.A. grew.")).containsExactly("plant.state-manufacturing | U.S.A | Manufacturing U.S.A");
    assertThat(names("Jobs grew at Mazda Manufacturing Ohio.")).containsExactly("plant.state-manufacturing | Ohio | Manufacturing Ohio");
    assertThat(names("Jobs grew at Mazda Manufacturing U.S. Ohio.")).containsExactly("plant.state-manufacturing | U.S. Ohio | Manufacturing U.S. Ohio");
  }

  @Test
  void findsNothingWithoutACapitalisedStateOrWithoutAutomotive() {
    assertThat(names("Mazda Manufacturing of ohio, Kia of West Virginia, Mazda manufacturing Ohio, Mazda Manufacturing X grew.")).isEmpty();
  }
}
