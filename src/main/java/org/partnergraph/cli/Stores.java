package org.partnergraph.cli;

import java.util.Optional;
import org.neo4j.driver.AuthTokens;
import org.partnergraph.neo4j.Neo4jGraph;
import org.partnergraph.rdf.RdfView;
import org.partnergraph.rdf.RemoteRdfStore;
import org.partnergraph.rdf.TdbStore;
import org.partnergraph.serve.ServeInfo;

/**
 * Opens the two views a command needs and closes both: the stores in the data dir, or, while
 * {@code partnergraph serve} runs on that data dir, the server's Bolt and SPARQL endpoints.
 */
final class Stores implements AutoCloseable {
  private final Main main;
  private Neo4jGraph graph;
  private final Optional<ServeInfo> server;
  private RdfView rdf;

  Stores(Main main) {
    this(main, false);
  }

  /**
   * @param query whether the command only reads: then, with a keep-alive and no server running, a
   *     server is started in the background for this and the next queries
   */
  Stores(Main main, boolean query) {
    this.main = main;
    boolean background = query && main.neo4jUri == null && !main.keepAlive.isZero();
    this.server = background ? BackgroundServer.ensure(main.dataDir, main.keepAlive) : ServeInfo.running(main.dataDir);
    server.ifPresent(s -> ServeInfo.touch(main.dataDir));
  }

  /** Whether a {@code serve} on the data dir holds the stores, so this command goes through it. */
  boolean served() {
    return server.isPresent();
  }

  Neo4jGraph graph() {
    if (graph == null) {
      if (main.neo4jUri == null && server.isPresent()) {
        String password = System.getenv("NEO4J_PASSWORD");
        graph = Neo4jGraph.connect(server.get().bolt(),
            password == null ? AuthTokens.none() : AuthTokens.basic(System.getenv().getOrDefault("NEO4J_USERNAME", "neo4j"), password), null);
      } else {
        graph = Neo4jGraph.open(main.dataDir, main.neo4jUri);
      }
    }
    return graph;
  }

  RdfView rdf() {
    if (rdf == null) {
      rdf = server
          .<RdfView>map(s -> new RemoteRdfStore(s.sparql(), s.ingestUser(), s.ingestPassword()))
          .orElseGet(() -> TdbStore.open(main.dataDir.resolve("rdf")));
    }
    return rdf;
  }

  @Override
  public void close() {
    server.ifPresent(s -> ServeInfo.touch(main.dataDir)); // a long query counts as use until it ends
    try {
      if (rdf != null) {
        rdf.close();
      }
    } finally {
      if (graph != null) {
        graph.close();
      }
    }
  }
}
