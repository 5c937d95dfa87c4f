package org.partnergraph.serve;

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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.partnergraph.Fixtures;
import org.partnergraph.cli.CliRun;
import org.partnergraph.model.PartnergraphException;
import org.partnergraph.neo4j.EmbeddedNeo4j;
import org.partnergraph.neo4j.Neo4jGraph;

/** serve: Bolt, Neo4j Browser and SPARQL over HTTP in one process, and the CLI working through it. */
class ServeIT {
  @TempDir static Path data;
  static Server server;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void loadFixturesThenServe() {
    CliRun etl = CliRun.of("--data-dir", data.toString(), "etl", "-q", Fixtures.dir().toString());
    assertThat(etl.exitCode()).as(etl.toString()).isZero();
    server = Server.start(new Server.Config(data, "127.0.0.1", EmbeddedNeo4j.freePort(), EmbeddedNeo4j.freePort(), EmbeddedNeo4j.freePort(), false, null));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  private static HttpResponse<String> get(String url) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void answersCypherOverBolt() {
    try (Neo4jGraph g = Neo4jGraph.connect(server.info().bolt(), AuthTokens.none(), null)) {
      assertThat(g.query("MATCH (g:Governor)-[:GOVERNS]->(r:Region) RETURN count(*) AS n", Map.of()).get(0).get("n").asLong()).isEqualTo(2);
    }
  }

  @Test
  void servesNeo4jBrowser() throws Exception {
    HttpResponse<String> page = get(server.info().browser());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).containsIgnoringCase("neo4j");
  }

  @Test
  void servesTheBrowserGuide() throws Exception {
    String guide = server.info().sparql().replace("/partnergraph", "/guide/partnergraph.html");
    assertThat(get(guide).body()).contains("Regions courting foreign automakers");
  }

  @Test
  void answersSparqlOverHttpWithFixtureFacts() throws Exception {
    String q = "PREFIX pg: <https://partnergraph.org/ontology#> SELECT (COUNT(*) AS ?n) WHERE { ?g pg:governs ?r }";
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.info().sparql() + "/sparql"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/sparql-results+json")
        .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body().replace(" ", "")).contains("\"value\":\"2\"");
  }

  @Test
  void thePublicSparqlEndpointIsReadOnly() throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.info().sparql() + "/update"))
        .header("Content-Type", "application/sparql-update")
        .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isBetween(400, 499);
    HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create(server.info().sparql() + "/ingest?graph=urn:x"))
        .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(put.statusCode()).isEqualTo(401);
  }

  @Test
  void theCommandLineUsesTheRunningServerInsteadOfFailingOnTheLockedStores() {
    CliRun cypher = CliRun.of("--data-dir", data.toString(), "cypher", "--format", "csv", "MATCH (g:Governor) RETURN g.name AS name ORDER BY name");
    assertThat(cypher.exitCode()).as(cypher.toString()).isZero();
    assertThat(cypher.out()).contains("Dmitry Milyaev").contains("Vladislav Shapsha");
    CliRun etl = CliRun.of("--data-dir", data.toString(), "etl", "-q", Fixtures.dir().toString());
    assertThat(etl.exitCode()).as(etl.toString()).isZero();
    CliRun sparql = CliRun.of("--data-dir", data.toString(), "sparql", "--format", "csv", "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
    assertThat(sparql.exitCode()).as(sparql.toString()).isZero();
    assertThat(sparql.out()).contains("\n2");
  }

  @Test
  void refusesANonLoopbackBindWithoutAPassword() {
    assertThatThrownBy(() -> Server.start(new Server.Config(data.resolve("other"), "0.0.0.0", 1, 1, 1, false, null)))
        .isInstanceOf(PartnergraphException.class).hasMessageContaining("set NEO4J_PASSWORD");
  }

  @Test
  void refusesASecondServerOnTheSameDataDir() {
    assertThatThrownBy(() -> Server.start(new Server.Config(data, "127.0.0.1", 1, 1, 1, false, null)))
        .hasMessageContaining("already runs");
  }
}
