package org.partnergraph.extract.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule {@code place.dateline-town} of {@code rules/en/places.rules}, on sentences written for it. */
class DatelineTownRuleTest {
  /** The town each match yields. */
  private static List<String> towns(String sentence) {
    return EnglishRuleMatches.groups(sentence, "place.dateline-town", "town");
  }

  @Test
  void findsATownOfCapitalsBeforeACommaOrADashAtTheSentencesStart() {
    assertThat(towns("ZETOVSK, Ky., Feb. 6 — Korvo said.")).containsExactly("ZETOVSK");
    assertThat(towns("NOVA ZETA CITY, Lipa — Korvo said.")).containsExactly("NOVA ZETA CITY");
    assertThat(towns("ZETA -- Korvo said.")).containsExactly("ZETA");
    assertThat(towns("SAINT ZETA'S (Wire) - Korvo said.")).containsExactly("SAINT ZETA'S");
    assertThat(towns("ST. ZETA (Wire) - Korvo said.")).isEmpty();
  }

  @Test
  void countsTheFirstWordsCharactersAcrossItsMarks() {
    assertThat(towns("A.B. — Korvo said.")).containsExactly("A.B.");
    assertThat(towns("AB-C — Korvo said.")).containsExactly("AB-C");
    assertThat(towns("ZET — Korvo said.")).isEmpty();
    assertThat(towns("A.B — Korvo said.")).isEmpty();
  }

  @Test
  void findsNoTownInsideTheSentenceOrWithoutTheCommaAndSpaceOrInLowerCase() {
    assertThat(towns("Korvo said ZETOVSK, Ky., was ready.")).isEmpty();
    assertThat(towns("ZETOVSK,Ky. Korvo said.")).isEmpty();
    assertThat(towns("Zetovsk, Ky. — Korvo said.")).isEmpty();
  }
}
