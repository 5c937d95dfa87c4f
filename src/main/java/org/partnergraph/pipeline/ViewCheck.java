package org.partnergraph.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.partnergraph.model.StoredArticle;

/**
 * Compares the two views article by article, and both with the ledger: the same articles, each
 * with the same extractor, entities and facts. What differs is what {@code check} reports and what
 * {@code check --repair} has the next {@code etl} load again.
 *
 * <p>The cheap form, {@link #lostStore}, opens nothing: a store folder that is gone or was
 * recreated empty while the ledger records articles means every article must be loaded again.
 */
public final class ViewCheck {
  /** One article that is not the same in every place; {@code inLedger} says whether {@code etl} can reload it. */
  public record Difference(String article, boolean inLedger, List<String> problems) {}

  private static final int SHOWN = 3;

  private ViewCheck() {}

  public static List<Difference> compare(Map<String, StoredArticle> neo4j, Map<String, StoredArticle> rdf, Set<String> ledger) {
    SortedSet<String> ids = new TreeSet<>(neo4j.keySet());
    ids.addAll(rdf.keySet());
    ids.addAll(ledger);
    List<Difference> out = new ArrayList<>();
    for (String id : ids) {
      List<String> problems = new ArrayList<>();
      StoredArticle n = neo4j.get(id);
      StoredArticle r = rdf.get(id);
      if (n == null && r == null) {
        problems.add("recorded in the ledger, missing from both views");
      } else if (n == null) {
        problems.add("in rdf, missing from neo4j");
      } else if (r == null) {
        problems.add("in neo4j, missing from rdf");
      } else {
        if (!Objects.equals(n.extractor(), r.extractor())) {
          problems.add("extracted by " + n.extractor() + " in neo4j, by " + r.extractor() + " in rdf");
        }
        differ("entities", n.entities(), r.entities()).ifPresent(problems::add);
        differ("facts", n.facts(), r.facts()).ifPresent(problems::add);
      }
      if (!problems.isEmpty()) {
        out.add(new Difference(id, ledger.contains(id), problems));
      }
    }
    return out;
  }

  private static Optional<String> differ(String what, SortedSet<String> neo4j, SortedSet<String> rdf) {
    List<String> onlyNeo4j = neo4j.stream().filter(x -> !rdf.contains(x)).toList();
    List<String> onlyRdf = rdf.stream().filter(x -> !neo4j.contains(x)).toList();
    if (onlyNeo4j.isEmpty() && onlyRdf.isEmpty()) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    if (!onlyNeo4j.isEmpty()) {
      parts.add(onlyNeo4j.size() + " only in neo4j (" + sample(onlyNeo4j) + ")");
    }
    if (!onlyRdf.isEmpty()) {
      parts.add(onlyRdf.size() + " only in rdf (" + sample(onlyRdf) + ")");
    }
    return Optional.of(what + ": " + String.join(", ", parts));
  }

  private static String sample(List<String> values) {
    String shown = String.join("; ", values.subList(0, Math.min(SHOWN, values.size())));
    return values.size() > SHOWN ? shown + "; …" : shown;
  }

  /** Written into a store's folder once an etl run committed articles to it; see {@link #lostStore}. */
  static final String MARKER = ".partnergraph-loaded";

  /**
   * Whether a store lost what the ledger says it holds: its folder is gone, or was recreated
   * empty (by a command that opened it since), so it lacks the marker {@link #markLoaded} wrote.
   */
  public static boolean lostStore(Path folder) {
    return !Files.exists(folder.resolve(MARKER));
  }

  /** Marks a store as holding what the ledger records; called after a run that committed to it. */
  public static void markLoaded(Path folder) {
    try {
      if (Files.isDirectory(folder) && !Files.exists(folder.resolve(MARKER))) {
        Files.writeString(folder.resolve(MARKER), "written by partnergraph etl: this store holds the articles of ../ledger.jsonl\n");
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot write " + folder.resolve(MARKER) + ": " + e.getMessage(), e);
    }
  }
}
