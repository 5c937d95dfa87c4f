package org.partnergraph.neo4j;

import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Record;

/**
 * The facts an analyst's morning digest is about — partnerships with their status, governors
 * with their regions, figures with their values — as {@code key → description}, so that two
 * states taken before and after a run can be compared.
 */
public final class GraphState {
  private GraphState() {}

  public static Map<String, String> of(Neo4jGraph graph) {
    Map<String, String> out = new TreeMap<>();
    for (Record r : graph.query(
        "MATCH (p:Partnership) RETURN p.id AS id, p.name AS name, p.status AS status", Map.of())) {
      out.put("partnership\t" + r.get("id").asString() + "\t" + r.get("name").asString(), r.get("status").asString(""));
    }
    for (Record r : graph.query(
        "MATCH (g:Governor)-[:GOVERNS]->(reg:Region) RETURN g.id AS id, g.name + ' governs ' + reg.name AS name", Map.of())) {
      out.put("governor\t" + r.get("id").asString() + "\t" + r.get("name").asString(), "");
    }
    for (Record r : graph.query(
        "MATCH (o)-[:HAS_METRIC]->(m:Metric) RETURN m.id AS id, o.name + ': ' + m.name + coalesce(' (' + m.period + ')', '') AS name, toString(m.value) + ' ' + coalesce(m.unit, '') AS value", Map.of())) {
      out.put("figure\t" + r.get("id").asString() + "\t" + r.get("name").asString(), r.get("value").asString());
    }
    return out;
  }
}
