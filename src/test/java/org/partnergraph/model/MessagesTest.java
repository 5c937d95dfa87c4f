package org.partnergraph.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessagesTest {
  @Test
  void controlCharactersAndLineSeparatorsFromTheInputAreShownEscaped() {
    assertThat(Messages.oneLine("a\nb\r\tc\u0000d\u2028e")).isEqualTo("a\\nb\\r\\tc\\u0000d\\u2028e");
  }

  @Test
  void anInputErrorIsOneLineWhateverTheIdHolds() {
    assertThat(new InputException("feed.jsonl:7", "duplicate article id 'nl\ninid'").getMessage())
        .isEqualTo("feed.jsonl:7: duplicate article id 'nl\\ninid'").doesNotContain("\n");
  }

  @Test
  void ordinaryTextIsLeftAlone() {
    String s = "Nizhny Novgorod – «Changan» 長安";
    assertThat(Messages.oneLine(s)).isSameAs(s);
  }
}
