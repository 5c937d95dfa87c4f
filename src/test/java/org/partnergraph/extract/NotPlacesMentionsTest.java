package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.model.EntityType;

/** Capitalised words that name no town ({@code lexicon/en/not-places.tsv} and the calendar): a plant "in" them mints none. */
class NotPlacesMentionsTest {
  private final OneSentence sentence = new OneSentence();

  private List<String> towns(String s) {
    return sentence.mentions(EntityType.CITY, s);
  }

  @Test
  void readsTheWordsOfTheNotPlacesFamilyAndTheCalendar() {
    assertThat(PlaceMentions.NOT_PLACES).contains("The", "Its", "Europe", "Caucasus", "Monday", "May");
    assertThat(PlaceMentions.NOT_PLACES).doesNotContain("the", "Zetovsk");
  }

  @Test
  void mintsNoTownForAPlantInAWorldRegionOrAFunctionWordOrAMonth() {
    assertThat(towns("The group opened a plant in Scandinavia Zetovsk.")).isEmpty();
    assertThat(towns("The group opened a plant in This Zetovsk.")).isEmpty();
    assertThat(towns("The group will open a plant in March.")).isEmpty();
  }

  @Test
  void stillMintsATownForAPlantInAnUnknownName() {
    assertThat(towns("The group opened a plant in Zetovsk.")).containsExactly("Zetovsk");
  }
}
