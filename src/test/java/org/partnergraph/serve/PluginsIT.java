package org.partnergraph.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.partnergraph.neo4j.EmbeddedNeo4j;
import org.partnergraph.neo4j.Neo4jGraph;

/** With plugins/ present (scripts/fetch-plugins.sh), serve's Neo4j has APOC and neosemantics. */
class PluginsIT {
  @TempDir Path data;

  @Test
  void apocAndNeosemanticsProceduresAreAvailable() {
    assumeTrue(Files.isRegularFile(Path.of("plugins/apoc-core-5.26.19.jar")) && Files.isRegularFile(Path.of("plugins/neosemantics-5.1.0.0.jar")),
        "skipped: no plugins/ folder (run scripts/fetch-plugins.sh; .ci/run does)");
    try (Server server = Server.start(new Server.Config(data, "127.0.0.1", EmbeddedNeo4j.freePort(), 0, EmbeddedNeo4j.freePort(), false, null));
        Neo4jGraph g = Neo4jGraph.connect(server.info().bolt(), AuthTokens.none(), null)) {
      assertThat(g.query("RETURN apoc.version() AS v", Map.of()).get(0).get("v").asString()).startsWith("5.26");
      g.query("CREATE CONSTRAINT n10s_unique_uri IF NOT EXISTS FOR (r:Resource) REQUIRE r.uri IS UNIQUE", Map.of());
      g.query("CALL n10s.graphconfig.init()", Map.of());
      long imported = g.query("CALL n10s.rdf.import.inline('<urn:a> <urn:b> <urn:c> .', 'N-Triples') YIELD triplesLoaded RETURN triplesLoaded",
          Map.of()).get(0).get("triplesLoaded").asLong();
      assertThat(imported).isEqualTo(1);
    }
  }
}
