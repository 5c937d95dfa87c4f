package org.partnergraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.partnergraph.extract.Extractor;
import org.partnergraph.model.FactSink;
import org.partnergraph.neo4j.GraphState;
import org.partnergraph.neo4j.Neo4jLoader;
import org.partnergraph.pipeline.ChangeLog;
import org.partnergraph.pipeline.DeferredSink;
import org.partnergraph.pipeline.Ledger;
import org.partnergraph.pipeline.Pipeline;
import org.partnergraph.pipeline.Progress;
import org.partnergraph.pipeline.RunLock;
import org.partnergraph.pipeline.RunSummary;
import org.partnergraph.pipeline.ViewCheck;
import org.partnergraph.rdf.ShapeGate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code partnergraph etl PATH...}: read, extract and load into both views, incrementally. */
@Command(name = "etl", mixinStandardHelpOptions = true,
    description = {"Read articles (.txt, .jsonl, .html; files or folders), extract facts and load them into Neo4j and the RDF store.",
        "Incremental: articles loaded before and unchanged are skipped (see <data-dir>/ledger.jsonl); changed ones replace their facts."})
final class EtlCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
  List<Path> inputs;

  @Option(names = "--batch-size", defaultValue = "" + Pipeline.DEFAULT_BATCH, description = "Articles per commit (one Neo4j transaction; default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(names = "--prune", description = "Retract the facts of articles loaded before that are no longer in the input.")
  boolean prune;

  @Option(names = "--full", description = "Ignore the ledger: extract and load every article again.")
  boolean full;

  @Option(names = "--report", paramLabel = "FILE", description = "Write a JSON run report (counts, rejections, facts per type, stage times).")
  Path report;

  @Option(names = {"-q", "--quiet"}, description = "No progress lines.")
  boolean quiet;

  @Mixin InputLimits limits;

  @Mixin ExtractorOption extractor;

  @Override
  public Integer call() {
    Extractor chosen = extractor.extractor(); // an unknown name is a usage error before any store opens
    try (RunLock lock = RunLock.acquire(main.dataDir); Stores stores = new Stores(main)) {
      Ledger ledger = Ledger.open(main.dataDir.resolve("ledger.jsonl"));
      if (full) {
        ledger.forgetAll();
      } else if (ledger.size() > 0) {
        healLostStores(ledger, stores);
      }
      var before = new Object() {
        Map<String, Long> types = Map.of();
        Map<String, String> state = Map.of();
      };
      // the stores open only when there is something to write: a no-op night starts no database
      DeferredSink neo4j = new DeferredSink("neo4j", () -> {
        before.types = GraphCounts.byType(stores.graph());
        before.state = GraphState.of(stores.graph());
        return new Neo4jLoader(stores.graph());
      });
      DeferredSink rdf = new DeferredSink("rdf", stores::rdf);
      Progress progress = quiet ? Progress.silent() : new Progress(System.err, "etl").alongside(chosen::usage);
      RunSummary summary = limits.applyTo(new Pipeline(List.<FactSink>of(neo4j, rdf), new ShapeGate(), progress))
          .batchSize(batchSize)
          .incremental(ledger, prune)
          .etl(inputs, chosen);
      List<ChangeLog.Change> changes = List.of();
      Map<String, Long> typesAfter = before.types;
      ChangeLog changeLog = new ChangeLog(main.dataDir.resolve("changes.jsonl"));
      if (neo4j.opened()) {
        changes = changeLog.record(before.state, GraphState.of(stores.graph()));
        typesAfter = GraphCounts.byType(stores.graph());
      } else {
        changeLog.record(Map.of(), Map.of());
      }
      if (ledger.size() > 0) {
        storesInDataDir().forEach(store -> ViewCheck.markLoaded(main.dataDir.resolve(store)));
      }
      if (report != null) {
        RunReports.write(report, summary, before.types, typesAfter, changes, chosen.dropped());
      }
      return Summaries.print(System.out, System.err, "etl", summary, neo4j.opened() ? stores : null, changes.size(), chosen.dropped(), chosen.usage());
    }
  }

  /**
   * The cheap check, opening nothing: a store folder deleted (or recreated empty) while the ledger
   * still records articles would otherwise leave that view empty night after night ("nothing to
   * write"). Forgetting the ledger loads the whole input into both views again, which is
   * idempotent for the view that kept its data.
   */
  private void healLostStores(Ledger ledger, Stores stores) {
    if (stores.served()) {
      return; // the server holds the stores open: a folder deleted under it is its problem, not this run's
    }
    for (String store : storesInDataDir()) {
      if (ViewCheck.lostStore(main.dataDir.resolve(store))) {
        System.err.printf("etl: the %s store at %s was deleted or recreated since the ledger recorded %,d article(s): loading every article again%n",
            store, main.dataDir.resolve(store), ledger.size());
        ledger.forgetAll();
        return;
      }
    }
  }

  /** The stores kept in the data dir (directly, or by a serve on it): Neo4j unless --neo4j-uri names another. */
  private List<String> storesInDataDir() {
    return main.neo4jUri == null ? List.of("neo4j", "rdf") : List.of("rdf");
  }
}
