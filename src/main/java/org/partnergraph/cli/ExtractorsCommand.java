package org.partnergraph.cli;

import java.util.concurrent.Callable;
import org.partnergraph.extract.Extractors;
import picocli.CommandLine.Command;

/** {@code partnergraph extractors}: the names {@code --extractor} and {@code evaluate --compare} take. */
@Command(name = "extractors", mixinStandardHelpOptions = true,
    description = "List the extractors by the names --extractor and evaluate --compare take; the default is marked.")
final class ExtractorsCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    for (String name : Extractors.names()) {
      System.out.println(name + (name.equals(Extractors.DEFAULT) ? "  (default)" : ""));
    }
    return ExitCodes.OK;
  }
}
