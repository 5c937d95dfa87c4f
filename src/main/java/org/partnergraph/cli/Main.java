package org.partnergraph.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code partnergraph} command: global options and the subcommands. Exit codes: 0 ok,
 * 1 failure (bad input, unreachable or locked store, query error), 2 usage error.
 */
@Command(
    name = "partnergraph",
    mixinStandardHelpOptions = true,
    version = "partnergraph 0.1.0",
    description = "Turns news about cross-border industrial partnerships into a Neo4j graph and an RDF dataset.",
    subcommands = {
      EtlCommand.class, ExtractCommand.class, LoadCommand.class, CypherCommand.class, SparqlCommand.class,
      ExportCommand.class, StatsCommand.class, CheckCommand.class, ServeCommand.class, ChangesCommand.class, EvaluateCommand.class, TrainCommand.class, ExtractorsCommand.class, CommandLine.HelpCommand.class
    },
    footer = {"", "Exit codes: 0 ok, 1 failure, 2 usage error."})
public final class Main implements Callable<Integer> {

  @Option(
      names = "--data-dir",
      scope = ScopeType.INHERIT,
      defaultValue = "${env:PARTNERGRAPH_DATA:-./data}",
      description = "Where the embedded Neo4j store (neo4j/) and the RDF dataset (rdf/) live (env PARTNERGRAPH_DATA; default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(
      names = "--keep-alive",
      scope = ScopeType.INHERIT,
      paramLabel = "DURATION",
      converter = KeepAlive.class,
      defaultValue = "${env:PARTNERGRAPH_KEEP_ALIVE:-0}",
      description = {"cypher, sparql, stats and export start a loopback server for the data dir in the background and leave it running",
          "this long after the last query, so the next answers in about a second (env PARTNERGRAPH_KEEP_ALIVE; the launcher sets 10m; 0: off)."})
  Duration keepAlive;

  @Option(
      names = "--neo4j-uri",
      scope = ScopeType.INHERIT,
      description = "Use this Neo4j 5 server (bolt://… or neo4j://…) instead of the embedded one; credentials from NEO4J_USERNAME and NEO4J_PASSWORD.")
  URI neo4jUri;

  @Override
  public Integer call() {
    new CommandLine(this).usage(System.out);
    return ExitCodes.USAGE;
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (tests call this instead of {@link #main}). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.registerConverter(Path.class, UserPaths::normalize);
    cli.setExecutionExceptionHandler(ExitCodes::report);
    cli.setExitCodeExceptionMapper(ExitCodes::of);
    try {
      return cli.execute(args);
    } catch (Error e) { // an Error escapes picocli's handler; still one line, never a trace
      return ExitCodes.report(e, cli, null);
    }
  }
}
