package org.partnergraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.partnergraph.extract.RuleExtractor;
import org.partnergraph.facts.FactsFileWriter;
import org.partnergraph.model.PartnergraphException;
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

  @Override
  public Integer call() throws IOException {
    boolean toStdout = output.equals("-");
    Path target = toStdout ? null : Path.of(output);
    Path temp = toStdout ? null : Files.createTempFile(target.toAbsolutePath().getParent(), ".facts", ".tmp");
    try (OutputStream out = toStdout ? System.out : Files.newOutputStream(temp);
        FactsFileWriter writer = new FactsFileWriter(out, !toStdout)) {
      RunSummary summary = limits.applyTo(new Pipeline(List.of(writer), new ShapeGate(), toStdout ? Progress.silent() : new Progress(System.err, "extract")))
          .etl(inputs, new RuleExtractor());
      writer.flush();
      if (!toStdout) {
        Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      }
      Summaries.problems(System.err, summary);
      System.err.printf("extract: %d articles, %d entities, %d relations%s%n", summary.articlesLoaded(), summary.entities(), summary.relations(),
          toStdout ? "" : " -> " + target);
      return summary.clean() ? ExitCodes.OK : ExitCodes.FAILURE;
    } catch (IOException e) {
      throw new PartnergraphException("cannot write " + output + ": " + e.getMessage(), e);
    } finally {
      if (temp != null) {
        Files.deleteIfExists(temp);
      }
    }
  }
}
