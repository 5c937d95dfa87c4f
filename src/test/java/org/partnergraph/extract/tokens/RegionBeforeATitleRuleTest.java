package org.partnergraph.extract.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule {@code place.region-before-a-title} of {@code rules/en/places.rules}, on sentences written for it. */
class RegionBeforeATitleRuleTest {
  /** The region's name and kind (or "-") each match yields. */
  private static List<String> regions(String sentence) {
    return TokenRules.english().run(sentence).matches().stream()
        .filter(m -> m.rule().equals("place.region-before-a-title"))
        .map(m -> m.group("place").map(t -> sentence.substring(t.start(), t.end())).orElseThrow() + " + "
            + m.group("kind").map(t -> sentence.substring(t.start(), t.end())).orElse("-"))
        .toList();
  }

  @Test
  void findsARegionBeforeACapitalisedTitleAndAName() {
    assertThat(regions("Zetovo Governor Korvo Lipan said so.")).containsExactly("Zetovo + -");
    assertThat(regions("Nova Zeta province's Chief Minister Korvo spoke.")).containsExactly("Nova Zeta + province");
    assertThat(regions("the Zeta Minister-President Korvo")).containsExactly("Zeta + -");
  }

  @Test
  void findsARegionBeforeALowerCaseTitleOnlyWhereTheLexiconWritesOne() {
    assertThat(regions("Zeta region hokim Sh. Korvov came.")).containsExactly("Zeta + region");
    assertThat(regions("Zeta chief minister Korvo came.")).isEmpty();
    assertThat(regions("Zeta Chief minister Korvo came.")).isEmpty();
  }

  @Test
  void keepsACapitalisedKindAndItsApostropheSInTheName() {
    assertThat(regions("Zeta Region Governor Korvo came.")).containsExactly("Zeta Region + -");
    assertThat(regions("Nova Zeta Province's Chief Minister Korvo spoke.")).containsExactly("Nova Zeta Province's + -");
  }

  @Test
  void findsNoRegionWithoutACapitalisedWordAfterTheTitle() {
    assertThat(regions("Zetovo Governor said so.")).isEmpty();
    assertThat(regions("Zetovo Governor  korvo said so.")).isEmpty();
  }
}
