package org.partnergraph.extract.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.model.Entity;
import org.partnergraph.model.EntityType;

/** Where and how often an entity's names stand in a text. */
class NameSpansTest {
  private static final Entity HYUNDAI_INDIA = Entity.of("automaker/hyundai-motor-india", EntityType.AUTOMAKER, "Hyundai Motor India",
      List.of("Hyundai", "HMI"));

  @Test
  void aLongerNameCountsOnceAndNotAgainAsItsShorterAlias() {
    String text = "Hyundai Motor India said on Monday that Hyundai would hire. HMI's plant runs; HMIs and Hyundaiville do not count.";
    assertThat(NameSpans.count(HYUNDAI_INDIA, text)).isEqualTo(3);
  }

  @Test
  void theFirstSpanIsTheEarliestOfAnyName() {
    assertThat(NameSpans.first(HYUNDAI_INDIA, "Then HMI and Hyundai Motor India")).containsExactly(5, 8);
    assertThat(NameSpans.first(HYUNDAI_INDIA, "Kia alone")).isNull();
    assertThat(NameSpans.count(HYUNDAI_INDIA, "Kia alone")).isZero();
  }
}
