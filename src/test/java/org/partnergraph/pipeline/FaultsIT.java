package org.partnergraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import org.partnergraph.neo4j.Neo4jGraph;

/**
 * Faults injected into a run (a corrupt ledger, an article over the facts limit, a full disk under
 * TDB2): each ends in a one-line error and exit 1, and a plain rerun repairs it to the graph of
 * one clean run. (A Neo4j connection dropped mid-batch: {@code Neo4jDownIT}.)
 */
class FaultsIT {
  @TempDir Path input;
  @TempDir Path data;
  @TempDir Path clean;
  @TempDir Path logs;

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
    return CliRun.of(args.toArray(String[]::new));
  }

  private static String fixturesOnce;

  /** Both views after one clean run over the two fixture articles (computed once for the class). */
  private String fixturesClean() {
    if (fixturesOnce == null) {
      assertThat(etl(clean, input).exitCode()).isZero();
      fixturesOnce = Snapshots.of(clean);
    }
    return fixturesOnce;
  }

  private static void assertOneLineError(CliRun run, String expected) {
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err()).as(run.toString()).contains(expected).doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void aCorruptLedgerLineStopsTheRunBeforeAnyWriteAndMovingTheFileAwayRepairs() throws IOException {
    assertThat(etl(data, input).exitCode()).isZero();
    String before = Snapshots.of(data);
    Path ledger = data.resolve("ledger.jsonl");
    List<String> lines = new ArrayList<>(Files.readAllLines(ledger));
    assertThat(lines).hasSizeGreaterThanOrEqualTo(2);
    lines.set(0, "{\"id\": \"" + Fixtures.KALUGA + "\", \"hash\": ");
    Files.write(ledger, lines);

    assertOneLineError(etl(data, input), "ledger.jsonl:1: corrupt ledger line");
    assertThat(Snapshots.of(data)).isEqualTo(before);

    Files.move(ledger, data.resolve("ledger.jsonl.corrupt"));
    assertThat(etl(data, input).exitCode()).isZero();
    assertThat(Snapshots.of(data)).isEqualTo(before).isEqualTo(fixturesClean());
  }

  @Test
  void anArticleOverTheFactsLimitIsRejectedWholeAndTheOthersLoad() {
    CliRun limited = etl(data, input, "--max-facts-per-article", "30");
    assertOneLineError(limited, "over the limit of 30 (--max-facts-per-article)");
    assertThat(limited.out()).contains("2 read, 1 loaded, 1 rejected");
    String partial = Snapshots.of(data);
    assertThat(partial).contains(Fixtures.KALUGA).doesNotContain(Fixtures.TULA);

    assertThat(etl(data, input).exitCode()).isZero();
    assertThat(Snapshots.of(data)).isEqualTo(fixturesClean());
  }

  @Test
  void aFullDiskUnderTdb2IsAOneLineErrorAndARerunWithSpaceRepairs() throws Exception {
    assumeTrue(canMountPrivateTmpfs(), "needs root and mount namespaces (unshare -m) to simulate a full disk");
    for (int i = 0; i < 20; i++) {
      Files.copy(Fixtures.article(Fixtures.KALUGA), input.resolve("copy-a" + i + ".txt"));
      Files.copy(Fixtures.article(Fixtures.TULA), input.resolve("copy-b" + i + ".txt"));
    }
    Path rdf = Files.createDirectories(data.resolve("rdf"));
    String cli = String.join(" ", quote(javaBin()), "-cp", quote(System.getProperty("java.class.path")),
        "org.partnergraph.cli.Main", "--data-dir", quote(data.toString()));
    // In a private mount namespace: <data>/rdf is a 512 KB tmpfs, so TDB2 runs out of space mid-run;
    // then the "disk" grows (remount), the same job runs again, and the RDF view is exported.
    String script = String.join("\n",
        "mount -t tmpfs -o size=512k tmpfs " + quote(rdf.toString()) + " || exit 99",
        cli + " etl -q --batch-size 5 " + quote(input.toString()) + " > " + quote(logs + "/full.log") + " 2>&1",
        "echo $? > " + quote(logs + "/full.rc"),
        "mount -o remount,size=256m " + quote(rdf.toString()),
        cli + " etl -q " + quote(input.toString()) + " > " + quote(logs + "/rerun.log") + " 2>&1",
        "echo $? > " + quote(logs + "/rerun.rc"),
        cli + " check > " + quote(logs + "/check.log") + " 2>&1",
        "echo $? > " + quote(logs + "/check.rc"),
        cli + " export --format nquads -o " + quote(logs + "/after.nq"));
    Process child = new ProcessBuilder("unshare", "-m", "sh", "-c", script).redirectErrorStream(true).start();
    String childOut = new String(child.getInputStream().readAllBytes());
    assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(child.exitValue()).as(childOut).isZero();

    String full = Files.readString(logs.resolve("full.log"));
    assertThat(Files.readString(logs.resolve("full.rc")).strip()).as(full).isEqualTo("1");
    assertThat(full).contains("partnergraph: error: writing to the RDF store at").contains("the disk is full").doesNotContain("\tat ");
    assertThat(full.lines().filter(l -> l.startsWith("partnergraph: error:")).count()).as(full).isEqualTo(1);
    assertThat(Files.readString(logs.resolve("rerun.rc")).strip()).as(Files.readString(logs.resolve("rerun.log"))).isEqualTo("0");
    assertThat(Files.readString(logs.resolve("check.rc")).strip()).as(Files.readString(logs.resolve("check.log"))).isEqualTo("0");

    assertThat(etl(clean, input).exitCode()).isZero();
    assertThat(CliRun.of("--data-dir", clean.toString(), "export", "--format", "nquads", "-o", logs + "/clean.nq").exitCode()).isZero();
    assertThat(sortedLines(logs.resolve("after.nq"))).isEqualTo(sortedLines(logs.resolve("clean.nq")));
    assertThat(neo4jSnapshot(data)).isEqualTo(neo4jSnapshot(clean));
  }

  private static String neo4jSnapshot(Path dataDir) {
    try (Neo4jGraph g = Neo4jGraph.open(dataDir, null)) {
      return Snapshots.neo4j(g);
    }
  }

  private static List<String> sortedLines(Path file) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(file));
    lines.sort(null);
    return lines;
  }

  private static boolean canMountPrivateTmpfs() {
    try {
      Path probe = Files.createTempDirectory("pg-mount-probe");
      Process p = new ProcessBuilder("unshare", "-m", "sh", "-c",
          "mount -t tmpfs -o size=64k tmpfs " + quote(probe.toString()) + " && umount " + quote(probe.toString()))
          .redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      boolean ok = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
      Files.deleteIfExists(probe);
      return ok;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
