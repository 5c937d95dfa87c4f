package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.model.EntityType;

/** Towns named as a plant's site, read from rule {@code place.plant-in-town}'s matches by the mention finder. */
class PlantInTownMentionsTest {
  private final OneSentence sentence = new OneSentence();

  private List<String> towns(String s) {
    return sentence.mentions(EntityType.CITY, s);
  }

  @Test
  void mintsTheTownAPlantIsIn() {
    assertThat(towns("The supplier opened a plant in Zetovsk last year.")).containsExactly("Zetovsk");
    assertThat(towns("The supplier opened a factory in the town of Nova Zeta.")).containsExactly("Nova Zeta");
  }

  @Test
  void mintsNoTownForANameThatStartsWithAWordNamingNoTown() {
    assertThat(towns("The supplier opened a plant in Europe Zeta.")).isEmpty();
  }
}
