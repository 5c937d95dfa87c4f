package org.partnergraph.neo4j;

import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Record;
import org.partnergraph.model.StoredArticle;

/** Reads, per article, the entities it mentions and the facts it supports, as Neo4j holds them. */
public final class StoredArticles {
  private static final String ARTICLES = "MATCH (a:Article) RETURN a.id AS id, a.extractor AS extractor";
  private static final String MENTIONS = "MATCH (a:Article)-[:MENTIONS]->(n:Entity) RETURN a.id AS id, n.id AS entity";
  private static final String FACTS =
      """
      MATCH (x:Entity)-[r]->(y:Entity) WHERE type(r) <> 'MENTIONS'
      UNWIND r.sources AS aid
      RETURN aid AS id, x.id AS from, type(r) AS type, y.id AS to
      """;

  private StoredArticles() {}

  public static Map<String, StoredArticle> of(Neo4jGraph graph) {
    Map<String, StoredArticle> out = new TreeMap<>();
    for (Record r : graph.query(ARTICLES, Map.of())) {
      String id = r.get("id").asString();
      out.put(id, StoredArticle.of(id).withExtractor(r.get("extractor").asString(null)));
    }
    for (Record r : graph.query(MENTIONS, Map.of())) {
      out.computeIfAbsent(r.get("id").asString(), StoredArticle::of).entities().add(r.get("entity").asString());
    }
    for (Record r : graph.query(FACTS, Map.of())) {
      out.computeIfAbsent(r.get("id").asString(), StoredArticle::of).facts()
          .add(StoredArticle.factKey(r.get("from").asString(), r.get("type").asString(), r.get("to").asString()));
    }
    return out;
  }
}
