package org.partnergraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
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

  /**
   * Why writing failed, without the paths a file-system error carries: they name the temporary
   * file, which the user never gave and which is gone by the time the message is read.
   */
  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fs) {
      return fs.getReason() != null ? fs.getReason() : e.getClass().getSimpleName();
    }
    return e.getMessage();
  }

  static void writeAtomically(Path target, Body body) {
    Path parent = target.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new PartnergraphException("cannot write " + target + ": there is no folder " + parent);
    }
    if (Files.isDirectory(target)) {
      throw new PartnergraphException("cannot write " + target + ": it is a folder; give a file name");
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
      throw new PartnergraphException("cannot write " + target + ": " + reason(e), e);
    } finally {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // the move failed and so does the clean-up: the first error is the one to report
      }
    }
  }
}
