package org.partnergraph.cli;

import java.util.concurrent.Callable;
import org.partnergraph.rdf.SparqlFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code partnergraph sparql}: a query against the RDF view (default graph = union of articles). */
@Command(name = "sparql", mixinStandardHelpOptions = true,
    description = "Run a SPARQL query against the RDF view; the default graph is the union of all article graphs.")
final class SparqlCommand implements Callable<Integer> {
  enum Format { table, csv, tsv, json }

  @ParentCommand Main main;

  @Mixin QueryText query;

  @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or json (W3C SPARQL results JSON); default: ${DEFAULT-VALUE}.")
  Format format;

  @Override
  public Integer call() {
    String text = query.get();
    try (Stores stores = new Stores(main, true)) {
      stores.rdf().query(text, SparqlFormat.valueOf(format.name().toUpperCase()), System.out);
      System.out.flush();
    }
    return ExitCodes.OK;
  }
}
