package org.partnergraph.neo4j;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.Neo4jException;
import org.partnergraph.model.Article;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.Entity;
import org.partnergraph.model.EntityType;
import org.partnergraph.model.FactSink;
import org.partnergraph.model.Iris;
import org.partnergraph.model.Relation;
import org.partnergraph.model.RelationType;
import org.partnergraph.model.StoreException;

/**
 * Loads facts into Neo4j in batches of articles, one transaction per {@link #flush}, with parameterised
 * {@code UNWIND $rows … MERGE} statements. Accepting an article first retracts what that article
 * supported before (its id leaves {@code sources}, its evidence leaves the edge, an edge nothing
 * supports any more is deleted), so reloading is idempotent and a changed article replaces its facts.
 */
public final class Neo4jLoader implements FactSink {
  private static final String TOUCHED =
      "UNWIND $articles AS aid MATCH (:Article {id: aid})-[:MENTIONS]->(n:Entity) RETURN collect(DISTINCT n.id) AS touched";

  /**
   * An edge's {@code confidence} and {@code rule} are those of its most confident evidence (the
   * first of equals): the lists keep every article's, the two properties are what a query filters on.
   */
  private static final String BEST_EVIDENCE =
      """
      r.confidence = reduce(m = 0.0, c IN r.confidences | CASE WHEN c > m THEN c ELSE m END),
          r.rule = CASE WHEN size(r.confidences) = 0 THEN null
              ELSE r.rules[reduce(b = 0, i IN range(0, size(r.confidences) - 1) | CASE WHEN r.confidences[i] > r.confidences[b] THEN i ELSE b END)] END""";

  /** All articles of the batch leave an edge at once, so no edge is rewritten from stale lists. */
  private static final String RETRACT =
      """
      UNWIND $articles AS aid
      MATCH (:Article {id: aid})-[:MENTIONS]->(:Entity)-[r]->()
      WHERE type(r) <> 'MENTIONS' AND aid IN r.sources
      WITH r, collect(DISTINCT aid) AS gone
      WITH r, gone, [i IN range(0, size(r.evidenceSources) - 1) WHERE NOT r.evidenceSources[i] IN gone] AS keep
      SET r.sources = [s IN r.sources WHERE NOT s IN gone],
          r.evidence = [i IN keep | r.evidence[i]],
          r.evidenceSources = [i IN keep | r.evidenceSources[i]],
          r.rules = [i IN keep | coalesce(r.rules[i], '')],
          r.confidences = [i IN keep | r.confidences[i]]
      SET %s
      WITH r WHERE size(r.sources) = 0
      DELETE r
      """.formatted(BEST_EVIDENCE);

  private static final String DROP_MENTIONS =
      "UNWIND $articles AS aid MATCH (:Article {id: aid})-[m:MENTIONS]->() DELETE m";

  private static final String MERGE_ARTICLES =
      """
      UNWIND $rows AS row
      MERGE (a:Article {id: row.id})
      SET a.title = row.title, a.source = row.source, a.url = row.url, a.published = row.published,
          a.iri = row.iri, a.extractor = row.extractor
      """;

  /** Each article's own view of an entity lives on its MENTIONS edge, so retraction can recompute the node. */
  private static final String MERGE_MENTIONS =
      """
      UNWIND $rows AS row
      MATCH (a:Article {id: row.article})
      MATCH (n:Entity {id: row.id})
      MERGE (a)-[m:MENTIONS]->(n)
      SET m.name = row.name, m.aliases = row.aliases, m.attributes = row.attributes
      """;

  private static final String READ_MENTIONS =
      """
      UNWIND $ids AS id
      MATCH (a:Article)-[m:MENTIONS]->(n:Entity {id: id})
      RETURN id, a.id AS article, m.name AS name, m.aliases AS aliases, m.attributes AS attributes
      ORDER BY id, article
      """;

  private static final String SET_ENTITIES = "UNWIND $rows AS row MATCH (n:Entity {id: row.id}) SET n = row.props";

  private static final String DROP_ORPHANS =
      "UNWIND $ids AS id MATCH (n:Entity {id: id}) WHERE NOT ()-[:MENTIONS]->(n) DETACH DELETE n";

  private final Neo4jGraph graph;
  private final Map<String, ArticleFacts> pending = new LinkedHashMap<>();
  private boolean schemaApplied;

