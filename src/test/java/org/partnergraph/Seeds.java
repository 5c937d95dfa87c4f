package org.partnergraph;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The two seed articles in ../shared/seeds; tests that need them are skipped, saying why, where absent. */
public final class Seeds {
  private Seeds() {}

  public static Path dir() {
    Path dir = Path.of("..", "shared", "seeds").toAbsolutePath().normalize();
    assumeTrue(Files.isDirectory(dir), "skipped: the seed articles are not at " + dir + " (CI always has them)");
    return dir;
  }
}
