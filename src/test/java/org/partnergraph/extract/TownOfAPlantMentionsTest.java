package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.model.EntityType;

/**
 * Towns named by a company's plant, read from rule {@code place.town-of-a-plant}'s matches by the
 * mention finder, and from rules/15 also {@code place.town-of-the-plant}'s.
 */
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

  @Test
  void fromRules15MintsTheTownOfThePlantAfterAnAutomakerAndOnlyThen() {
    String s = "Korvo Auto belongs to Geely and builds cars at the Zetovsk plant and the Nova Vas plant.";
    assertThat(new OneSentence(15).mentions(EntityType.CITY, s)).containsExactly("Zetovsk", "Nova Vas");
    assertThat(new OneSentence(14).mentions(EntityType.CITY, s)).isEmpty();
    assertThat(new OneSentence(15).mentions(EntityType.CITY, "The supplier builds parts at the Zetovsk plant.")).isEmpty();
  }

  @Test
  void fromRules15TheTownOfThePlantNamesThePlantOfTheAutomakerBeforeIt() {
    OneSentence v15 = new OneSentence(15);
    List<String> plants = v15.mentions(EntityType.PLANT, "Renault builds its cars at the Zetovsk plant in Argeș County.");
    assertThat(plants).containsExactly("Zetovsk plant");
    assertThat(v15.finder().plantsFound())
        .extracting(p -> v15.entities().name(p.operator()) + " plant in " + v15.entities().name(p.place()))
        .containsExactly("Renault plant in Zetovsk", "Renault plant in Argeș County");
  }
}
