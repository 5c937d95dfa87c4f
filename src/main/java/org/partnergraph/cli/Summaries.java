package org.partnergraph.cli;

import java.io.PrintStream;
import java.util.Map;
import org.partnergraph.model.Messages;
import org.partnergraph.pipeline.RunSummary;

/** The one-screen summary after {@code etl} and {@code load}. */
final class Summaries {
  private Summaries() {}

  static int print(PrintStream out, PrintStream err, String what, RunSummary s, Stores stores) {
    return print(out, err, what, s, stores, -1);
  }

  /** {@code evidence not in article 2, wrong types 1}. */
  static String guards(Map<String, Long> droppedByGuard) {
    StringBuilder line = new StringBuilder();
    droppedByGuard.forEach((why, n) -> line.append(line.length() == 0 ? "" : ", ").append(why).append(' ').append(n));
    return line.toString();
  }

  /** One line per problem, whatever the input put into ids and names. */
  static void problems(PrintStream err, RunSummary s) {
    s.rejected().forEach(r -> err.println("rejected: " + Messages.oneLine(r)));
    s.violations().forEach(v -> err.println("dropped by shapes: " + Messages.oneLine(v)));
    s.notes().forEach(n -> err.println("note: " + Messages.oneLine(n)));
  }

  static int print(PrintStream out, PrintStream err, String what, RunSummary s, Stores stores, int changes) {
    return print(out, err, what, s, stores, changes, Map.of(), "");
  }

  /** @param droppedByGuard facts the extractor's guards dropped, by reason; a line only when there are some */
  static int print(PrintStream out, PrintStream err, String what, RunSummary s, Stores stores, int changes, Map<String, Long> droppedByGuard,
      String extractorUsage) {
    problems(err, s);
    out.printf("%s finished in %.1f s%n", what, s.total().toMillis() / 1000.0);
    out.printf("  articles   %d read, %d loaded, %d rejected, %d files skipped%n", s.articlesRead(), s.articlesLoaded(), s.rejected().size(), s.filesSkipped());
    out.printf("             %d new, %d changed, %d unchanged (skipped), %d retracted%n", s.added(), s.changed(), s.unchanged(), s.retracted());
    out.printf("  this run   the loaded articles name %d entities and state %d facts (%d dropped by shapes)%n", s.entities(), s.relations(), s.violations().size());
    if (!droppedByGuard.isEmpty()) {
      out.println("             dropped by guard: " + guards(droppedByGuard));
    }
    if (!extractorUsage.isEmpty()) {
      out.println("  extractor  " + extractorUsage);
    }
    if (stores == null) {
      out.println("  stores     nothing to write: Neo4j and the RDF store were not opened");
    } else {
      Map<String, Long> graph = GraphCounts.totals(stores.graph());
      out.printf("  neo4j      %d nodes (%d entities, %d articles), %d fact edges (a fact several articles state is one edge), %d MENTIONS edges%n",
          graph.get("nodes"), graph.get("entities"), graph.get("articles"), graph.get("facts"), graph.get("relationships") - graph.get("facts"));
      out.printf("  rdf        %d triples in %d article graphs%n", stores.rdf().tripleCount(), stores.rdf().graphSizes().size());
    }
    if (changes >= 0) {
      out.printf("  changes    %d in the graph (partnerships, governors, figures): partnergraph changes --since last-run%n", changes);
    }
    StringBuilder stages = new StringBuilder();
    s.stages().forEach((k, v) -> stages.append(String.format("%s %.1f s, ", k, v.toMillis() / 1000.0)));
    if (stages.length() > 0) {
      out.println("  time       " + stages.substring(0, stages.length() - 2));
    }
    return s.clean() ? ExitCodes.OK : ExitCodes.FAILURE;
  }
}
