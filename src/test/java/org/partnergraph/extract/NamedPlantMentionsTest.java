package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Plants known by a proper name, read from rule {@code plant.named}'s matches by the mention finder. */
class NamedPlantMentionsTest {
  private final OneSentence sentence = new OneSentence();

  /** Each plant found: its name as the sentence writes it, its operator's name and its place's. */
  private List<String> plants(String s) {
    return sentence.plantsFound(s);
  }

  @Test
  void aNamedPlantIsRunByTheAutomakerItsNameHoldsOrNamedBefore() {
    assertThat(plants("Workers at Tesla's Gigafactory Nevada went on strike.")).singleElement().asString().startsWith("Gigafactory Nevada | Tesla");
    assertThat(plants("BMW said output at its Plant Spartanburg rose.")).singleElement().asString().startsWith("Plant Spartanburg | BMW");
  }

  @Test
  void aNamedPlantWithoutAnAutomakerOrOfOneWordIsNone() {
    assertThat(plants("Workers at Gigafactory Nevada went on strike.")).isEmpty();
    assertThat(plants("BMW said output at the Plant rose.")).isEmpty();
  }
}
