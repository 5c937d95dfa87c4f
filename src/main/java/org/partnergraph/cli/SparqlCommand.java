package org.partnergraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.partnergraph.model.QueryTimeoutException;
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

  @Mixin QueryTimeout timeout;

  @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or json (W3C SPARQL results JSON); default: ${DEFAULT-VALUE}.")
  Format format;

  @Override
  public Integer call() throws IOException {
    String text = query.get();
    Query parsed = selectOrNull(text);
    try (Stores stores = new Stores(main, true)) {
      if (format == Format.table && parsed != null) {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        stores.rdf().query(text, SparqlFormat.JSON, timeout.get(), json);
        SparqlTable.print(System.out, json.toByteArray(), parsed.getPrefixMapping());
      } else {
        stores.rdf().query(text, SparqlFormat.valueOf(format.name().toUpperCase()), timeout.get(), System.out);
      }
      System.out.flush();
    } catch (QueryTimeoutException e) {
      throw timeout.explain(e);
    }
    return ExitCodes.OK;
  }

  /** The query when it is a SELECT that parses; otherwise the store runs it and reports any error. */
  private static Query selectOrNull(String text) {
    try {
      Query q = QueryFactory.create(text);
      return q.isSelectType() ? q : null;
    } catch (RuntimeException e) {
      return null;
    }
  }
}
