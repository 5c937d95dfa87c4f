package org.partnergraph.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which articles were unseen by the rules is read from the number an article id starts with. */
class TrainingTest {
  @Test
  void anArticlesNumberIsTheDigitsItsIdStartsWith() {
    assertThat(Training.number("181-byd-szeged-hungary")).isEqualTo(181);
    assertThat(Training.number("023-byd")).isEqualTo(23);
    assertThat(Training.number("t05-something")).isEqualTo(-1);
    assertThat(Training.number("")).isEqualTo(-1);
  }
}
