package org.partnergraph.neo4j;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.partnergraph.model.StoreException;

/**
 * A real Neo4j Community DBMS started in this process with its store under the data dir and Bolt
 * on loopback only, so that the same driver code path serves the embedded default and a remote
 * server. Close it to shut the DBMS down and release the store lock.
 */
public final class EmbeddedNeo4j implements AutoCloseable {
  private final DatabaseManagementService dbms;
  private final String boltUri;
  private final Path home;

  private EmbeddedNeo4j(DatabaseManagementService dbms, String boltUri, Path home) {
    this.dbms = dbms;
    this.boltUri = boltUri;
    this.home = home;
  }

  /** Starts a DBMS on a free loopback port (no HTTP). */
  public static EmbeddedNeo4j start(Path home) {
    return start(home, "127.0.0.1", freePort(), 0);
  }

  /**
   * Starts a DBMS bound to {@code host}; {@code httpPort} 0 disables HTTP. Authentication is
   * off: callers bind to loopback unless they turn it on (see {@code serve}).
   */
  public static EmbeddedNeo4j start(Path home, String host, int boltPort, int httpPort) {
    try {
      Files.createDirectories(home);
    } catch (IOException e) {
      throw new StoreException("cannot create the Neo4j store folder " + home + ": " + e.getMessage(), e);
    }
    DatabaseManagementService dbms;
    try {
      dbms = new DatabaseManagementServiceBuilder(home)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress(host, boltPort))
          .setConfig(HttpConnector.enabled, httpPort > 0)
          .setConfig(HttpConnector.listen_address, new SocketAddress(host, Math.max(httpPort, 0)))
          .setConfig(GraphDatabaseSettings.auth_enabled, false)
          .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(128))
          .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
          .setConfig(GraphDatabaseSettings.udc_enabled, false) // no usage reports: this runs offline
          // a CLI command stops the DBMS when done; Bolt's default waits add ~10 s to every command
          .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(100))
          .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(100))
          .build();
    } catch (RuntimeException e) {
      throw translate(home, e);
    }
    return new EmbeddedNeo4j(dbms, "bolt://" + host + ":" + boltPort, home);
  }

  private static StoreException translate(Path home, RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String msg = String.valueOf(t.getMessage());
      if (msg.contains("lock") || msg.contains("Lock") || t.getClass().getSimpleName().contains("Lock")) {
        return new StoreException("the Neo4j store at " + home + " is in use by another process (is `partnergraph serve` or another run using this data dir?)", e);
      }
    }
    return new StoreException("cannot start the embedded Neo4j at " + home + ": " + e.getMessage(), e);
  }

  public String boltUri() {
    return boltUri;
  }

  public Path home() {
    return home;
  }

  static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    } catch (IOException e) {
      throw new StoreException("no free port on 127.0.0.1 for the embedded Neo4j: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    dbms.shutdown();
  }
}
