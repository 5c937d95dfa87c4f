package org.partnergraph.pipeline;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.riot.Lang;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.partnergraph.neo4j.Neo4jGraph;
import org.partnergraph.neo4j.StoredArticles;
import org.partnergraph.rdf.TdbStore;

/**
 * Both views of a data dir as sorted text, order-insensitive where the stores are (list
 * properties compared as sets), so that "the same graph" can be asserted with a readable diff.
 */
public final class Snapshots {
  private Snapshots() {}

  public static String of(Path dataDir) {
    StringBuilder out = new StringBuilder();
    try (Neo4jGraph g = Neo4jGraph.open(dataDir, null)) {
      out.append(neo4j(g));
    }
    try (TdbStore rdf = TdbStore.open(dataDir.resolve("rdf"))) {
      out.append(rdf(rdf));
    }
    return out.toString();
  }

  /** What {@code partnergraph check} would report for the data dir: empty when the views and the ledger agree. */
  public static List<ViewCheck.Difference> differences(Path dataDir) {
    try (Neo4jGraph g = Neo4jGraph.open(dataDir, null); TdbStore rdf = TdbStore.open(dataDir.resolve("rdf"))) {
      return differences(g, rdf, Ledger.open(dataDir.resolve("ledger.jsonl")));
    }
  }

  public static List<ViewCheck.Difference> differences(Neo4jGraph g, TdbStore rdf, Ledger ledger) {
    return ViewCheck.compare(StoredArticles.of(g), rdf.storedArticles(), ledger.ids());
  }

  public static String neo4j(Neo4jGraph g) {
    List<String> lines = new ArrayList<>();
    for (Record r : g.query("MATCH (n) RETURN labels(n) AS l, properties(n) AS p", Map.of())) {
      List<String> labels = new ArrayList<>(r.get("l").asList(Value::asString));
      labels.sort(null);
      lines.add("node " + labels + " " + props(r.get("p").asMap()));
    }
    for (Record r : g.query("MATCH (a)-[x]->(b) RETURN coalesce(a.id, '') AS a, type(x) AS t, coalesce(b.id, '') AS b, properties(x) AS p", Map.of())) {
      lines.add("rel " + r.get("a").asString() + " " + r.get("t").asString() + " " + r.get("b").asString() + " " + props(r.get("p").asMap()));
    }
    lines.sort(null);
    return String.join("\n", lines) + "\n";
  }

  private static String props(Map<String, Object> p) {
    Map<String, Object> sorted = new TreeMap<>();
    p.forEach((k, v) -> {
      if (v instanceof List<?> l) {
        List<String> s = new ArrayList<>(l.stream().map(String::valueOf).toList());
        s.sort(null);
        sorted.put(k, s);
      } else {
        sorted.put(k, v);
      }
    });
    return sorted.toString();
  }

  public static String rdf(TdbStore rdf) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    rdf.export(Lang.NQUADS, bytes);
    String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
    Arrays.sort(lines);
    return String.join("\n", lines) + "\n";
  }
}
