package org.partnergraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.partnergraph.extract.Extractor;
import org.partnergraph.facts.FactsFileWriter;
import org.partnergraph.pipeline.Pipeline;
import org.partnergraph.pipeline.Progress;
import org.partnergraph.pipeline.RunSummary;
import org.partnergraph.rdf.ShapeGate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code partnergraph extract PATH... -o facts.jsonl}: the first half of the ETL; touches no store. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract facts from articles into the facts interchange format (JSON Lines), without loading them.")
final class ExtractCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
  List<Path> inputs;

  @Option(names = {"-o", "--output"}, defaultValue = "-", description = "Facts file to write, or - for stdout (default).")
  String output;

  @Mixin InputLimits limits;

  @Mixin ExtractorOption extractor;

  @Override
  public Integer call() throws IOException {
    extractor.extractor(); // an unknown name is a usage error before any file is written
    if (output.equals("-")) {
      return extract(System.out, null);
    }
    Path target = Path.of(output);
    int[] exit = new int[1];
    OutputFiles.writeAtomically(target, out -> exit[0] = extract(out, target));
    return exit[0];
  }

  /** Extracts into {@code out}; {@code target} names the file it becomes, or null for stdout. */
  private int extract(OutputStream out, Path target) throws IOException {
    try (FactsFileWriter writer = new FactsFileWriter(out, false)) {
      Extractor chosen = extractor.extractor();
      RunSummary summary = limits.applyTo(new Pipeline(List.of(writer), new ShapeGate(), target == null ? Progress.silent() : new Progress(System.err, "extract")))
          .etl(inputs, chosen);
      writer.flush();
      Summaries.problems(System.err, summary);
      System.err.printf("extract: %d articles, %d entities, %d relations%s%n", summary.articlesLoaded(), summary.entities(), summary.relations(),
          target == null ? "" : " -> " + target);
      if (!chosen.usage().isEmpty()) {
        System.err.println("extract: " + chosen.usage());
      }
      if (!chosen.dropped().isEmpty()) {
        System.err.println("extract: dropped by guard: " + Summaries.guards(chosen.dropped()));
      }
      return summary.clean() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
  }
}
