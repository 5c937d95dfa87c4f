package org.partnergraph.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partnergraph.neo4j.EmbeddedNeo4j;
import org.partnergraph.serve.ServeInfo;

/**
 * Starts {@code partnergraph serve} for a data dir in the background, loopback only, so that the
 * next queries connect to a running DBMS in about a second instead of starting and stopping an
 * embedded one (10–20 s) each time. The server stops by itself after the data dir has had no
 * client for the keep-alive, or when its {@code serve.json} goes. Two commands starting at once
 * serialise on a lock file, and the second finds the first one's server.
 */
final class BackgroundServer {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
  private static final String LOCK = "serve.start.lock";

  private BackgroundServer() {}

  /** The server for the data dir: the running one, or one started now; empty if it could not start. */
  static Optional<ServeInfo> ensure(Path dataDir, Duration keepAlive) {
    Optional<ServeInfo> running = ServeInfo.running(dataDir);
    if (running.isPresent()) {
      return running;
    }
    try {
      Files.createDirectories(dataDir);
      try (FileChannel channel = FileChannel.open(dataDir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock lock = channel.lock()) {
        running = ServeInfo.running(dataDir);
        if (running.isPresent()) {
          return running; // another command started it while this one waited
        }
        return start(dataDir, keepAlive);
      }
    } catch (IOException e) {
      System.err.println("partnergraph: note: no background server (" + e.getMessage() + "); using the stores directly");
      return Optional.empty();
    }
  }

  private static Optional<ServeInfo> start(Path dataDir, Duration keepAlive) throws IOException {
    Path log = Files.createDirectories(dataDir.resolve("serve")).resolve("background.log");
    List<String> command = new ArrayList<>();
    if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
      command.add("/usr/bin/setsid"); // its own session: a Ctrl-C in the user's shell is not for it
    }
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "--data-dir", dataDir.toString(), "serve", "--bind", "127.0.0.1",
        "--bolt-port", String.valueOf(EmbeddedNeo4j.freePort()), "--http-port", String.valueOf(EmbeddedNeo4j.freePort()), "--sparql-port", String.valueOf(EmbeddedNeo4j.freePort()),
        "--idle-exit", keepAlive.toMillis() + "ms"));
    System.err.printf("partnergraph: starting a server for %s in the background (it stops after %s without queries;"
        + " PARTNERGRAPH_KEEP_ALIVE=0 turns this off)…%n", dataDir, human(keepAlive));
    Process process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
        .start();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      Optional<ServeInfo> info = ServeInfo.running(dataDir);
      if (info.isPresent()) {
        return info;
      }
      if (!process.isAlive()) {
        System.err.println("partnergraph: note: the background server did not start (see " + log + "); using the stores directly");
        return Optional.empty();
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    process.destroy();
    System.err.println("partnergraph: note: the background server did not start in " + START_TIMEOUT.toSeconds() + " s (see " + log + ")");
    return Optional.empty();
  }

  private static String human(Duration d) {
    long s = d.toSeconds();
    return s % 3600 == 0 ? s / 3600 + " h" : s % 60 == 0 ? s / 60 + " min" : s + " s";
  }
}
