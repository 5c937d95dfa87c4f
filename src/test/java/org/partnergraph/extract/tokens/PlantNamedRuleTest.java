package org.partnergraph.extract.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule {@code plant.named} of {@code rules/en/plants.rules}, on sentences written for it. */
class PlantNamedRuleTest {
  /** The words each match covers. */
  private static List<String> names(String sentence) {
    return TokenRules.english().run(sentence).matches().stream()
        .filter(m -> m.rule().equals("plant.named"))
        .map(m -> sentence.substring(m.start(), m.end()))
        .toList();
  }

  @Test
  void findsCapitalisedWordsAroundACapitalisedPlantWord() {
    assertThat(names("Workers at Gigafactory Texas Austin went home.")).containsExactly("Gigafactory Texas Austin");
    assertThat(names("Volvo's Plant Torslanda and the Skoda Auto Battery Park")).containsExactly("Volvo's Plant Torslanda", "Skoda Auto Battery Park");
    assertThat(names("at the Renault and Dacia Manufacturing Complex near Pitesti")).containsExactly("Renault and Dacia Manufacturing Complex");
    assertThat(names("the Toyota Kirloskar Motor Bidadi Works")).containsExactly("Toyota Kirloskar Motor Bidadi Works");
  }

  @Test
  void stopsBeforeInAtOfAndAtATrailingHyphen() {
    assertThat(names("the Nova Factory In Brno")).containsExactly("Nova Factory");
    assertThat(names("the Nova Factory Of Brno and the Nova Works At Kolin")).containsExactly("Nova Factory", "Nova Works");
    assertThat(names("the Nova Factory Brno- a new site")).containsExactly("Nova Factory Brno");
  }

  @Test
  void findsNothingForALowerCaseOrPluralPlantWordOrAComplexOfNoKind() {
    assertThat(names("the Nova factory, the Nova Plants and the Nova Sports Complex")).isEmpty();
    assertThat(names("the Nova battery Park")).isEmpty();
  }
}
