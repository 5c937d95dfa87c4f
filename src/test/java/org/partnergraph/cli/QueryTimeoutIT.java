package org.partnergraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.time.Duration;
import java.time.Instant;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.partnergraph.model.QueryTimeoutException;
import org.partnergraph.neo4j.EmbeddedNeo4j;
import org.partnergraph.neo4j.Neo4jGraph;
import org.partnergraph.serve.Server;
import org.junit.jupiter.api.io.TempDir;
import org.partnergraph.rdf.TdbStore;

/**
 * Every query has a deadline: a runaway query (a cross product) given {@code --timeout 1s} ends
 * with a one-line error that names the timeout and how to raise it, and a non-zero exit code.
 */
class QueryTimeoutIT {
  /** 10^10 rows: minutes of work, so only the timeout can end it within the test's bound. */
  static final String CYPHER_CROSS_PRODUCT = "UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN count(*) AS n";
  /** 300^4 rows over the triples written below. */
  static final String SPARQL_CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

  @TempDir Path data;

  /** A named graph of 300 triples, enough for {@link #SPARQL_CROSS_PRODUCT} to run for hours. */
  static void writeTriples(Path dataDir, int n) {
    try (TdbStore rdf = TdbStore.open(dataDir.resolve("rdf"))) {
      rdf.dataset().executeWrite(() -> {
        var g = NodeFactory.createURI("urn:graph");
        for (int i = 0; i < n; i++) {
          rdf.dataset().asDatasetGraph().add(new Quad(g, NodeFactory.createURI("urn:s" + i), NodeFactory.createURI("urn:p"), NodeFactory.createURI("urn:o" + i)));
        }
      });
    }
  }

  private static void assertStoppedByTheTimeout(CliRun run, Instant started) {
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err()).as(run.toString()).contains("the query ran past its timeout of 1 s").contains("--timeout 5s");
    assertThat(run.err().strip().lines().count()).as(run.toString()).isEqualTo(1);
    assertThat(Duration.between(started, Instant.now())).as("stopped by the timeout, not by finishing").isLessThan(Duration.ofSeconds(90));
  }

  @Test
  void aCrossProductCypherQueryEndsAtTheTimeoutWithAOneLineError() {
    Instant started = Instant.now();
    CliRun run = CliRun.of("--data-dir", data.toString(), "cypher", "--timeout", "1s", CYPHER_CROSS_PRODUCT);
    assertStoppedByTheTimeout(run, started);
  }

  @Test
  void aCrossProductSparqlQueryEndsAtTheTimeoutWithAOneLineError() {
    writeTriples(data, 300);
    Instant started = Instant.now();
    CliRun run = CliRun.of("--data-dir", data.toString(), "sparql", "--timeout", "1s", SPARQL_CROSS_PRODUCT);
    assertStoppedByTheTimeout(run, started);
  }

  @Test
  void serveStopsAnAbandonedQueryAtItsOwnTimeout() throws Exception {
    writeTriples(data, 300);
    try (Server server = Server.start(new Server.Config(data, "127.0.0.1", EmbeddedNeo4j.freePort(), 0, EmbeddedNeo4j.freePort(), false, null, Duration.ofSeconds(1)))) {
      Instant started = Instant.now();
      try (Neo4jGraph g = Neo4jGraph.connect(server.info().bolt(), AuthTokens.none(), null)) {
        assertThatThrownBy(() -> g.query(CYPHER_CROSS_PRODUCT, Map.of())).isInstanceOf(QueryTimeoutException.class);
      }
      String url = server.info().sparql() + "/sparql?query=" + URLEncoder.encode(SPARQL_CROSS_PRODUCT, StandardCharsets.UTF_8);
      HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(r.body()).isNotEqualTo(200);
      assertThat(Duration.between(started, Instant.now())).as("both stopped by the server's timeout").isLessThan(Duration.ofSeconds(60));
    }
  }

  @Test
  void theCommandsTimeoutAlsoHoldsThroughAServeWithALongerLimit() throws Exception {
    writeTriples(data, 300);
    try (Server server = Server.start(new Server.Config(data, "127.0.0.1", EmbeddedNeo4j.freePort(), 0, EmbeddedNeo4j.freePort(), false, null, Duration.ofMinutes(10)))) {
      Instant started = Instant.now();
      CliRun cypher = CliRun.of("--data-dir", data.toString(), "cypher", "--timeout", "1s", CYPHER_CROSS_PRODUCT);
      assertStoppedByTheTimeout(cypher, started);
      started = Instant.now();
      CliRun sparql = CliRun.of("--data-dir", data.toString(), "sparql", "--timeout", "1s", SPARQL_CROSS_PRODUCT);
      assertStoppedByTheTimeout(sparql, started);
    }
  }

  @Test
  void aQueryWithinTheTimeoutAnswers() {
    writeTriples(data, 3);
    CliRun run = CliRun.of("--data-dir", data.toString(), "sparql", "--timeout", "30s", "--format", "csv", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("\n3");
  }
}
