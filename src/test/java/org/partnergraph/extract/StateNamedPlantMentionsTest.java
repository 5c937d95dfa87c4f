package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Plants named after their state right after their maker, read from rules {@code plant.state-*} by the mention finder. */
class StateNamedPlantMentionsTest {
  private final OneSentence sentence = new OneSentence();

  /** Each plant found: its name as the sentence writes it, its operator's name and its place's. */
  private List<String> plants(String s) {
    return sentence.plantsFound(s);
  }

  @Test
  void aPlantNamedAfterItsStateIsInThatStateAndRunByItsMaker() {
    assertThat(plants("Mazda Manufacturing of Ohio hired 300 people.")).containsExactly("Mazda Manufacturing of Ohio | Mazda | Ohio");
    assertThat(plants("Output at Kia of Georgia Automotive rose.")).containsExactly("Kia of Georgia Automotive | Kia | Georgia");
  }

  @Test
  void aNameThatHoldsNoPlaceIsNoPlantOfAState() {
    assertThat(plants("Mazda Manufacturing Excellence hired 300 people.")).isEmpty();
  }
}
