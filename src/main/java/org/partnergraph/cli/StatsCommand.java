package org.partnergraph.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.partnergraph.model.Iris;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code partnergraph stats}: what the two views hold. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Counts per label, relationship type and named graph.")
final class StatsCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Override
  public Integer call() {
    try (Stores stores = new Stores(main, true)) {
      System.out.println("Neo4j nodes by label");
      print(GraphCounts.byLabel(stores.graph()));
      System.out.println("Neo4j relationships by type");
      print(GraphCounts.byType(stores.graph()));
      Map<String, Long> graphs = stores.rdf().graphSizes();
      System.out.printf("RDF named graphs: %d, triples: %d%n", graphs.size(), graphs.values().stream().mapToLong(Long::longValue).sum());
      graphs.forEach((g, n) -> System.out.printf("  %-40s %8d%n", Iris.articleIdOfGraph(g) == null ? g : Iris.articleIdOfGraph(g), n));
    }
    return ExitCodes.OK;
  }

  private static void print(Map<String, Long> counts) {
    counts.forEach((k, v) -> System.out.printf("  %-20s %8d%n", k, v));
  }
}
