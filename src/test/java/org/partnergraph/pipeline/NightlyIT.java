package org.partnergraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnergraph.Fixtures;
import org.partnergraph.cli.CliRun;

/** The nightly run: incremental, replacing, retracting, locked, and safe to kill. */
class NightlyIT {
  @TempDir Path input;
  @TempDir Path data;
  @TempDir Path clean;

  @BeforeEach
  void copyFixtures() throws IOException {
    try (Stream<Path> fixtures = Files.list(Fixtures.dir())) {
      for (Path p : fixtures.toList()) {
        Files.copy(p, input.resolve(p.getFileName()));
      }
    }
  }

  private static CliRun etl(Path dataDir, Path in, String... extra) {
    List<String> args = new ArrayList<>(List.of("--data-dir", dataDir.toString(), "etl", "-q"));
    args.addAll(List.of(extra));
    args.add(in.toString());
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.toString()).isZero();
    return run;
  }

  /** The graph a clean run over the same input leaves. */
  private String cleanRun() {
    etl(clean, input);
    return Snapshots.of(clean);
  }

  @Test
  void aSecondUnchangedRunExtractsNothingAndChangesNothing() {
    etl(data, input);
    String before = Snapshots.of(data);
    CliRun again = etl(data, input);
    assertThat(again.out()).contains("0 new, 0 changed, 2 unchanged (skipped), 0 retracted");
    assertThat(again.out()).doesNotContain("extract ");
    assertThat(Snapshots.of(data)).isEqualTo(before);
  }

  @Test
  void anEditedArticleReplacesExactlyItsFacts() throws IOException {
    etl(data, input);
    Path kaluga = input.resolve(Fixtures.KALUGA + ".txt");
    String text = Files.readString(kaluga);
    int cut = text.indexOf("In a separate project");
    assertThat(cut).isPositive();
    Files.writeString(kaluga, text.substring(0, cut));
    CliRun run = etl(data, input);
    assertThat(run.out()).contains("0 new, 1 changed, 1 unchanged");
    String incremental = Snapshots.of(data);
    assertThat(incremental).doesNotContain("automaker/avtotor").contains("governor/vladislav-shapsha");
    assertThat(incremental).isEqualTo(cleanRun());
  }

  @Test
  void aRemovedArticleWithPruneRetractsExactlyItsSupport() throws IOException {
    etl(data, input);
    Files.delete(input.resolve(Fixtures.TULA + ".txt"));
    CliRun withoutPrune = etl(data, input);
    assertThat(withoutPrune.out()).contains("0 retracted");
    assertThat(Snapshots.of(data)).contains("automaker/chery");
    CliRun pruned = etl(data, input, "--prune");
    assertThat(pruned.out()).contains("1 retracted");
    String after = Snapshots.of(data);
    assertThat(after).doesNotContain("automaker/chery").contains("country/ru").contains("country/cn");
    assertThat(after).isEqualTo(cleanRun());
    CliRun changes = CliRun.of("--data-dir", data.toString(), "changes", "--since", "last-run");
    assertThat(changes.out()).contains("removed  partnership  Tula Oblast – Chery");
  }

  @Test
  void anIdGivenByTwoInputsRejectsBothChangesNeitherAndSkipsPrune() throws IOException {
    etl(data, input);
    String before = Snapshots.of(data);
    Files.writeString(input.resolve("feed.jsonl"), "{\"id\": \"" + Fixtures.TULA + "\", \"text\": \"The governor of the Kaluga region visited Geely.\"}\n");
    Files.delete(input.resolve(Fixtures.KALUGA + ".txt"));
    for (int night = 1; night <= 2; night++) {
      CliRun run = CliRun.of("--data-dir", data.toString(), "etl", "-q", "--prune", input.toString());
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
      assertThat(run.err()).contains(input.resolve(Fixtures.TULA + ".txt") + ": article id '" + Fixtures.TULA + "' is also given by "
          + input.resolve("feed.jsonl") + ":1; all 2 are rejected").contains("note: --prune skipped");
      assertThat(run.out()).contains("0 new, 0 changed, 0 unchanged (skipped), 0 retracted");
      assertThat(Snapshots.of(data)).as("night " + night).isEqualTo(before);
    }
  }

  @Test
  void aSecondRunOnTheSameDataDirRefusesWhileTheFirstHoldsTheLock() throws Exception {
    try (RunLock held = RunLock.acquire(data)) {
      Process other = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"), "org.partnergraph.cli.Main",
          "--data-dir", data.toString(), "etl", "-q", input.toString()).redirectErrorStream(true).start();
      assertThat(other.waitFor(2, TimeUnit.MINUTES)).isTrue();
      String out = new String(other.getInputStream().readAllBytes());
      assertThat(other.exitValue()).as(out).isEqualTo(1);
      assertThat(out).contains("another partnergraph run (pid " + ProcessHandle.current().pid() + ") is writing to");
    }
    assertThat(data.resolve("neo4j")).doesNotExist();
  }

  @Test
  void killNineMidRunThenRerunEndsInTheGraphOfOneCleanRun() throws Exception {
    String kalugaText = Files.readString(input.resolve(Fixtures.KALUGA + ".txt"));
    String tulaText = Files.readString(input.resolve(Fixtures.TULA + ".txt"));
    for (int i = 0; i < 60; i++) {
      Files.writeString(input.resolve(String.format("copy-%03d.txt", i)), i % 2 == 0 ? kalugaText : tulaText);
    }
    Process run = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"), "org.partnergraph.cli.Main",
        "--data-dir", data.toString(), "etl", "-q", "--batch-size", "2", input.toString())
        .redirectErrorStream(true).redirectOutput(data.resolve("child.log").toFile()).start();
    Path ledger = data.resolve("ledger.jsonl");
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline && run.isAlive() && (!Files.exists(ledger) || Files.readAllLines(ledger).size() < 6)) {
      Thread.sleep(20);
    }
    assertThat(run.isAlive()).as("the child finished before it could be killed: " + Files.readString(data.resolve("child.log"))).isTrue();
    run.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
    assertThat(run.waitFor(1, TimeUnit.MINUTES)).isTrue();
    int recorded = Files.readAllLines(ledger).size();
    assertThat(recorded).isBetween(6, 61);
    etl(data, input);
    assertThat(Snapshots.differences(data)).as("check after the rerun").isEmpty();
    assertThat(Snapshots.of(data)).isEqualTo(cleanRun());
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
