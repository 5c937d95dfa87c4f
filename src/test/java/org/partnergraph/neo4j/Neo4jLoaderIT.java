package org.partnergraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Record;
import org.partnergraph.model.Article;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.Entity;
import org.partnergraph.model.EntityType;
import org.partnergraph.model.Relation;
import org.partnergraph.model.RelationType;

/** Loading replaces what an article supported: idempotent reloads, exact replacement, shared edges kept. */
@ExtendWith(SharedNeo4j.class)
class Neo4jLoaderIT {
  private static final Entity NIKITIN = Entity.of("governor/gleb-nikitin", EntityType.GOVERNOR, "Gleb Nikitin", List.of("Nikitin"));
  private static final Entity NIZHNY = Entity.of("region/ru-niz", EntityType.REGION, "Nizhny Novgorod Oblast", List.of());
  private static final Entity FORUM = Entity.of("forum/x-forum", EntityType.FORUM, "X Forum", List.of());

  @BeforeEach
  void wipe() {
    SharedNeo4j.wipe();
  }

  private static ArticleFacts article(String id, List<Entity> entities, Relation... relations) {
    return new ArticleFacts(new Article(id, "T " + id, "", null, "Wire", null, id), entities, List.of(relations), "test/1");
  }

  private static void load(ArticleFacts... facts) {
    try (Neo4jGraph g = SharedNeo4j.graph(); Neo4jLoader loader = new Neo4jLoader(g)) {
      for (int i = 0; i < facts.length; i++) {
        loader.accept(facts[i]);
        if (i % 2 == 1) {
          loader.flush(); // batches of two: merging across transactions is part of what is tested
        }
      }
    }
  }

  private static List<Record> q(String cypher) {
    try (Neo4jGraph g = SharedNeo4j.graph()) {
      return g.query(cypher, Map.of());
    }
  }

  private static final String SNAPSHOT =
      "MATCH (n) OPTIONAL MATCH (n)-[r]->(m) RETURN n.id AS n, type(r) AS t, m.id AS m, r.sources AS s, r.evidence AS e ORDER BY n, t, m";

  @Test
  void mergesTheSameGovernorAcrossArticlesAndKeepsEachArticlesEvidence() {
    Relation a = new Relation(RelationType.GOVERNS, NIKITIN.id(), NIZHNY.id(), "Sentence in A.", 0.9, "test");
    Relation b = new Relation(RelationType.GOVERNS, NIKITIN.id(), NIZHNY.id(), "Sentence in B.", 0.8, "test");
    load(article("A", List.of(NIKITIN, NIZHNY), a), article("B", List.of(NIKITIN, NIZHNY), b), article("C", List.of(NIZHNY)));
    Record r = q("MATCH (:Governor)-[r:GOVERNS]->(:Region) RETURN r.sources AS s, r.evidence AS e, r.confidence AS c").get(0);
    assertThat(r.get("s").asList()).containsExactly("A", "B");
    assertThat(r.get("e").asList()).containsExactly("Sentence in A.", "Sentence in B.");
    assertThat(r.get("c").asDouble()).isEqualTo(0.9);
    assertThat(q("MATCH (n:Governor) RETURN count(n) AS n").get(0).get("n").asLong()).isEqualTo(1);
  }

  @Test
  void anEdgeCarriesTheRuleOfItsMostConfidentEvidenceAndLosesItWithThatArticle() {
    Relation a = new Relation(RelationType.GOVERNS, NIKITIN.id(), NIZHNY.id(), "Sentence in A.", 0.7, "governs.only-region");
    Relation b = new Relation(RelationType.GOVERNS, NIKITIN.id(), NIZHNY.id(), "Sentence in B.", 0.95, "governs.titled");
    load(article("A", List.of(NIKITIN, NIZHNY), a), article("B", List.of(NIKITIN, NIZHNY), b));
    String edge = "MATCH (:Governor)-[r:GOVERNS]->(:Region) RETURN r.rule AS rule, r.rules AS rules, r.confidence AS c";
    Record both = q(edge).get(0);
    assertThat(both.get("rule").asString()).isEqualTo("governs.titled");
    assertThat(both.get("rules").asList()).containsExactly("governs.only-region", "governs.titled");
    load(article("B", List.of(NIKITIN, NIZHNY)));
    Record onlyA = q(edge).get(0);
    assertThat(onlyA.get("rule").asString()).isEqualTo("governs.only-region");
    assertThat(onlyA.get("c").asDouble()).isEqualTo(0.7);
  }

