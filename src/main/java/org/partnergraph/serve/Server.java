package org.partnergraph.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.partnergraph.model.PartnergraphException;
import org.partnergraph.model.StoreException;
import org.partnergraph.neo4j.EmbeddedNeo4j;
import org.partnergraph.rdf.TdbStore;

/**
 * {@code partnergraph serve}: the embedded Neo4j with Bolt, HTTP and Neo4j Browser, and an
 * embedded Fuseki SPARQL endpoint over the TDB2 dataset, in one process. Read-only SPARQL unless
 * asked; authentication required for any bind address that is not loopback.
 *
 * <pre>{@code
 * try (Server s = Server.start(new Server.Config(dataDir, "127.0.0.1", 7687, 7474, 3030, false, null))) {
 *   System.out.println(s.info().browser());
 * }
 * }</pre>
 */
public final class Server implements AutoCloseable {
  static final String DATASET = "partnergraph";
  static final String INGEST_USER = "partnergraph-cli";

  /** How long a query may run on the server when {@code serve --timeout} does not say. */
  public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofMinutes(10);

  /**
   * What to start; {@code password} is required when {@code bind} is not a loopback address.
   *
   * @param queryTimeout the longest a Cypher transaction or a SPARQL query may run on the server
   *     (also bounds etl and load writes through it); {@link Duration#ZERO}: no limit
   */
  public record Config(Path dataDir, String bind, int boltPort, int httpPort, int sparqlPort, boolean sparqlUpdate, String password, Duration queryTimeout) {
    public Config(Path dataDir, String bind, int boltPort, int httpPort, int sparqlPort, boolean sparqlUpdate, String password) {
      this(dataDir, bind, boltPort, httpPort, sparqlPort, sparqlUpdate, password, DEFAULT_QUERY_TIMEOUT);
    }
  }

  private final EmbeddedNeo4j neo4j;
  private final BoltGate gate;
  private final TdbStore rdf;
  private final FusekiServer fuseki;
  private final ServeInfo info;
  private final Path dataDir;
  private final Instant started = Instant.now();
  private final Path runDir;

  private Server(EmbeddedNeo4j neo4j, BoltGate gate, TdbStore rdf, FusekiServer fuseki, ServeInfo info, Path dataDir, Path runDir) {
    this.neo4j = neo4j;
    this.gate = gate;
    this.rdf = rdf;
    this.fuseki = fuseki;
    this.info = info;
    this.dataDir = dataDir;
    this.runDir = runDir;
  }

