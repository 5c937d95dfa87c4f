package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.model.EntityType;

/** Regions named before their head's title, read from rule {@code place.region-before-a-title}'s matches by the mention finder. */
class RegionBeforeATitleMentionsTest {
  private final OneSentence sentence = new OneSentence();

  private List<String> regions(String s) {
    return sentence.mentions(EntityType.REGION, s);
  }

  @Test
  void mintsTheRegionWithItsKindWhereOneStandsBetween() {
    assertThat(regions("Zetovo Governor Korvo Lipan visited the plant.")).containsExactly("Zetovo");
    assertThat(regions("Zetovo region hokim Korvo Lipan visited the plant.")).containsExactly("Zetovo region");
  }

  @Test
  void mintsNoRegionWhoseFirstWordNamesNone() {
    assertThat(regions("Former Governor Korvo Lipan visited the plant.")).isEmpty();
  }
}
