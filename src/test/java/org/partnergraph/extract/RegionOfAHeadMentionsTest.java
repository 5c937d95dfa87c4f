package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.model.EntityType;

/** Regions named by their head's title, read from rule {@code place.region-of-a-head}'s matches by the mention finder. */
class RegionOfAHeadMentionsTest {
  private final OneSentence sentence = new OneSentence();

  private List<String> regions(String s) {
    return sentence.mentions(EntityType.REGION, s);
  }

  @Test
  void mintsTheRegionWithItsKind() {
    assertThat(regions("Korvo met the governor of the Zetovo region on Monday.")).containsExactly("Zetovo region");
  }

  @Test
  void mintsNoRegionWhoseFirstWordNamesNone() {
    assertThat(regions("Korvo met the governor of the Deputy Zetovo region on Monday.")).isEmpty();
    assertThat(regions("Korvo met the governor of Europe Zetovo region on Monday.")).isEmpty();
  }
}
