package org.partnergraph.cli;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.partnergraph.model.PartnergraphException;
import org.partnergraph.serve.Server;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code partnergraph serve}: Neo4j Browser, Bolt and a SPARQL endpoint until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the data dir: Neo4j (Bolt, HTTP and Neo4j Browser) and a SPARQL endpoint, until Ctrl-C.",
        "While it runs, etl, load, cypher, sparql, export and stats on the same data dir go through it."})
final class ServeCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}); anything but loopback needs a password.")
  String bind;

  @Option(names = "--bolt-port", defaultValue = "7687", description = "Bolt port (default: ${DEFAULT-VALUE}).")
  int boltPort;

  @Option(names = "--http-port", defaultValue = "7474", description = "Neo4j HTTP and Browser port (default: ${DEFAULT-VALUE}).")
  int httpPort;

  @Option(names = "--sparql-port", defaultValue = "3030", description = "SPARQL endpoint port (default: ${DEFAULT-VALUE}).")
  int sparqlPort;

  @Option(names = "--sparql-update", description = "Allow SPARQL Update and Graph Store writes on the public endpoint (off: read-only).")
  boolean sparqlUpdate;

  @Option(names = "--password-file", paramLabel = "FILE", description = "File whose first line is the password for user neo4j (else NEO4J_PASSWORD); required for a non-loopback bind.")
  Path passwordFile;

  @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "10m", converter = KeepAlive.class,
      description = "Stop any Cypher transaction or SPARQL query that runs longer than this on the server, so an abandoned query ends (0: no limit); default: ${DEFAULT-VALUE}.")
  Duration timeout;

  @Option(names = "--idle-exit", paramLabel = "DURATION", converter = KeepAlive.class,
      description = "Stop after no command has used the data dir for this long (10m, 90s; how a background server started by a query ends).")
  Duration idleExit;

  @Override
  public Integer call() throws InterruptedException {
    String password = password();
    Server server = Server.start(new Server.Config(main.dataDir, bind, boltPort, httpPort, sparqlPort, sparqlUpdate, password, timeout));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.err.println("partnergraph: shutting down…");
      server.close();
      stopped.countDown();
    }, "partnergraph-shutdown"));
    var info = server.info();
    System.out.println("partnergraph is serving " + main.dataDir.toAbsolutePath());
    boolean auth = info.authenticated();
    // the query string pre-fills the Browser's connect form: one click instead of typing the address
    String browser = info.browser() + "?dbms=" + URLEncoder.encode(info.bolt(), StandardCharsets.UTF_8) + (auth ? "" : "&preselectAuthMethod=NO_AUTH");
    System.out.println("  Neo4j Browser  " + browser + "  (connect to " + info.bolt() + (auth ? ", user neo4j)" : ", no authentication)"));
    System.out.println("  Bolt           " + info.bolt());
    System.out.println("  SPARQL         " + info.sparql() + "/sparql" + (sparqlUpdate ? "  (update: " + info.sparql() + "/update)" : "  (read-only)"));
    System.out.println(idleExit == null ? "Press Ctrl-C to stop." : "Stops after " + idleExit.toSeconds() + " s without a query.");
    System.out.flush();
    if (idleExit != null) {
      Thread watch = new Thread(() -> {
        long every = Math.max(200, Math.min(5_000, idleExit.toMillis() / 4));
        while (stopped.getCount() > 0) {
          try {
            Thread.sleep(every);
          } catch (InterruptedException e) {
            return;
          }
          if (server.idle(idleExit)) {
            System.out.println("partnergraph: idle for " + idleExit.toSeconds() + " s, stopping");
            System.exit(ExitCodes.OK); // the shutdown hook closes the stores
          }
        }
      }, "partnergraph-idle-exit");
      watch.setDaemon(true);
      watch.start();
    }
    stopped.await();
    return ExitCodes.OK;
  }

  private String password() {
    if (passwordFile != null) {
      try {
        String first = Files.readAllLines(passwordFile).stream().findFirst().orElse("").strip();
        if (first.isEmpty()) {
          throw new PartnergraphException(passwordFile + ": the password file is empty");
        }
        return first;
      } catch (IOException e) {
        throw new PartnergraphException("cannot read the password file " + passwordFile + ": " + e.getMessage(), e);
      }
    }
    String env = System.getenv("NEO4J_PASSWORD");
    return env == null || env.isBlank() ? null : env;
  }
}
