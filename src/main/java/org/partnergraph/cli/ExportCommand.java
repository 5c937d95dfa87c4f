package org.partnergraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.apache.jena.riot.Lang;
import org.partnergraph.model.PartnergraphException;
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
    try (Stores stores = new Stores(main)) {
      if (output == null) {
        stores.rdf().export(format.lang, System.out);
        System.out.flush();
        return ExitCodes.OK;
      }
      Path parent = output.toAbsolutePath().getParent();
      Path temp = Files.createTempFile(parent, ".export", ".tmp");
      try {
        try (OutputStream out = Files.newOutputStream(temp)) {
          stores.rdf().export(format.lang, out);
        }
        Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        throw new PartnergraphException("cannot write " + output + ": " + e.getMessage(), e);
      } finally {
        Files.deleteIfExists(temp);
      }
      System.err.println("exported " + format + " to " + output);
    }
    return ExitCodes.OK;
  }
}
