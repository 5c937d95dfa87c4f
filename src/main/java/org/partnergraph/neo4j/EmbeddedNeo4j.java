package org.partnergraph.neo4j;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ThreadLocalRandom;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.server.configuration.ConfigurableServerModules;
import org.neo4j.server.configuration.ServerSettings;
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


  /** Starts a DBMS bound to {@code host}; {@code httpPort} 0 disables HTTP; no authentication. */
  public static EmbeddedNeo4j start(Path home, String host, int boltPort, int httpPort) {
    return start(home, new Options(host, boltPort, httpPort, null, null, null));
  }

  /**
   * What {@code serve} asks for beyond a plain start.
   *
   * @param password turns authentication on, with this password for user {@code neo4j}; null: off
   * @param browserGuide a URL Neo4j Browser plays after connecting, or null
   * @param pluginDir a folder of plugin jars (APOC, n10s), or null
   * @param transactionTimeout the longest any transaction may run before the DBMS stops it
   *     ({@code db.transaction.timeout}), so that a query whose client has gone does not run on;
   *     {@link Duration#ZERO}: no limit
   * @param privateBolt where Bolt really listens when a gate in front of it owns {@code host:boltPort}
   *     (which is still what the DBMS advertises); null: Bolt listens on {@code host:boltPort}
   */
  public record Options(String host, int boltPort, int httpPort, String password, String browserGuide, Path pluginDir, Duration transactionTimeout,
      SocketAddress privateBolt) {
    public Options(String host, int boltPort, int httpPort, String password, String browserGuide, Path pluginDir) {
      this(host, boltPort, httpPort, password, browserGuide, pluginDir, Duration.ZERO, null);
    }
  }

  public static EmbeddedNeo4j start(Path home, Options o) {
    try {
      Files.createDirectories(home);
    } catch (IOException e) {
      throw new StoreException("cannot create the Neo4j store folder " + home + ": " + e.getMessage(), e);
    }
    DatabaseManagementService dbms;
    try {
      DatabaseManagementServiceBuilder b = new DatabaseManagementServiceBuilder(home)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, o.privateBolt() != null ? o.privateBolt() : new SocketAddress(o.host(), o.boltPort()))
          .setConfig(HttpConnector.enabled, o.httpPort() > 0)
          .setConfig(HttpConnector.listen_address, new SocketAddress(o.host(), Math.max(o.httpPort(), 0)))
          .setConfig(GraphDatabaseSettings.auth_enabled, o.password() != null)
          .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(128))
          .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
          .setConfig(GraphDatabaseSettings.udc_enabled, false) // no usage reports: this runs offline
          .setConfig(ServerSettings.allow_telemetry, false)
          // a CLI command stops the DBMS when done; Bolt's default waits add ~10 s to every command
          .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(100))
          .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(100));
      // the discovery page (GET / on HTTP) and Neo4j Browser advertise these: the real ports always,
      // the bound host unless it is a wildcard (then Neo4j's default advertised host)
      b.setConfig(BoltConnector.advertised_address, isWildcard(o.host()) ? new SocketAddress(o.boltPort()) : new SocketAddress(o.host(), o.boltPort()));
      b.setConfig(HttpConnector.advertised_address, isWildcard(o.host()) ? new SocketAddress(Math.max(o.httpPort(), 0)) : new SocketAddress(o.host(), Math.max(o.httpPort(), 0)));
      if (!o.transactionTimeout().isZero()) {
        b.setConfig(GraphDatabaseSettings.transaction_timeout, o.transactionTimeout());
      }
      if (o.httpPort() > 0) {
        // HTTP serves Neo4j Browser only: the Browser queries over Bolt, and the transactional
        // endpoint (POST /db/neo4j/tx/commit) would let any web page open in the analyst's browser
        // run Cypher against a loopback server that has no password. No wildcard CORS either.
        b.setConfig(ServerSettings.http_enabled_modules, java.util.EnumSet.of(ConfigurableServerModules.BROWSER));
        b.setConfig(ServerSettings.http_access_control_allow_origin, "http://" + hostForUri(o.host()) + ":" + o.httpPort());
      }
      if (o.browserGuide() != null) {
        b.setConfig(ServerSettings.browser_post_connect_cmd, "play " + o.browserGuide());
        b.setConfig(ServerSettings.browser_remote_content_hostname_whitelist, java.net.URI.create(o.browserGuide()).getHost());
      }
      if (o.pluginDir() != null) {
        b.setConfig(GraphDatabaseSettings.plugin_dir, o.pluginDir().toAbsolutePath());
        b.setConfig(GraphDatabaseSettings.procedure_unrestricted, java.util.List.of("apoc.*", "n10s.*"));
      }
      dbms = b.build();
      if (o.password() != null) {
        // Neo4j refuses to set the password the user already has ("Old password and new password
        // cannot be the same"), which a second serve with the same password file would do: pass
        // through a random one first, so that setting the given password always changes it.
        String interim = java.util.HexFormat.of().formatHex(new java.security.SecureRandom().generateSeed(16));
        try {
          for (String password : java.util.List.of(interim, o.password())) {
            dbms.database("system").executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", java.util.Map.of("password", password));
          }
        } catch (RuntimeException e) {
          dbms.shutdown(); // a DBMS left running would hold the store lock until this process ends
          throw e;
        }
      }
    } catch (RuntimeException e) {
      throw translate(home, e);
    }
    return new EmbeddedNeo4j(dbms, "bolt://" + hostForUri(o.host()) + ":" + o.boltPort(), home);
  }

  private static boolean isWildcard(String host) {
    return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
  }

  private static String hostForUri(String host) {
    return host.equals("0.0.0.0") ? "127.0.0.1" : host.contains(":") ? "[" + host + "]" : host;
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

  /**
   * Free ports are picked here, below every common operating system's ephemeral range (Linux
   * 32768–60999; BSD, macOS and Windows 49152–65535): a port picked and bound a moment later cannot
   * meanwhile become the local end of an outgoing connection, as one the system hands out can (a
   * driver connecting to the bolt port took the SPARQL port picked just before).
   */
  static final int FIRST_PICKED_PORT = 20_000;
  static final int LAST_PICKED_PORT = 32_000;
  private static final int PICK_ATTEMPTS = 100;
  /** The ports handed out lately, so that two picks in a row (bolt, then HTTP) never agree. */
  private static final Deque<Integer> RECENTLY_PICKED = new ArrayDeque<>();
  private static final int REMEMBERED = 64;

  /** A port on the loopback interface that nothing listens on now, from {@link #FIRST_PICKED_PORT} to {@link #LAST_PICKED_PORT}. */
  public static int freePort() {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    for (int attempt = 0; attempt < PICK_ATTEMPTS; attempt++) {
      int port = ThreadLocalRandom.current().nextInt(FIRST_PICKED_PORT, LAST_PICKED_PORT + 1);
      synchronized (RECENTLY_PICKED) {
        if (RECENTLY_PICKED.contains(port)) {
          continue;
        }
        try (ServerSocket s = new ServerSocket()) {
          s.setReuseAddress(true);
          s.bind(new InetSocketAddress(loopback, port), 1);
        } catch (IOException taken) {
          continue;
        }
        RECENTLY_PICKED.addLast(port);
        if (RECENTLY_PICKED.size() > REMEMBERED) {
          RECENTLY_PICKED.removeFirst();
        }
        return port;
      }
    }
    throw new StoreException("no free port on 127.0.0.1 from " + FIRST_PICKED_PORT + " to " + LAST_PICKED_PORT + " after " + PICK_ATTEMPTS + " tries");
  }

  @Override
  public void close() {
    dbms.shutdown();
  }
}