  @Test
  void reloadingTheSameArticlesLeavesTheSameGraph() {
    ArticleFacts a = article("A", List.of(NIKITIN, NIZHNY), new Relation(RelationType.GOVERNS, NIKITIN.id(), NIZHNY.id(), "S.", 0.9, "test"));
    load(a);
    List<Record> before = q(SNAPSHOT);
    load(a);
    assertThat(q(SNAPSHOT).toString()).isEqualTo(before.toString());
  }

  @Test
  void aChangedArticleReplacesExactlyItsOwnFacts() {
    Relation governs = new Relation(RelationType.GOVERNS, NIKITIN.id(), NIZHNY.id(), "S.", 0.9, "test");
    Relation spoke = new Relation(RelationType.SPOKE_AT, NIKITIN.id(), FORUM.id(), "He spoke.", 0.8, "test");
    load(article("A", List.of(NIKITIN, NIZHNY, FORUM), governs, spoke), article("B", List.of(NIKITIN, NIZHNY), governs));
    load(article("A", List.of(NIKITIN, NIZHNY), governs));
    assertThat(q("MATCH ()-[r:SPOKE_AT]->() RETURN count(r) AS n").get(0).get("n").asLong()).isZero();
    assertThat(q("MATCH (f:Forum) RETURN count(f) AS n").get(0).get("n").asLong()).isZero();
    assertThat(q("MATCH ()-[r:GOVERNS]->() RETURN r.sources AS s").get(0).get("s").asList()).containsExactly("B", "A");
  }

  @Test
  void retractingAnArticleRemovesOnlyWhatNothingElseSupports() {
    Relation governs = new Relation(RelationType.GOVERNS, NIKITIN.id(), NIZHNY.id(), "S.", 0.9, "test");
    load(article("A", List.of(NIKITIN, NIZHNY, FORUM), governs, new Relation(RelationType.SPOKE_AT, NIKITIN.id(), FORUM.id(), "He spoke.", 0.8, "test")),
        article("B", List.of(NIKITIN, NIZHNY), governs));
    try (Neo4jGraph g = SharedNeo4j.graph()) {
      new Neo4jLoader(g).retract(List.of("A"));
    }
    assertThat(q("MATCH (a:Article) RETURN collect(a.id) AS ids").get(0).get("ids").asList()).containsExactly("B");
    assertThat(q("MATCH ()-[r:GOVERNS]->() RETURN r.sources AS s").get(0).get("s").asList()).containsExactly("B");
    assertThat(q("MATCH (f:Forum) RETURN count(f) AS n").get(0).get("n").asLong()).isZero();
  }

  @Test
  void textThatLooksLikeCypherIsStoredAsText() {
    Entity odd = Entity.of("governor/x", EntityType.GOVERNOR, "'}) DETACH DELETE n //", List.of("\"; DROP"));
    load(article("A", List.of(odd, NIZHNY), new Relation(RelationType.GOVERNS, odd.id(), NIZHNY.id(), "'}) MATCH (n) DETACH DELETE n //", 0.5, "test")));
    assertThat(q("MATCH (g:Governor) RETURN g.name AS n").get(0).get("n").asString()).isEqualTo("'}) DETACH DELETE n //");
    assertThat(q("MATCH (n) RETURN count(n) AS n").get(0).get("n").asLong()).isEqualTo(3);
  }
}
