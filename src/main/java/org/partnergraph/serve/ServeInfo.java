package org.partnergraph.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.partnergraph.model.StoreException;

/**
 * What a running {@code serve} publishes in {@code <data-dir>/serve.json} (readable by its owner
 * only) so that other commands on the same data dir use the server instead of failing on its
 * store locks: the Bolt address, the SPARQL dataset URL and the credentials of the ingest endpoint.
 */
public record ServeInfo(
    long pid, String bolt, String browser, String sparql, boolean authenticated, String ingestUser, String ingestPassword) {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String FILE = "serve.json";
  /** Touched by every command that uses the server: what an idle server's keep-alive counts from. */
  static final String USED = "serve.used";

  /**
   * The server running on this data dir: its process is alive <em>and</em> its Bolt port answers.
   * A {@code serve.json} left by a server that was killed (its pid gone, or reused by another
   * process) is removed with a one-line note on stderr, so that the command uses the stores
   * directly instead of failing with "Neo4j unreachable".
   */
  public static Optional<ServeInfo> running(Path dataDir) {
    Path file = dataDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    ServeInfo info;
    try {
      info = JSON.readValue(file.toFile(), ServeInfo.class);
    } catch (IOException e) {
      return Optional.empty(); // half-written by a server starting now, or unreadable: leave it be
    }
    boolean alive = ProcessHandle.of(info.pid()).map(ProcessHandle::isAlive).orElse(false);
    String stale = !alive ? "its process " + info.pid() + " is gone"
        : !answers(info.bolt()) ? "process " + info.pid() + " does not answer on " + info.bolt()
        : null;
    if (stale == null) {
      return Optional.of(info);
    }
    try {
      Files.deleteIfExists(file);
      System.err.println("partnergraph: note: removed the stale " + file + " (" + stale + "; was the server killed?)");
    } catch (IOException e) {
      System.err.println("partnergraph: note: ignoring the stale " + file + " (" + stale + "); cannot remove it: " + e.getMessage());
    }
    return Optional.empty();
  }

  /** Whether something accepts connections on the host and port of {@code uri} (bolt://host:port). */
  private static boolean answers(String uri) {
    try {
      URI u = URI.create(uri);
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(u.getHost(), u.getPort()), 2_000);
        return true;
      }
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  void write(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
      Path tmp = Files.createTempFile(dataDir, ".serve", ".tmp");
      try {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException ignored) {
        // not a POSIX file system: the data dir's own permissions apply
      }
      JSON.writeValue(tmp.toFile(), this);
      Files.move(tmp, dataDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new StoreException("cannot write " + dataDir.resolve(FILE) + ": " + e.getMessage(), e);
    }
  }

  /** Notes that a command is using the server on this data dir now. */
  public static void touch(Path dataDir) {
    Path file = dataDir.resolve(USED);
    try {
      if (!Files.exists(file)) {
        Files.createFile(file);
      }
      Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(java.time.Instant.now()));
    } catch (IOException ignored) {
      // the keep-alive then counts from the server's start: it stops sooner, never wrongly
    }
  }

  /** When a command last used the server on this data dir, if one ever did. */
  static Optional<java.time.Instant> lastUsed(Path dataDir) {
    try {
      return Optional.of(Files.getLastModifiedTime(dataDir.resolve(USED)).toInstant());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  static void remove(Path dataDir) {
    try {
      Files.deleteIfExists(dataDir.resolve(FILE));
    } catch (IOException ignored) {
      // best effort on shutdown; a stale file is ignored because its pid is gone
    }
  }
}
