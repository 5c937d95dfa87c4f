package org.partnergraph.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.partnergraph.model.StoreException;

/**
 * What each run changed in the graph, appended to {@code <data-dir>/changes.jsonl}: new and
 * removed partnerships, governors and figures, and status or value changes. Read back by
 * {@code partnergraph changes} as the analyst's morning digest.
 */
public final class ChangeLog {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One change; {@code before}/{@code after} are the status or value, empty where not applicable. */
  public record Change(String run, String kind, String what, String id, String name, String before, String after) {}

  private final Path file;

  public ChangeLog(Path file) {
    this.file = file;
  }

  /** Compares two {@code GraphState}s and appends the differences as one run. */
  public List<Change> record(Map<String, String> before, Map<String, String> after) {
    String run = Instant.now().toString();
    List<Change> out = new ArrayList<>();
    for (String key : new TreeSet<>(union(before, after))) {
      String[] k = key.split("\t", 3);
      String b = before.get(key);
      String a = after.get(key);
      if (b == null) {
        out.add(new Change(run, "new", k[0], k[1], k[2], "", a));
      } else if (a == null) {
        out.add(new Change(run, "removed", k[0], k[1], k[2], b, ""));
      } else if (!a.equals(b)) {
        out.add(new Change(run, k[0].equals("partnership") ? "status" : "value", k[0], k[1], k[2], b, a));
      }
    }
    StringBuilder lines = new StringBuilder();
    lines.append(JSON.<JsonNode>valueToTree(new Change(run, "run", "", "", "", "", "")).toString()).append('\n'); // marks runs without changes too
    for (Change c : out) {
      lines.append(JSON.<JsonNode>valueToTree(c).toString()).append('\n');
    }
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, lines.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new StoreException("cannot write " + file + ": " + e.getMessage(), e);
    }
    return out;
  }

  private static java.util.Set<String> union(Map<String, String> a, Map<String, String> b) {
    java.util.Set<String> s = new java.util.HashSet<>(a.keySet());
    s.addAll(b.keySet());
    return s;
  }

  /** Changes of runs at or after {@code since}; {@code null} means the last run only. */
  public List<Change> since(Instant since) {
    List<Change> all = new ArrayList<>();
    if (Files.exists(file)) {
      try {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            JsonNode n = JSON.readTree(line);
            all.add(JSON.treeToValue(n, Change.class));
          }
        }
      } catch (IOException e) {
        throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
      }
    }
    if (since == null) {
      String last = all.isEmpty() ? null : all.get(all.size() - 1).run();
      return all.stream().filter(c -> c.run().equals(last) && !c.kind().equals("run")).toList();
    }
    return all.stream().filter(c -> !c.kind().equals("run") && !Instant.parse(c.run()).isBefore(since)).toList();
  }
}