  public Neo4jLoader(Neo4jGraph graph) {
    this.graph = graph;
  }

  @Override
  public String name() {
    return "neo4j";
  }

  /**
   * Neo4j refuses to index a value over about 8 KB ("Property value is too large to index") and
   * fails the whole transaction: ids, names and sources are indexed (cypher/schema.cypher), so an
   * article with a larger one is turned away before it joins a batch. Half the limit, for headroom.
   */
  static final int MAX_INDEXED_BYTES = 4_000;

  @Override
  public Optional<String> unstorable(ArticleFacts facts) {
    Article a = facts.article();
    Optional<String> problem = tooLarge("article id", a.id()).or(() -> tooLarge("source", a.source()));
    for (Entity e : facts.entities()) {
      problem = problem.or(() -> tooLarge(e.type().label() + " id", e.id())).or(() -> tooLarge(e.type().label() + " name", e.name()));
    }
    return problem;
  }

  private static Optional<String> tooLarge(String what, String value) {
    if (value == null) {
      return Optional.empty();
    }
    int bytes = value.getBytes(StandardCharsets.UTF_8).length;
    return bytes <= MAX_INDEXED_BYTES ? Optional.empty()
        : Optional.of(String.format("the %s is %,d bytes; Neo4j indexes values up to %,d bytes (ids, names and sources)", what, bytes, MAX_INDEXED_BYTES));
  }

  /** Held until {@link #flush}: the caller decides the batch, so every view commits the same one. */
  @Override
  public void accept(ArticleFacts facts) {
    pending.put(facts.article().id(), facts);
  }

  @Override
  public void discard() {
    pending.clear();
  }

  @Override
  public void flush() {
    if (pending.isEmpty()) {
      return;
    }
    if (!schemaApplied) {
      graph.applySchema();
      schemaApplied = true;
    }
    List<ArticleFacts> batch = List.copyOf(pending.values());
    try (Session session = graph.driver().session()) {
      session.executeWrite(tx -> {
        write(tx, batch);
        return null;
      });
    } catch (Neo4jException e) {
      throw new StoreException("loading " + batch.size() + " article(s) into Neo4j at " + graph.uri()
          + " failed (nothing of this batch was written): " + e.getMessage(), e);
    }
    pending.clear();
  }

  /** Removes everything the given articles support, and the articles themselves. */
  @Override
  public void retract(List<String> articleIds) {
    flush();
    try (Session session = graph.driver().session()) {
      session.executeWrite(tx -> {
        Set<String> touched = retract(tx, articleIds);
        tx.run("UNWIND $articles AS aid MATCH (a:Article {id: aid}) DETACH DELETE a", Map.of("articles", articleIds)).consume();
        refresh(tx, touched);
        return null;
      });
    }
  }

  private static Set<String> retract(TransactionContext tx, List<String> articleIds) {
    Set<String> touched = new LinkedHashSet<>();
    var result = tx.run(TOUCHED, Map.of("articles", articleIds));
    if (result.hasNext()) {
      result.next().get("touched").asList(v -> v.asString()).forEach(touched::add);
    }
    tx.run(RETRACT, Map.of("articles", articleIds)).consume();
    tx.run(DROP_MENTIONS, Map.of("articles", articleIds)).consume();
    return touched;
  }

