package org.partnergraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.partnergraph.model.PartnergraphException;
import org.partnergraph.pipeline.ChangeLog;
import org.partnergraph.pipeline.RunSummary;

/** The {@code --report} file: what an operator's monitoring reads after a nightly run. */
final class RunReports {
  private RunReports() {}

  static void write(Path file, RunSummary s, Map<String, Long> before, Map<String, Long> after, List<ChangeLog.Change> changes) {
    write(file, s, before, after, changes, Map.of());
  }

  /** @param droppedByGuard facts the extractor's guards dropped, by reason (a language model's; none for the rules) */
  static void write(Path file, RunSummary s, Map<String, Long> before, Map<String, Long> after, List<ChangeLog.Change> changes,
      Map<String, Long> droppedByGuard) {
    Map<String, Object> r = new LinkedHashMap<>();
    Map<String, Object> articles = new LinkedHashMap<>();
    articles.put("read", s.articlesRead());
    articles.put("new", s.added());
    articles.put("changed", s.changed());
    articles.put("unchanged", s.unchanged());
    articles.put("retracted", s.retracted());
    articles.put("rejected", s.rejected().size());
    r.put("articles", articles);
    r.put("rejections", s.rejected());
    r.put("droppedByShapes", s.violations());
    r.put("droppedByGuard", droppedByGuard);
    r.put("notes", s.notes());
    Map<String, Object> facts = new LinkedHashMap<>();
    for (String type : new TreeSet<>(union(before, after))) {
      long b = before.getOrDefault(type, 0L);
      long a = after.getOrDefault(type, 0L);
      facts.put(type, Map.of("before", b, "after", a, "added", Math.max(0, a - b), "removed", Math.max(0, b - a)));
    }
    r.put("relationshipsByType", facts);
    r.put("changes", changes);
    Map<String, Double> stages = new LinkedHashMap<>();
    s.stages().forEach((k, v) -> stages.put(k, v.toMillis() / 1000.0));
    r.put("secondsByStage", stages);
    r.put("seconds", s.total().toMillis() / 1000.0);
    try {
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), r);
    } catch (IOException e) {
      throw new PartnergraphException("cannot write the report " + file + ": " + e.getMessage(), e);
    }
  }

  private static java.util.Set<String> union(Map<String, Long> a, Map<String, Long> b) {
    java.util.Set<String> s = new java.util.HashSet<>(a.keySet());
    s.addAll(b.keySet());
    return s;
  }
}
