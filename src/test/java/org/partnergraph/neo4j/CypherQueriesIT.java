package org.partnergraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnergraph.Fixtures;
import org.partnergraph.extract.RuleExtractor;
import org.partnergraph.pipeline.Pipeline;
import org.partnergraph.pipeline.Progress;
import org.partnergraph.rdf.ShapeGate;

/** Every named query in cypher/queries runs and answers its question on the fixture articles. */
@ExtendWith(SharedNeo4j.class)
class CypherQueriesIT {

  @BeforeAll
  static void loadFixtures() {
    SharedNeo4j.wipe();
    try (Neo4jGraph g = SharedNeo4j.graph(); Neo4jLoader loader = new Neo4jLoader(g)) {
      new Pipeline(List.of(loader), new ShapeGate(), Progress.silent()).etl(List.of(Fixtures.dir()), new RuleExtractor());
    }
  }

  static Stream<Arguments> queries() {
    return Stream.of(
        Arguments.of("regions-courting-foreign-automakers.cypher", Map.of(), "region", "Kaluga Oblast"),
        Arguments.of("governors-meeting-automakers-from.cypher", Map.of("country", "China"), "automaker", "Chery"),
        Arguments.of("partnerships-by-status.cypher", Map.of(), "status", "invited"),
        Arguments.of("article-facts.cypher", Map.of("article", Fixtures.KALUGA), "relation", "GOVERNS"),
        Arguments.of("edge-evidence.cypher", Map.of("from", "governor/vladislav-shapsha", "to", "region/ru-klu", "type", "GOVERNS"), "source", "Interfax"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("queries")
  void namedQueryAnswersOnTheFixtures(String file, Map<String, Object> params, String column, String expected) throws Exception {
    String cypher = Files.readString(Path.of("cypher/queries", file));
    try (Neo4jGraph g = SharedNeo4j.graph()) {
      List<String> values = g.query(cypher, params).stream().map(r -> r.get(column).asString()).toList();
      assertThat(values).contains(expected);
    }
  }

  /** Injection-shaped values are data: the query answers nothing and the graph is untouched. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("queries")
  void hostileParameterValuesAreOnlyData(String file, Map<String, Object> params) throws Exception {
    String cypher = Files.readString(Path.of("cypher/queries", file));
    String hostile = "x'}) DETACH DELETE n // \" MATCH (m) DETACH DELETE m; > } ; DROP";
    Map<String, Object> hostileParams = new java.util.HashMap<>();
    params.keySet().forEach(k -> hostileParams.put(k, hostile));
    try (Neo4jGraph g = SharedNeo4j.graph()) {
      String before = org.partnergraph.pipeline.Snapshots.neo4j(g);
      g.query(cypher, hostileParams);
      assertThat(org.partnergraph.pipeline.Snapshots.neo4j(g)).isEqualTo(before);
    }
  }

  @org.junit.jupiter.api.Test
  void everyQueryFileIsCoveredHere() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("cypher/queries"))) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactlyInAnyOrderElementsOf(queries().map(a -> (String) a.get()[0]).toList());
    }
  }
}
