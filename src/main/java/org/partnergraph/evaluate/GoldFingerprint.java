package org.partnergraph.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The SHA-256 of a gold set, its articles and annotations: a trained model records the one it
 * was trained on, so a test can tell when the gold changed and the model was not trained again.
 * Each file counts by its path under the set and its bytes; the order of listing does not.
 */
public final class GoldFingerprint {
  private GoldFingerprint() {}

  public static String of(Path goldDir) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String part : List.of("articles", "gold")) {
        Path dir = goldDir.resolve(part);
        if (!Files.isDirectory(dir)) {
          continue;
        }
        List<Path> files;
        try (Stream<Path> listed = Files.walk(dir)) {
          files = listed.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
          digest.update(goldDir.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
          digest.update((byte) 0);
          digest.update(Files.readAllBytes(file));
          digest.update((byte) 0);
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gold set " + goldDir + ": " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
