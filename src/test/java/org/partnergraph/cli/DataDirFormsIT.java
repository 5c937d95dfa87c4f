package org.partnergraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The data dir as a user types it, relative to the repository root where the tests run:
 * {@code ./x}, {@code a/../x}, a trailing slash and a symlinked folder all start the embedded
 * Neo4j (which refuses a path that is not normalised) and no message names a Neo4j setting.
 */
class DataDirFormsIT {
  private static final Path BASE = Path.of("target", "data-dir-forms");

  @BeforeAll
  static void folders() throws Exception {
    deleteBase();
    Files.createDirectories(BASE.resolve("real"));
    Files.createSymbolicLink(BASE.resolve("link"), Path.of("real"));
  }

  @AfterAll
  static void deleteBase() throws Exception {
    if (Files.exists(BASE)) {
      try (var paths = Files.walk(BASE)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "./target/data-dir-forms/dot",
      "target/data-dir-forms/real/../dotdot",
      "target/data-dir-forms/slash/",
      "target/data-dir-forms/link"})
  void everyFormOfTheDataDirStartsTheEmbeddedStores(String dataDir) {
    CliRun run = CliRun.of("--data-dir", dataDir, "etl", "-q", "samples/articles/kaluga-geely.txt");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).doesNotContain("server.directories").doesNotContain("normalized");
    assertThat(run.out()).contains("1 loaded");
  }
}
