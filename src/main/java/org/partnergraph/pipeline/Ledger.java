package org.partnergraph.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnergraph.model.InputException;
import org.partnergraph.model.StoreException;

/**
 * The run ledger, {@code <data-dir>/ledger.jsonl}: for every loaded article its id, content hash,
 * extractor version and load time. An entry is appended (and synced) only after the article's
 * facts are committed in both views, so a crash leaves at worst articles that are loaded but not
 * yet recorded, which the next run simply loads again. Retractions are appended too; the file
 * is compacted at the end of each run.
 */
public final class Ledger {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One loaded article. */
  public record Entry(String id, String hash, String extractor, String loaded) {}

  private final Path file;
  private final Map<String, Entry> entries = new LinkedHashMap<>();

  private Ledger(Path file) {
    this.file = file;
  }

  /** Reads the ledger; a torn last line (a crash mid-append) is ignored, any other bad line is an error. */
  public static Ledger open(Path file) {
    Ledger ledger = new Ledger(file);
    if (!Files.exists(file)) {
      return ledger;
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StoreException("cannot read the ledger " + file + ": " + e.getMessage(), e);
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      try {
        JsonNode n = JSON.readTree(line);
        String id = n.get("id").asText();
        if (n.path("retracted").asBoolean(false)) {
          ledger.entries.remove(id);
        } else {
          ledger.entries.put(id, new Entry(id, n.get("hash").asText(), n.get("extractor").asText(), n.get("loaded").asText()));
        }
      } catch (JsonProcessingException | NullPointerException e) {
        if (i == lines.size() - 1) {
          continue; // torn final append: those articles were not recorded, so they load again
        }
        throw new InputException(file + ":" + (i + 1), "corrupt ledger line; move the file away to rebuild it (every article is then loaded again, which is safe)");
      }
    }
    return ledger;
  }

  public boolean isCurrent(String id, String hash, String extractor) {
    Entry e = entries.get(id);
    return e != null && e.hash().equals(hash) && e.extractor().equals(extractor);
  }

  public Optional<Entry> get(String id) {
    return Optional.ofNullable(entries.get(id));
  }

  public Set<String> ids() {
    return Set.copyOf(entries.keySet());
  }

  public int size() {
    return entries.size();
  }

  /** Records articles whose facts are now committed in both views. */
  public void record(Collection<Entry> loaded) {
    StringBuilder b = new StringBuilder();
    for (Entry e : loaded) {
      b.append(line(e)).append('\n');
    }
    append(b.toString());
    loaded.forEach(e -> entries.put(e.id(), e));
  }

  /** Records articles whose facts were retracted from both views. */
  public void retracted(Collection<String> ids) {
    StringBuilder b = new StringBuilder();
    for (String id : ids) {
      ObjectNode n = JSON.createObjectNode().put("id", id).put("retracted", true);
      b.append(n).append('\n');
    }
    append(b.toString());
    ids.forEach(entries::remove);
  }

  /** Forgets every entry, so that the next run loads everything again (the graph is untouched). */
  public void forgetAll() {
    forget(List.copyOf(entries.keySet()));
  }

  /** Forgets these articles, so that the next run loads them again from its input (the graph is untouched). */
  public void forget(Collection<String> ids) {
    retracted(ids);
  }

  /** Rewrites the journal as one line per live entry, atomically. */
  public void compact() {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), ".ledger", ".tmp");
      StringBuilder b = new StringBuilder();
      entries.values().forEach(e -> b.append(line(e)).append('\n'));
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ch.write(StandardCharsets.UTF_8.encode(b.toString()));
        ch.force(true);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new StoreException("cannot rewrite the ledger " + file + ": " + e.getMessage(), e);
    }
  }

  private void append(String text) {
    if (text.isEmpty()) {
      return;
    }
    try {
      Files.createDirectories(file.getParent());
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
        ch.write(StandardCharsets.UTF_8.encode(text));
        ch.force(true);
      }
    } catch (IOException e) {
      throw new StoreException("cannot write the ledger " + file + ": " + e.getMessage(), e);
    }
  }

  private static String line(Entry e) {
    return JSON.createObjectNode().put("id", e.id()).put("hash", e.hash()).put("extractor", e.extractor()).put("loaded", e.loaded()).toString();
  }
}
