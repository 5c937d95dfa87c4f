package org.partnergraph.cli;

import org.partnergraph.neo4j.Neo4jGraph;
import org.partnergraph.rdf.TdbStore;

/** Opens the two views a command needs, in the data dir or on the given server, and closes both. */
final class Stores implements AutoCloseable {
  private final Main main;
  private Neo4jGraph graph;
  private TdbStore rdf;

  Stores(Main main) {
    this.main = main;
  }

  Neo4jGraph graph() {
    if (graph == null) {
      graph = Neo4jGraph.open(main.dataDir, main.neo4jUri);
    }
    return graph;
  }

  TdbStore rdf() {
    if (rdf == null) {
      rdf = TdbStore.open(main.dataDir.resolve("rdf"));
    }
    return rdf;
  }

  @Override
  public void close() {
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
