package org.partnergraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void theTimeLeftIsAsPreciseAsAGuessDeserves() {
    assertThat(Progress.duration(0.2)).isEqualTo("1 s");
    assertThat(Progress.duration(42)).isEqualTo("42 s");
    assertThat(Progress.duration(720)).isEqualTo("12 min");
    assertThat(Progress.duration(3.5 * 3600)).isEqualTo("3.5 h");
  }

  @Test
  void aCountedInputShowsDoneOfTotalAndTheTimeLeftUntilTheLastLine() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Progress progress = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), "etl", 0);
    progress.expect(1_200);
    Thread.sleep(5);
    progress.tick(300, 0);
    progress.done(1_200, 3);
    String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines[0]).startsWith("etl: 300 of 1,200 articles read (").contains(" left)");
    assertThat(lines[1]).startsWith("etl: 1,200 of 1,200 articles read (").doesNotContain("left").endsWith(", 3 rejected, done");
  }
}
