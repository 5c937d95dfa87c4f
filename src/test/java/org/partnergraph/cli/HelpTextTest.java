package org.partnergraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's {@code --help} formats cleanly: a stray {@code %} in a description made picocli print warnings instead. */
class HelpTextTest {

  @Test
  void everyCommandsHelpPrintsWithoutAFormattingWarning() {
    for (String command : new CommandLine(new Main()).getSubcommands().keySet()) {
      CliRun run = CliRun.of(command, "--help");
      assertThat(run.exitCode()).as(command + " --help").isZero();
      assertThat(run.err()).as(command + " --help").doesNotContain("WARN");
      assertThat(run.out()).as(command + " --help").doesNotContain("%n");
    }
  }
}
