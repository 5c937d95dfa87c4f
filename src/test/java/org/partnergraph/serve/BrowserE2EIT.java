package org.partnergraph.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnergraph.Fixtures;
import org.partnergraph.cli.CliRun;
import org.partnergraph.neo4j.EmbeddedNeo4j;

/**
 * Neo4j Browser, served by {@code serve}, driven in headless Debian Chromium by playwright-core:
 * it connects, must show the partnergraph guide it plays on connecting, runs a query from
 * cypher/queries and must show its result. The screenshot is
 * saved to target/e2e/browser.png. Skipped, saying why, where Chromium or playwright-core is missing.
 */
class BrowserE2EIT {
  private static final Path SCRIPT = Path.of("src/test/e2e/browser-e2e.mjs");
  private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
  /** The heading of cypher/guide/partnergraph.html, which the Browser plays once connected. */
  private static final String GUIDE_HEADING = "partnergraph: cross-border industrial partnerships";
  @TempDir Path data;

  @Test
  void neo4jBrowserConnectsAndShowsAQueryResult() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "skipped: no Chromium at " + CHROMIUM + " (.ci/run installs Debian's chromium)");
    assumeTrue(Files.isDirectory(Path.of("src/test/e2e/node_modules/playwright-core")),
        "skipped: playwright-core is not installed (npm ci --prefix src/test/e2e)");
    CliRun etl = CliRun.of("--data-dir", data.toString(), "etl", "-q", Fixtures.dir().toString());
    assertThat(etl.exitCode()).as(etl.toString()).isZero();
    Path shot = Path.of("target/e2e/browser.png").toAbsolutePath();
    Files.createDirectories(shot.getParent());
    try (Server server = Server.start(new Server.Config(data, "127.0.0.1", EmbeddedNeo4j.freePort(), EmbeddedNeo4j.freePort(), EmbeddedNeo4j.freePort(), false, null))) {
      Process node = new ProcessBuilder("node", SCRIPT.toString(), server.info().browser(), server.info().bolt(),
          "cypher/queries/partnerships-by-status.cypher", "negotiating", shot.toString(), GUIDE_HEADING)
          .redirectErrorStream(true).start();
      boolean finished = node.waitFor(6, TimeUnit.MINUTES);
      String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!finished) {
        node.destroyForcibly();
      }
      assertThat(finished).as("browser e2e timed out: " + output).isTrue();
      assertThat(node.exitValue()).as(output).isZero();
      assertThat(shot).exists();
    }
  }
}
