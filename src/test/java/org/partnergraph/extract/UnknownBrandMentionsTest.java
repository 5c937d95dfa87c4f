package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.model.EntityType;

/** Brands the reference data does not know, read from the brand rules' matches by the mention finder. */
class UnknownBrandMentionsTest {
  private final OneSentence sentence = new OneSentence();

  private List<String> brands(String s) {
    return sentence.mentions(EntityType.BRAND, s);
  }

  @Test
  void mintsABrandNamedBeforeOrAfterTheWordBrand() {
    assertThat(brands("AGR assembles the Zorka brand cars at its plant.")).containsExactly("Zorka");
    assertThat(brands("The new brand Vesna-Auto opened a showroom.")).containsExactly("Vesna-Auto");
  }

  @Test
  void keepsTheReadingThatStartsFirstWhereTwoShareTheWordBrand() {
    assertThat(brands("It owns the Zorka brand Vesna-Auto.")).containsExactly("Zorka");
  }

  @Test
  void mintsNoBrandForANationality() {
    assertThat(brands("It bought the German brand in 2020.")).isEmpty();
  }
}
