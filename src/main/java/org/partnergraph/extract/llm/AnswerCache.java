package org.partnergraph.extract.llm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.partnergraph.model.Ids;

/**
 * The model's answers kept under {@code <data-dir>/llm-cache/}, one file per question, keyed by
 * endpoint, model, prompt version and the text asked about: a rerun, {@code --full} included, asks
 * the server only what it has not answered, so a nightly rerun costs nothing.
 */
final class AnswerCache {
  private final Path dir;

  AnswerCache(Path dir) {
    this.dir = dir;
  }

  /** The key of one question; the API key is not part of it (the same model answers the same). */
  static String key(LlmSettings settings, String promptVersion, String text) {
    return Ids.hash(settings.baseUrl() + "\n" + settings.model() + "\n" + promptVersion + "\n" + Ids.hash(text));
  }

  Optional<String> get(String key) {
    Path file = file(key);
    try {
      return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty(); // an unreadable entry is asked again
    }
  }

  /** Written whole or not at all, so a killed run never leaves half an answer to be trusted. */
  void put(String key, String content) {
    Path file = file(key);
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), key, ".tmp");
      Files.writeString(tmp, content, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new LlmException("cannot write the llm cache under " + dir + ": " + e.getMessage(), e);
    }
  }

  private Path file(String key) {
    return dir.resolve(key.substring(0, 2)).resolve(key + ".json");
  }
}
