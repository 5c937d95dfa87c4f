package org.partnergraph.neo4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.neo4j.driver.AuthTokens;

/**
 * One real embedded Neo4j per test JVM (starting one costs seconds), shut down when the JVM's
 * tests are done. Tests get a driver-backed {@link Neo4jGraph} on it and wipe it as they need.
 */
public final class SharedNeo4j implements BeforeAllCallback {
  private static EmbeddedNeo4j server;

  @Override
  public synchronized void beforeAll(ExtensionContext context) throws IOException {
    if (server == null) {
      Path home = Files.createTempDirectory("pg-neo4j-it");
      server = EmbeddedNeo4j.start(home);
      context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
          .put("partnergraph-neo4j", (ExtensionContext.Store.CloseableResource) () -> server.close());
    }
  }

  public static String uri() {
    return server.boltUri();
  }

  /** A new connection to the shared server (close it; the server stays up). */
  public static Neo4jGraph graph() {
    return Neo4jGraph.connect(uri(), AuthTokens.none(), null);
  }

  public static void wipe() {
    try (Neo4jGraph g = graph()) {
      g.query("MATCH (n) DETACH DELETE n", Map.of());
    }
  }
}
