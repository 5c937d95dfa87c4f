package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.model.EntityType;

/** "the plant in X" as the plant the article placed in X, read from rule {@code plant.the-plant-in}'s matches by the mention finder. */
class PlantInTheirTownsMentionsTest {
  private final OneSentence sentence = new OneSentence();
  private final MentionFinder finder = sentence.finder();

  private List<Mention> plants(String s) {
    return finder.find(s).stream().filter(m -> m.type() == EntityType.PLANT).toList();
  }

  @Test
  void thePlantInATownIsThePlantTheArticlePlacedThere() {
    List<Mention> placed = plants("BYD's Szeged plant will start production next year.");
    assertThat(placed).hasSize(1);
    String s = "The capacity of the plant in Szeged is 150,000 cars.";
    assertThat(plants(s)).singleElement().satisfies(m -> {
      assertThat(s.substring(m.start(), m.end())).isEqualTo("the plant in Szeged");
      assertThat(m.id()).isEqualTo(placed.get(0).id());
      assertThat(m.how()).isEqualTo(Mention.How.COREF);
    });
  }

  @Test
  void aPlantInATownTheArticlePlacedNoPlantInIsNoPlant() {
    plants("BYD's Szeged plant will start production next year.");
    assertThat(plants("The capacity of a plant in Szeged and of the plant in Debrecen was not said.")).isEmpty();
  }
}
