package org.partnergraph;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Two realistic fixture articles kept in the repository (src/test/resources/fixtures/articles):
 * the hermetic input for every test that needs "some real-looking news" rather than the seeds.
 * Always present, so tests that use them are never skipped. What they hold: fixtures/README.md.
 */
public final class Fixtures {
  private Fixtures() {}

  /** The article about the Kaluga region, its governor at a forum in Harbin and the Avtotor line. */
  public static final String KALUGA = "a-kaluga-harbin-forum";
  /** The article about the Tula governor's visit to Chery in China, with Chery's brands and figures. */
  public static final String TULA = "b-tula-chery-visit";

  public static Path dir() {
    Path dir = Path.of("src", "test", "resources", "fixtures", "articles").toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("the fixture articles are missing: " + dir);
    }
    return dir;
  }

  /** One fixture article's file. */
  public static Path article(String id) {
    return dir().resolve(id + ".txt");
  }
}
