package org.partnergraph.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void aZeroWidthJoinerOrAFullWidthSpellingIsTheSameName() {
    assertThat(Names.normal("Gee\u200Dly")).isEqualTo("Geely");
    assertThat(Names.normal("\uFF27\uFF45\uFF45\uFF4C\uFF59")).isEqualTo("Geely");
    assertThat(Names.normal("Ni\u00ADki\u200Btin\uFEFF")).isEqualTo("Nikitin");
    assertThat(Names.normal("Ga\u0301bor")).isEqualTo("G\u00E1bor");
  }

  @Test
  void theTextLosesItsInvisiblesButKeepsWhatSentencesAndFiguresRead() {
    assertThat(Names.text("Gee\u200Dly built 5,000 m\u00B2 \u2026 and \u00BD")).isEqualTo("Geely built 5,000 m\u00B2 \u2026 and \u00BD");
    assertThat(Names.text("I\u0307zmit")).isEqualTo("\u0130zmit");
  }

  @Test
  void anEntityStoresItsNameAndAliasesInNormalForm() {
    Entity e = Entity.of("automaker/geely", EntityType.AUTOMAKER, "Gee\u200Dly", List.of("\uFF27\uFF45\uFF45\uFF4C\uFF59 Auto"));
    assertThat(e.name()).isEqualTo("Geely");
    assertThat(e.aliases()).containsExactly("Geely Auto");
  }

  @Test
  void findsTheFirstCharacterNoExportCanCarry() {
    assertThat(Names.firstUnstorable("tab\tline\nreturn\r and \uD83D\uDE97")).isEqualTo(-1);
    assertThat(Names.firstUnstorable("ab\u0000")).isEqualTo(2);
    assertThat(Names.firstUnstorable("a\uD800b")).isEqualTo(1);
    assertThat(Names.firstUnstorable("\uFFFF")).isZero();
    assertThat(Names.codePoint("ab\u0001", 2)).isEqualTo("U+0001");
  }
}
