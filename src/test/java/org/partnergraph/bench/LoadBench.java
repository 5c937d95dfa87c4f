package org.partnergraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Session;
import org.partnergraph.model.Article;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.Entity;
import org.partnergraph.model.Iris;
import org.partnergraph.model.Relation;
import org.partnergraph.neo4j.EmbeddedNeo4j;
import org.partnergraph.neo4j.Neo4jGraph;
import org.partnergraph.neo4j.Neo4jLoader;
import org.partnergraph.pipeline.Pipeline;
import org.partnergraph.rdf.RdfMapper;

/**
 * The same facts into a fresh embedded Neo4j four ways: partnergraph's loader, one statement per
 * fact, neosemantics' RDF import, and the offline bulk importer. Each variant gets its own store,
 * so none benefits from another's caches; start-up is outside the timings, creating the schema inside.
 */
final class LoadBench {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Elements are nodes plus relationships in the store after the load. */
  record Load(String method, int articles, long nodes, long relationships, double seconds, String note) {
    double elementsPerSecond() {
      return (nodes + relationships) / seconds;
    }
  }

  static Load loader(List<ArticleFacts> facts, Path home, int batch, Path jfr) throws Exception {
    try (Neo4jGraph g = fresh(home, null)) {
      LoaderProfile profile = jfr == null ? null : LoaderProfile.start();
      long start = System.nanoTime();
      Neo4jLoader loader = new Neo4jLoader(g);
      for (int i = 0; i < facts.size(); i++) {
        loader.accept(facts.get(i));
        if ((i + 1) % batch == 0) {
          loader.flush();
        }
      }
      loader.flush();
      double s = (System.nanoTime() - start) / 1e9;
      if (profile != null) {
        profile.stop(jfr);
      }
      return counted(g, "partnergraph loader (UNWIND … MERGE, batch " + batch + ")", facts.size(), s, null);
    }
  }

  /** One MERGE per article, entity, mention and relation, each in its own auto-commit transaction. */
  static Load naive(List<ArticleFacts> facts, Path home) {
    try (Neo4jGraph g = fresh(home, null); Session session = g.driver().session()) {
      long start = System.nanoTime();
      g.applySchema(); // the same constraints and indexes the loader creates at its first flush, timed in both
      for (ArticleFacts f : facts) {
        Article a = f.article();
        Map<String, Object> article = new HashMap<>();
        article.put("id", a.id());
        article.put("title", a.title());
        article.put("source", a.source());
        article.put("url", a.url());
        article.put("published", a.published());
        article.put("iri", Iris.articleIri(a.id()));
        article.put("extractor", f.extractor());
        session.run("MERGE (a:Article {id: $id}) SET a += $props", Map.of("id", a.id(), "props", article)).consume();
        for (Entity e : f.entities()) {
          session.run("MERGE (n:Entity {id: $id}) SET n:" + e.type().label() + ", n.name = $name, n.aliases = $aliases",
              Map.of("id", e.id(), "name", e.name(), "aliases", e.aliases())).consume();
          session.run("MATCH (a:Article {id: $article}) MATCH (n:Entity {id: $id}) MERGE (a)-[m:MENTIONS]->(n) "
                  + "SET m.name = $name, m.aliases = $aliases, m.attributes = $attributes",
              Map.of("article", a.id(), "id", e.id(), "name", e.name(), "aliases", e.aliases(), "attributes", json(e.attributes()))).consume();
        }
        for (Relation r : f.relations()) {
          session.run("MATCH (a:Entity {id: $from}) MATCH (b:Entity {id: $to}) MERGE (a)-[r:" + r.type().name() + "]->(b) "
                  + "SET r.sources = CASE WHEN $article IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + $article END, "
                  + "r.evidence = coalesce(r.evidence, []) + $evidence, r.confidence = $confidence",
              Map.of("from", r.from(), "to", r.to(), "article", a.id(), "evidence", r.evidence(), "confidence", r.confidence())).consume();
        }
      }
      double s = (System.nanoTime() - start) / 1e9;
      return counted(g, "naive: one MERGE per fact, auto-commit", facts.size(), s, null);
    }
  }

  /**
   * neosemantics (n10s) importing the RDF view of the same facts (our mapping, N-Triples, one call
   * per 100 articles). Its graph differs in shape (one node per IRI, literals as properties,
   * statement reifications as nodes); elements per second compare like with like.
   */
  static Load n10s(List<ArticleFacts> facts, Path home, Path pluginDir) throws IOException {
    RdfMapper mapper = new RdfMapper();
    List<String> batches = new ArrayList<>();
    for (int i = 0; i < facts.size(); i += 100) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (ArticleFacts f : facts.subList(i, Math.min(i + 100, facts.size()))) {
        Model m = mapper.map(f);
        RDFDataMgr.write(out, m, Lang.NTRIPLES);
      }
      batches.add(out.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
    try (Neo4jGraph g = fresh(home, pluginDir)) {
      g.query("CREATE CONSTRAINT n10s_unique_uri IF NOT EXISTS FOR (r:Resource) REQUIRE r.uri IS UNIQUE", Map.of());
      g.query("CALL n10s.graphconfig.init()", Map.of());
      long triples = 0;
      long start = System.nanoTime();
      for (String rdf : batches) {
        triples += g.query("CALL n10s.rdf.import.inline($rdf, 'N-Triples') YIELD triplesLoaded RETURN triplesLoaded",
            Map.of("rdf", rdf)).get(0).get(0).asLong();
      }
      double s = (System.nanoTime() - start) / 1e9;
      return counted(g, "neosemantics 5.1.0.0 rdf.import.inline (N-Triples)", facts.size(), s, triples + " triples imported");
    }
  }

  /**
   * Runs both Bolt-based methods once on a throwaway store so that class loading and JIT are not
   * charged to whichever method happens to run first. Cypher plans are cached per DBMS, so each
   * timed store still plans its queries once, as every etl run does.
   */
  static void warmUp(List<ArticleFacts> facts, Path work) throws Exception {
    List<ArticleFacts> few = facts.subList(0, Math.min(300, facts.size()));
    loader(few, work.resolve("neo4j-warmup-loader"), Pipeline.DEFAULT_BATCH, null);
    naive(few.subList(0, Math.min(30, few.size())), work.resolve("neo4j-warmup-naive"));
  }

  static Load counted(Neo4jGraph g, String method, int articles, double seconds, String note) {
    long nodes = g.query("MATCH (n) RETURN count(n)", Map.of()).get(0).get(0).asLong();
    long rels = g.query("MATCH ()-[r]->() RETURN count(r)", Map.of()).get(0).get(0).asLong();
    return new Load(method, articles, nodes, rels, seconds, note);
  }

  static Neo4jGraph fresh(Path home, Path pluginDir) {
    EmbeddedNeo4j db = EmbeddedNeo4j.start(home, new EmbeddedNeo4j.Options("127.0.0.1", EmbeddedNeo4j.freePort(), 0, null, null, pluginDir));
    return Neo4jGraph.connect(db.boltUri(), AuthTokens.none(), db);
  }

  private static String json(Map<String, Object> attributes) {
    try {
      return JSON.writeValueAsString(attributes);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private LoadBench() {}
}
