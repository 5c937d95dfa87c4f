package org.partnergraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.partnergraph.model.PartnergraphException;

/**
 * Files a command writes for the user ({@code export -o}, {@code extract -o}): written beside the
 * target and moved over it, so a reader never sees half a file; created with the user's umask,
 * like a shell redirect, not a temp file's owner-only mode.
 */
final class OutputFiles {
  /** What goes into the file. */
  interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  private OutputFiles() {}

  static void writeAtomically(Path target, Body body) {
    Path parent = target.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new PartnergraphException("cannot write " + target + ": there is no folder " + parent);
    }
    Path temp = parent.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        body.writeTo(out);
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (NoSuchFileException e) {
      throw new PartnergraphException("cannot write " + target + ": no such file or folder", e);
    } catch (IOException e) {
      throw new PartnergraphException("cannot write " + target + ": " + e.getMessage(), e);
    } finally {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // the move failed and so does the clean-up: the first error is the one to report
      }
    }
  }
}
