package org.partnergraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Every path the user gives, made absolute and normalised once, where the command line is parsed:
 * {@code ./data}, {@code ../x}, a trailing slash and a symlinked folder all name the same place,
 * and no store below ever sees a path it would refuse as "not normalised".
 */
final class UserPaths {
  private UserPaths() {}

  /**
   * The absolute, normalised form of {@code given}; an existing folder also has its symlinks
   * resolved (a file keeps its own name, which may be an article's id).
   */
  static Path normalize(String given) {
    Path path = Path.of(given).toAbsolutePath().normalize();
    if (Files.isDirectory(path)) {
      try {
        return path.toRealPath();
      } catch (IOException e) {
        return path; // unreadable: the command that uses it reports that, naming the path
      }
    }
    return path;
  }
}
