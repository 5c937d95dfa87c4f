package org.partnergraph.extract.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule {@code place.region-of-a-head} of {@code rules/en/places.rules}, on sentences written for it. */
class RegionOfAHeadRuleTest {
  /** The region's name and kind each match yields, and the words the whole match covers. */
  private static List<String> regions(String sentence) {
    return TokenRules.english().run(sentence).matches().stream()
        .filter(m -> m.rule().equals("place.region-of-a-head"))
        .map(m -> m.group("place").map(t -> sentence.substring(t.start(), t.end())).orElseThrow() + " + "
            + m.group("kind").map(t -> sentence.substring(t.start(), t.end())).orElseThrow() + " | " + sentence.substring(m.start(), m.end()))
        .toList();
  }

  @Test
  void findsARegionAfterAHeadsTitleAndOfTheInAnyCase() {
    assertThat(regions("Zeta met the governor of the Korvo region on Monday.")).containsExactly("Korvo + region | governor of the Korvo region");
    assertThat(regions("Zeta met the HEAD OF Nova Korvo Oblast.")).containsExactly("Nova Korvo + Oblast | HEAD OF Nova Korvo Oblast");
  }

  @Test
  void takesTheLongestNameBeforeTheKindAndLeavesTheOutOfIt() {
    assertThat(regions("the chairman of The Zeta Korvo Region region")).containsExactly("Zeta Korvo Region + region | chairman of The Zeta Korvo Region region");
    assertThat(regions("the wali of Ust-Zeta' Province")).containsExactly("Ust-Zeta' + Province | wali of Ust-Zeta' Province");
  }

  @Test
  void findsNoRegionWithoutAKindOrATitleOrWithAKindInCapitals() {
    assertThat(regions("the governor of the Korvo Zeta")).isEmpty();
    assertThat(regions("the mayor of the Korvo region")).isEmpty();
    assertThat(regions("the governor of the Korvo REGION")).isEmpty();
    assertThat(regions("the governor of the korvo region")).isEmpty();
  }
}
