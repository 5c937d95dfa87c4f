package org.partnergraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.partnergraph.extract.RuleExtractor;
import org.partnergraph.model.FactSink;
import org.partnergraph.neo4j.Neo4jLoader;
import org.partnergraph.pipeline.Pipeline;
import org.partnergraph.pipeline.Progress;
import org.partnergraph.pipeline.RunSummary;
import org.partnergraph.rdf.ShapeGate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code partnergraph etl PATH...}: read, extract and load into both views. */
@Command(name = "etl", mixinStandardHelpOptions = true,
    description = "Read articles (.txt, .jsonl, .html; files or folders), extract facts and load them into Neo4j and the RDF store.")
final class EtlCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
  List<Path> inputs;

  @Option(names = "--batch-size", defaultValue = "" + Neo4jLoader.DEFAULT_BATCH, description = "Articles per Neo4j transaction (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(names = {"-q", "--quiet"}, description = "No progress lines.")
  boolean quiet;

  @Override
  public Integer call() {
    try (Stores stores = new Stores(main)) {
      Neo4jLoader loader = new Neo4jLoader(stores.graph(), batchSize);
      List<FactSink> sinks = List.of(loader, stores.rdf());
      Progress progress = quiet ? Progress.silent() : new Progress(System.err, "etl");
      RunSummary summary = new Pipeline(sinks, new ShapeGate(), progress).etl(inputs, new RuleExtractor());
      return Summaries.print(System.out, System.err, "etl", summary, stores);
    }
  }
}
