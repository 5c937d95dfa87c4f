package org.partnergraph.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.partnergraph.neo4j.Neo4jGraph;

/** Counts in the Neo4j view, for summaries and {@code stats}. */
final class GraphCounts {
  private GraphCounts() {}

  static Map<String, Long> totals(Neo4jGraph graph) {
    Record r = graph.query(
        """
        CALL { MATCH (n) RETURN count(n) AS nodes }
        CALL { MATCH (n:Entity) RETURN count(n) AS entities }
        CALL { MATCH (n:Article) RETURN count(n) AS articles }
        CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
        CALL { MATCH ()-[r]->() WHERE type(r) <> 'MENTIONS' RETURN count(r) AS facts }
        RETURN nodes, entities, articles, relationships, facts
        """, Map.of()).get(0);
    Map<String, Long> out = new LinkedHashMap<>();
    for (String k : List.of("nodes", "entities", "articles", "relationships", "facts")) {
      out.put(k, r.get(k).asLong());
    }
    return out;
  }

  static Map<String, Long> byLabel(Neo4jGraph graph) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (Record r : graph.query("MATCH (n) UNWIND labels(n) AS label WITH label WHERE label <> 'Entity' RETURN label, count(*) AS n ORDER BY label", Map.of())) {
      out.put(r.get("label").asString(), r.get("n").asLong());
    }
    return out;
  }

  static Map<String, Long> byType(Neo4jGraph graph) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (Record r : graph.query("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type", Map.of())) {
      out.put(r.get("type").asString(), r.get("n").asLong());
    }
    return out;
  }
}
