package org.partnergraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.riot.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code partnergraph export}: the RDF view as a file, written atomically. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export the RDF view. nquads and trig keep one named graph per article; the others write the union.")
final class ExportCommand implements Callable<Integer> {
  enum Format {
    turtle(Lang.TURTLE), ntriples(Lang.NTRIPLES), nquads(Lang.NQUADS), trig(Lang.TRIG), jsonld(Lang.JSONLD), rdfxml(Lang.RDFXML);

    final Lang lang;

    Format(Lang lang) {
      this.lang = lang;
    }
  }

  @ParentCommand Main main;

  @Option(names = "--format", defaultValue = "turtle", description = "turtle, ntriples, nquads, trig, jsonld or rdfxml; default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = {"-o", "--output"}, description = "File to write (default: stdout).")
  Path output;

  @Override
  public Integer call() throws IOException {
    try (Stores stores = new Stores(main, true)) {
      if (output == null) {
        stores.rdf().export(format.lang, System.out);
        System.out.flush();
        return ExitCodes.OK;
      }
      OutputFiles.writeAtomically(output, out -> stores.rdf().export(format.lang, out));
      System.err.println("exported " + format + " to " + output);
    }
    return ExitCodes.OK;
  }
}
