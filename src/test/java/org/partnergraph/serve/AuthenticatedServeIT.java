package org.partnergraph.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.partnergraph.neo4j.EmbeddedNeo4j;
import org.partnergraph.neo4j.Neo4jGraph;

/** Bound beyond loopback, both endpoints demand the password (the test only connects to 127.0.0.1). */
class AuthenticatedServeIT {
  @TempDir Path data;

  @Test
  void aNonLoopbackBindTurnsAuthenticationOnForBoltAndSparql() throws Exception {
    String password = "s3cret-for-test";
    try (Server server = Server.start(new Server.Config(data, "0.0.0.0", EmbeddedNeo4j.freePort(), 0, EmbeddedNeo4j.freePort(), false, password))) {
      assertThatThrownBy(() -> Neo4jGraph.connect(server.info().bolt(), AuthTokens.none(), null).close())
          .hasMessageContaining("refused the credentials");
      try (Neo4jGraph g = Neo4jGraph.connect(server.info().bolt(), AuthTokens.basic("neo4j", password), null)) {
        assertThat(g.query("RETURN 1 AS one", Map.of()).get(0).get("one").asLong()).isEqualTo(1);
      }
      String url = server.info().sparql() + "/sparql?query=ASK%7B%7D";
      HttpClient http = HttpClient.newHttpClient();
      assertThat(http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
      String basic = "Basic " + Base64.getEncoder().encodeToString(("neo4j:" + password).getBytes());
      assertThat(http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", basic).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }
  }
}
