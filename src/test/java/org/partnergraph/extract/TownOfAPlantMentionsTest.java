package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.model.EntityType;

/** Towns named by a company's plant, read from rule {@code place.town-of-a-plant}'s matches by the mention finder. */
class TownOfAPlantMentionsTest {
  private final OneSentence sentence = new OneSentence();

  private List<String> towns(String s) {
    return sentence.mentions(EntityType.CITY, s);
  }

  @Test
  void mintsTheTownOfAPlantAfterAnAutomaker() {
    assertThat(towns("Geely said its Zetovsk plant will add a shift.")).containsExactly("Zetovsk");
  }

  @Test
  void mintsNoTownOfAPlantWithoutAnAutomakerBeforeIt() {
    assertThat(towns("The supplier said its Zetovsk plant will add a shift.")).isEmpty();
  }
}