  private static void write(TransactionContext tx, List<ArticleFacts> batch) {
    List<String> ids = batch.stream().map(f -> f.article().id()).toList();
    Set<String> touched = retract(tx, ids);

    List<Map<String, Object>> articles = new ArrayList<>();
    Map<EntityType, Map<String, Map<String, Object>>> nodes = new EnumMap<>(EntityType.class);
    Map<RelationType, Map<List<String>, EdgeRow>> edges = new EnumMap<>(RelationType.class);
    List<Map<String, Object>> mentions = new ArrayList<>();
    for (ArticleFacts f : batch) {
      Article a = f.article();
      Map<String, Object> row = new HashMap<>();
      row.put("id", a.id());
      row.put("title", a.title());
      row.put("source", a.source());
      row.put("url", a.url());
      row.put("published", a.published());
      row.put("iri", Iris.articleIri(a.id()));
      row.put("extractor", f.extractor());
      articles.add(row);
      for (Entity e : f.entities()) {
        nodes.computeIfAbsent(e.type(), t -> new LinkedHashMap<>()).putIfAbsent(e.id(), Map.of("id", e.id()));
        mentions.add(Map.of("article", a.id(), "id", e.id(), "name", e.name(), "aliases", e.aliases(), "attributes", EntityProperties.toJson(e.attributes())));
      }
      for (Relation r : f.relations()) {
        edges.computeIfAbsent(r.type(), t -> new LinkedHashMap<>())
            .computeIfAbsent(List.of(r.from(), r.to()), k -> new EdgeRow(r.from(), r.to()))
            .add(a.id(), r.evidence(), r.confidence(), r.rule());
      }
    }
    tx.run(MERGE_ARTICLES, Map.of("rows", articles)).consume();
    nodes.forEach((type, rows) -> tx.run(mergeNodes(type), Map.of("rows", List.copyOf(rows.values()))).consume());
    edges.forEach((type, rows) -> tx.run(mergeEdges(type), Map.of("rows", rows.values().stream().map(EdgeRow::params).toList())).consume());
    tx.run(MERGE_MENTIONS, Map.of("rows", mentions)).consume();
    nodes.values().forEach(rows -> touched.addAll(rows.keySet()));
    refresh(tx, touched);
  }

  /**
   * Drops entities no article mentions any more and recomputes the others from what each
   * mentioning article says, so the result does not depend on the order articles were loaded in.
   */
  private static void refresh(TransactionContext tx, Set<String> ids) {
    if (ids.isEmpty()) {
      return;
    }
    tx.run(DROP_ORPHANS, Map.of("ids", List.copyOf(ids))).consume();
    Map<String, EntityProperties> merged = new LinkedHashMap<>();
    tx.run(READ_MENTIONS, Map.of("ids", List.copyOf(ids))).forEachRemaining(r -> merged
        .computeIfAbsent(r.get("id").asString(), EntityProperties::new)
        .add(r.get("name").asString(null), r.get("aliases").asList(v -> v.asString(), List.of()), r.get("attributes").asString(null)));
    List<Map<String, Object>> rows = new ArrayList<>();
    merged.values().forEach(p -> rows.add(Map.of("id", p.id(), "props", p.properties())));
    tx.run(SET_ENTITIES, Map.of("rows", rows)).consume();
  }

  /** The label comes from the enum, never from input; properties are set by {@link #refresh}. */
  static String mergeNodes(EntityType type) {
    return """
        UNWIND $rows AS row
        MERGE (n:Entity {id: row.id})
        SET n:%s
        """.formatted(type.label());
  }

  /**
   * Everything a batch says about one edge, in article order: one row, so a popular edge is
   * rewritten once per batch rather than once per article that repeats it.
   */
  private record EdgeRow(String from, String to, List<String> sources, List<String> evidence,
      List<String> evidenceSources, List<Double> confidences, List<String> rules) {
    EdgeRow(String from, String to) {
      this(from, to, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    void add(String article, String sentence, double confidence, String rule) {
      if (!sources.contains(article)) {
        sources.add(article);
      }
      evidence.add(sentence);
      evidenceSources.add(article);
      confidences.add(confidence);
      rules.add(rule);
    }

    Map<String, Object> params() {
      return Map.of("from", from, "to", to, "sources", sources, "evidence", evidence,
          "evidenceSources", evidenceSources, "confidences", confidences, "rules", rules);
    }
  }

  /** The relationship type comes from the enum, never from input. */
  static String mergeEdges(RelationType type) {
    return """
        UNWIND $rows AS row
        MATCH (a:Entity {id: row.from})
        MATCH (b:Entity {id: row.to})
        MERGE (a)-[r:%s]->(b)
        SET r.sources = coalesce(r.sources, []) + [s IN row.sources WHERE NOT s IN coalesce(r.sources, [])],
            r.evidence = coalesce(r.evidence, []) + row.evidence,
            r.evidenceSources = coalesce(r.evidenceSources, []) + row.evidenceSources,
            r.rules = coalesce(r.rules, [c IN coalesce(r.confidences, []) | '']) + row.rules,
            r.confidences = coalesce(r.confidences, []) + row.confidences
        SET %s
        """.formatted(type.name(), BEST_EVIDENCE);
  }
}