  public static Server start(Config c) {
    boolean loopback = isLoopback(c.bind());
    if (!loopback && (c.password() == null || c.password().isBlank())) {
      throw new PartnergraphException("binding to " + c.bind() + " exposes the data: set NEO4J_PASSWORD or give --password-file to turn authentication on");
    }
    if (ServeInfo.running(c.dataDir()).isPresent()) {
      throw new StoreException("a partnergraph server already runs on " + c.dataDir() + " (see " + c.dataDir().resolve(ServeInfo.FILE) + ")");
    }
    String host = hostForUrl(c.bind());
    String guideUrl = "http://" + host + ":" + c.sparqlPort() + GuideServlet.PATH;
    Path runDir = prepareRunDir(c.dataDir());
    String ingestPassword = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    Path passwords = writePasswords(runDir, ingestPassword, loopback ? null : c.password());
    Path plugins = pluginDir();
    LocalOrigins origins = loopback ? LocalOrigins.loopback(c.bind(), java.util.List.of(c.httpPort(), c.sparqlPort())) : LocalOrigins.OPEN;
    EmbeddedNeo4j neo4j;
    BoltGate gate = null;
    try {
      // Neo4j's Bolt listens privately on loopback; the gate owns the port the user asked for
      int privateBolt = EmbeddedNeo4j.freePort();
      gate = BoltGate.open(unbracketed(c.bind()), c.boltPort(), new InetSocketAddress("127.0.0.1", privateBolt), origins);
      neo4j = EmbeddedNeo4j.start(c.dataDir().resolve("neo4j"), new EmbeddedNeo4j.Options(
          c.bind(), c.boltPort(), c.httpPort(), loopback ? null : c.password(), guideUrl, plugins, c.queryTimeout(),
          new SocketAddress("127.0.0.1", privateBolt)));
    } catch (RuntimeException e) {
      if (gate != null) {
        gate.close();
      }
      deletePasswords(runDir);
      throw e;
    }
    TdbStore rdf = null;
    FusekiServer fuseki = null;
    try {
      rdf = TdbStore.open(c.dataDir().resolve("rdf"));
      DatasetGraph dsg = rdf.dataset().asDatasetGraph();
      dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
      if (!c.queryTimeout().isZero()) {
        // Fuseki stops a query after this (milliseconds); a client's own "timeout" can only lower it
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(c.queryTimeout().toMillis()));
      }
      FusekiServer.Builder b = FusekiServer.create()
          .port(c.sparqlPort())
          .enablePing(true)
          .enableCors(false, null) // Fuseki's default CORS answers every origin with "*"
          .addFilter("/*", new LocalOriginFilter(origins))
          .addServlet(GuideServlet.PATH, new GuideServlet())
          .passwordFile(passwords.toString())
          .auth(AuthScheme.BASIC)
          .add("/" + DATASET, dsg, c.sparqlUpdate())
          .addEndpoint("/" + DATASET, "ingest", Operation.GSP_RW, Auth.policyAllowSpecific(INGEST_USER));
      if (!loopback) {
        b.serverAuthPolicy(Auth.policyAllowSpecific("neo4j", INGEST_USER));
      }
      fuseki = b.build();
      ServerConnector connector = bindTo(fuseki, c.bind());
      fuseki.start();
      // what Jetty really bound, not what was asked for
      String sparql = "http://" + hostForUrl(connector.getHost()) + ":" + connector.getLocalPort() + "/" + DATASET;
      ServeInfo info = new ServeInfo(ProcessHandle.current().pid(), neo4j.boltUri(),
          c.httpPort() > 0 ? "http://" + host + ":" + c.httpPort() + "/browser/" : null, sparql, !loopback, INGEST_USER, ingestPassword);
      info.write(c.dataDir());
      return new Server(neo4j, gate, rdf, fuseki, info, c.dataDir(), runDir);
    } catch (RuntimeException e) {
      if (fuseki != null) {
        fuseki.stop();
      }
      if (rdf != null) {
        rdf.close();
      }
      gate.close();
      neo4j.close();
      deletePasswords(runDir);
      throw e instanceof PartnergraphException ? e : new StoreException("cannot start the SPARQL endpoint on port " + c.sparqlPort() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Binds Fuseki's one connector to {@code bind} (Fuseki's builder knows only "localhost" or every
   * address): {@code --bind 192.0.2.2} must not open SPARQL on all addresses, {@code --bind ::1}
   * must put it on ::1.
   */
  private static ServerConnector bindTo(FusekiServer fuseki, String bind) {
    String host = unbracketed(bind);
    ServerConnector only = null;
    for (Connector k : fuseki.getJettyServer().getConnectors()) {
      if (k instanceof ServerConnector connector) {
        connector.setHost(host);
        only = connector;
      }
    }
    if (only == null) {
      throw new IllegalStateException("Fuseki has no network connector to bind to " + bind);
    }
    return only;
  }

  private static String unbracketed(String bind) {
    return bind.startsWith("[") && bind.endsWith("]") ? bind.substring(1, bind.length() - 1) : bind;
  }

  private static void deletePasswords(Path runDir) {
    try {
      Files.deleteIfExists(runDir.resolve("passwd"));
    } catch (IOException ignored) {
      // best effort: the file holds a digest and a per-server password that is no longer served
    }
  }

  /**
   * {@code ./plugins} when it holds APOC or n10s and their classes are also on the classpath (the
   * launcher adds them); Neo4j fails to start with plugin jars in only one of the two places.
   */
  private static Path pluginDir() {
    Path dir = Path.of("plugins");
    ClassLoader cl = Server.class.getClassLoader();
    boolean onClasspath = cl.getResource("apoc/CoreApocGlobalComponents.class") != null
        || cl.getResource("n10s/graphconfig/GraphConfigProcedures.class") != null;
    return Files.isDirectory(dir) && onClasspath ? dir : null;
  }

  public ServeInfo info() {
    return info;
  }

  /**
   * Whether no command has used this server for {@code keepAlive} (counted from its start when
   * none has yet), or its {@code serve.json} has gone (the data dir was removed or replaced):
   * either way a server started in the background has nothing left to do.
   */
  public boolean idle(Duration keepAlive) {
    if (!Files.isRegularFile(dataDir.resolve(ServeInfo.FILE))) {
      return true;
    }
    Instant last = ServeInfo.lastUsed(dataDir).filter(t -> t.isAfter(started)).orElse(started);
    return Duration.between(last, Instant.now()).compareTo(keepAlive) > 0;
  }

  private static boolean isLoopback(String bind) {
    try {
      return InetAddress.getByName(bind).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new PartnergraphException("unknown bind address: " + bind);
    }
  }

  private static String hostForUrl(String bind) {
    return LocalOrigins.hostForUrl(bind);
  }

  /** A private folder for the SPARQL password file. */
  private static Path prepareRunDir(Path dataDir) {
    try {
      return Files.createDirectories(dataDir.resolve("serve"));
    } catch (IOException e) {
      throw new StoreException("cannot create " + dataDir.resolve("serve") + ": " + e.getMessage(), e);
    }
  }

  private static Path writePasswords(Path runDir, String ingestPassword, String neo4jPassword) {
    try {
      Path file = runDir.resolve("passwd");
      Files.deleteIfExists(file);
      Files.createFile(file);
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException ignored) {
        // not a POSIX file system
      }
      // The user's password is stored only as a digest (Jetty's "MD:<algorithm>:<hex>" credential form);
      // the ingest password is random per server and dies with it.
      String lines = INGEST_USER + ": " + ingestPassword + "\n" + (neo4jPassword == null ? "" : "neo4j: " + digest(neo4jPassword) + "\n");
      Files.writeString(file, lines);
      return file;
    } catch (IOException e) {
      throw new StoreException("cannot write the SPARQL password file: " + e.getMessage(), e);
    }
  }

  private static String digest(String password) {
    try {
      byte[] hash = java.security.MessageDigest.getInstance("SHA-512").digest(password.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return "MD:SHA-512:" + HexFormat.of().formatHex(hash);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-512", e);
    }
  }

  @Override
  public void close() {
    ServeInfo.remove(dataDir);
    try {
      fuseki.stop();
    } finally {
      try {
        rdf.close();
      } finally {
        gate.close();
        neo4j.close();
        deletePasswords(runDir);
      }
    }
  }
}
