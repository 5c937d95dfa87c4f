package org.partnergraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.partnergraph.neo4j.EmbeddedNeo4j;
import org.partnergraph.neo4j.Neo4jGraph;

/**
 * A loopback {@code serve} without a password is still not open to the web: a page on another
 * site (foreign {@code Origin}) or reached through a rebound DNS name (foreign {@code Host})
 * cannot read or write either view over HTTP or Bolt's WebSocket, and no response invites every origin.
 */
class LocalOnlyServeIT {
  private static final String EVIL_ORIGIN = "http://evil.example";
  @TempDir static Path data;
  static Server server;
  static int sparqlPort;
  static int httpPort;

  @BeforeAll
  static void serveWithSparqlUpdateOn() {
    server = Server.start(new Server.Config(data, "127.0.0.1", EmbeddedNeo4j.freePort(), EmbeddedNeo4j.freePort(), EmbeddedNeo4j.freePort(), true, null));
    sparqlPort = URI.create(server.info().sparql()).getPort();
    httpPort = URI.create(server.info().browser()).getPort();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  private static RawHttp sparqlUpdate(Map<String, String> headers, String subject) throws Exception {
    return RawHttp.send(sparqlPort, "POST", "/partnergraph/update",
        with(headers, "Content-Type", "application/sparql-update"), "INSERT DATA { GRAPH <urn:g> { <" + subject + "> <urn:p> <urn:o> } }");
  }

  private static boolean sparqlHas(String subject) throws Exception {
    String q = "ASK { GRAPH ?g { <" + subject + "> ?p ?o } }";
    RawHttp r = RawHttp.send(sparqlPort, "GET", "/partnergraph/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
        Map.of("Accept", "application/sparql-results+json"), null);
    assertThat(r.status()).as(r.head()).isEqualTo(200);
    return r.body().replace(" ", "").contains("\"boolean\":true");
  }

  private static Map<String, String> with(Map<String, String> headers, String k, String v) {
    java.util.Map<String, String> m = new java.util.LinkedHashMap<>(headers);
    m.put(k, v);
    return m;
  }

  @Test
  void sparqlRefusesAForeignOriginAndWritesNothing() throws Exception {
    RawHttp r = sparqlUpdate(Map.of("Origin", EVIL_ORIGIN), "urn:from-evil-origin");
    assertThat(r.status()).as(r.head()).isEqualTo(403);
    assertThat(sparqlHas("urn:from-evil-origin")).isFalse();
  }

  @Test
  void sparqlRefusesAForeignHostAndWritesNothing() throws Exception {
    RawHttp r = sparqlUpdate(Map.of("Host", "evil.example:" + sparqlPort), "urn:from-evil-host");
    assertThat(r.status()).as(r.head()).isEqualTo(403);
    assertThat(sparqlHas("urn:from-evil-host")).isFalse();
  }

  @Test
  void sparqlAnswersLoopbackNamesAndItsOwnPages() throws Exception {
    for (String host : LocalOrigins.LOOPBACK_NAMES) {
      RawHttp r = sparqlUpdate(Map.of("Host", host + ":" + sparqlPort, "Origin", "http://" + host + ":" + httpPort), "urn:from-" + host.replaceAll("[^a-z0-9]", ""));
      assertThat(r.status()).as(host + ": " + r.head()).isBetween(200, 299);
    }
    assertThat(sparqlHas("urn:from-localhost")).isTrue();
    RawHttp guide = RawHttp.send(sparqlPort, "GET", GuideServlet.PATH, Map.of("Origin", "http://127.0.0.1:" + httpPort), null);
    assertThat(guide.status()).isEqualTo(200);
    assertThat(guide.header("Access-Control-Allow-Origin")).isEqualTo("http://127.0.0.1:" + httpPort);
  }

  @Test
  void theGuidesPreflightAllowsTheHeadersNeo4jBrowserSends() throws Exception {
    String browserOrigin = "http://127.0.0.1:" + httpPort;
    RawHttp preflight = RawHttp.send(sparqlPort, "OPTIONS", GuideServlet.PATH, Map.of("Origin", browserOrigin,
        "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "cache-control,pragma"), null);
    assertThat(preflight.status()).as(preflight.head()).isBetween(200, 299);
    assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(browserOrigin);
    assertThat(preflight.header("Access-Control-Allow-Headers")).containsIgnoringCase("Cache-Control").containsIgnoringCase("Pragma");
  }

  @Test
  void noSparqlResponseInvitesEveryOrigin() throws Exception {
    RawHttp r = RawHttp.send(sparqlPort, "GET", "/partnergraph/sparql?query=ASK%7B%7D", Map.of(), null);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Access-Control-Allow-Origin")).isNull();
    RawHttp guide = RawHttp.send(sparqlPort, "GET", GuideServlet.PATH, Map.of(), null);
    assertThat(guide.header("Access-Control-Allow-Origin")).isNull();
  }

  @Test
  void neo4jHttpRunsNoCypherForAForeignPageOrHost() throws Exception {
    String create = "{\"statements\":[{\"statement\":\"CREATE (:PlantedByAWebPage)\"}]}";
    for (Map<String, String> headers : java.util.List.of(
        Map.of("Origin", EVIL_ORIGIN), Map.of("Host", "evil.example:" + httpPort), Map.<String, String>of())) {
      RawHttp r = RawHttp.send(httpPort, "POST", "/db/neo4j/tx/commit", with(headers, "Content-Type", "application/json"), create);
      assertThat(r.status()).as(headers + ": " + r.head() + r.body()).isBetween(400, 499);
      assertThat(r.header("Access-Control-Allow-Origin")).isNotEqualTo("*");
    }
    try (Neo4jGraph g = Neo4jGraph.connect(server.info().bolt(), AuthTokens.none(), null)) {
      assertThat(g.query("MATCH (n:PlantedByAWebPage) RETURN count(n) AS n", Map.of()).get(0).get("n").asLong()).isZero();
    }
  }

  @Test
  void boltOverWebSocketRefusesAForeignPageAndAcceptsTheBrowsersOwn() throws Exception {
    int bolt = URI.create(server.info().bolt().replace("bolt://", "http://")).getPort();
    assertThat(RawHttp.webSocketUpgrade(bolt, Map.of("Origin", EVIL_ORIGIN))).isEqualTo(403);
    assertThat(RawHttp.webSocketUpgrade(bolt, Map.of("Host", "evil.example:" + bolt))).isEqualTo(403);
    assertThat(RawHttp.webSocketUpgrade(bolt, Map.of("Origin", "http://127.0.0.1:" + httpPort))).isEqualTo(101);
    assertThat(RawHttp.webSocketUpgrade(bolt, Map.of("Origin", "http://localhost:" + httpPort, "Host", "localhost:" + bolt))).isEqualTo(101);
  }

  @Test
  void neo4jBrowserIsStillServedWithoutAWildcardCorsHeader() throws Exception {
    RawHttp page = RawHttp.send(httpPort, "GET", "/browser/", Map.of("Origin", EVIL_ORIGIN), null);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Access-Control-Allow-Origin")).isNotEqualTo("*");
    RawHttp discovery = RawHttp.send(httpPort, "GET", "/", Map.of("Accept", "application/json"), null);
    assertThat(discovery.body()).contains("bolt");
  }
}
