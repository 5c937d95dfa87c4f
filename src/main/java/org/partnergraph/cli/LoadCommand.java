package org.partnergraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.partnergraph.neo4j.Neo4jLoader;
import org.partnergraph.pipeline.Pipeline;
import org.partnergraph.pipeline.Progress;
import org.partnergraph.pipeline.RunSummary;
import org.partnergraph.rdf.ShapeGate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code partnergraph load FACTS.jsonl...}: the second half of the ETL, for facts from any extractor. */
@Command(name = "load", mixinStandardHelpOptions = true,
    description = "Validate facts files (ontology/facts.schema.json) and load them into Neo4j and the RDF store.")
final class LoadCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Parameters(arity = "1..*", paramLabel = "FACTS.jsonl", description = "Facts files written by `extract` or another extractor.")
  List<Path> files;

  @Option(names = {"-q", "--quiet"}, description = "No progress lines.")
  boolean quiet;

  @Mixin FactsLimit limit;

  @Override
  public Integer call() {
    try (org.partnergraph.pipeline.RunLock lock = org.partnergraph.pipeline.RunLock.acquire(main.dataDir); Stores stores = new Stores(main)) {
      Progress progress = quiet ? Progress.silent() : new Progress(System.err, "load");
      RunSummary summary = limit.applyTo(new Pipeline(List.of(new Neo4jLoader(stores.graph()), stores.rdf()), new ShapeGate(), progress))
          .load(files);
      return Summaries.print(System.out, System.err, "load", summary, stores);
    }
  }
}
