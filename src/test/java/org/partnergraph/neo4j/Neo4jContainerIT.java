package org.partnergraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.partnergraph.model.Article;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.Entity;
import org.partnergraph.model.EntityType;
import org.testcontainers.containers.Neo4jContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The same loader against a Neo4j 5.26 server in Docker; skipped where no Docker engine runs. */
@Testcontainers(disabledWithoutDocker = true)
class Neo4jContainerIT {
  @Container
  static final Neo4jContainer<?> NEO4J = new Neo4jContainer<>("neo4j:5.26").withAdminPassword("partnergraph-test");

  @Test
  void loadsIntoAStandaloneServer() {
    try (Neo4jGraph g = Neo4jGraph.connect(NEO4J.getBoltUrl(), AuthTokens.basic("neo4j", "partnergraph-test"), null);
        Neo4jLoader loader = new Neo4jLoader(g)) {
      loader.accept(new ArticleFacts(new Article("a", "t", "", null, null, null, "a"),
          List.of(Entity.of("region/ru-niz", EntityType.REGION, "Nizhny Novgorod Oblast", List.of())), List.of(), "test/1"));
      loader.flush();
      assertThat(g.query("MATCH (r:Region) RETURN count(r) AS n", Map.of()).get(0).get("n").asLong()).isEqualTo(1);
    }
  }
}
