package org.partnergraph.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.neo4j.driver.Record;
import org.partnergraph.model.QueryTimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code partnergraph cypher}: a query against the Neo4j view, with parameters. */
@Command(name = "cypher", mixinStandardHelpOptions = true, description = "Run a Cypher query against the Neo4j view.")
final class CypherCommand implements Callable<Integer> {
  enum Format { table, csv, json }

  @ParentCommand Main main;

  @Mixin QueryText query;

  @Mixin QueryTimeout timeout;

  @Option(names = "--format", defaultValue = "table", description = "table, csv or json (an array with one object per row); default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "A query parameter ($NAME); numbers and true/false are typed, the rest are strings.")
  Map<String, String> params = new LinkedHashMap<>();

  @Override
  public Integer call() {
    String text = query.get();
    Map<String, Object> typed = new LinkedHashMap<>();
    params.forEach((k, v) -> typed.put(k, Params.typed(v)));
    try (Stores stores = new Stores(main, true)) {
      List<Record> rows = stores.graph().query(text, typed, timeout.get());
      CypherResults.print(System.out, rows, format.name());
    } catch (QueryTimeoutException e) {
      throw timeout.explain(e);
    }
    return ExitCodes.OK;
  }
}
