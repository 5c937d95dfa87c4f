package org.partnergraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.partnergraph.model.PartnergraphException;
import org.partnergraph.model.QueryTimeoutException;
import org.partnergraph.model.StoreException;

/**
 * The Neo4j view, reached through the official driver whether the DBMS is the embedded default
 * or a server given by {@code --neo4j-uri}. Owns the embedded DBMS when it started one.
 *
 * <pre>{@code
 * try (Neo4jGraph graph = Neo4jGraph.open(dataDir, null)) {
 *   graph.query("MATCH (g:Governor) RETURN g.name AS name", Map.of());
 * }
 * }</pre>
 */
public final class Neo4jGraph implements AutoCloseable {
  private final Driver driver;
  private final EmbeddedNeo4j embedded;
  private final String uri;

  private Neo4jGraph(Driver driver, EmbeddedNeo4j embedded, String uri) {
    this.driver = driver;
    this.embedded = embedded;
    this.uri = uri;
  }

  /**
   * Connects to {@code uri} (credentials from {@code NEO4J_USERNAME}/{@code NEO4J_PASSWORD}), or
   * starts the embedded DBMS under {@code <dataDir>/neo4j} when {@code uri} is null.
   */
  public static Neo4jGraph open(Path dataDir, URI uri) {
    if (uri == null) {
      EmbeddedNeo4j db = EmbeddedNeo4j.start(dataDir.resolve("neo4j"));
      try {
        return connect(db.boltUri(), AuthTokens.none(), db);
      } catch (RuntimeException e) {
        db.close();
        throw e;
      }
    }
    String user = System.getenv().getOrDefault("NEO4J_USERNAME", "neo4j");
    String password = System.getenv("NEO4J_PASSWORD");
    AuthToken auth = password == null ? AuthTokens.none() : AuthTokens.basic(user, password);
    return connect(uri.toString(), auth, null);
  }

  /** Connects to a running server (used by tests that share one embedded DBMS). */
  public static Neo4jGraph connect(String uri, AuthToken auth, EmbeddedNeo4j owned) {
    return connect(uri, auth, owned, DEFAULT_RETRY);
  }

  /** How long a write is retried, with backoff, while the server is unreachable or restarting. */
  public static final java.time.Duration DEFAULT_RETRY = java.time.Duration.ofSeconds(30);

  public static Neo4jGraph connect(String uri, AuthToken auth, EmbeddedNeo4j owned, java.time.Duration maxRetry) {
    Driver driver = GraphDatabase.driver(uri, auth, Config.builder()
        .withConnectionTimeout(10, TimeUnit.SECONDS)
        .withMaxTransactionRetryTime(maxRetry.toMillis(), TimeUnit.MILLISECONDS)
        .withLogging(org.neo4j.driver.Logging.none())
        .build());
    try {
      driver.verifyConnectivity();
    } catch (AuthenticationException e) {
      driver.close();
      throw new StoreException("Neo4j at " + uri + " refused the credentials (set NEO4J_USERNAME and NEO4J_PASSWORD)", e);
    } catch (ServiceUnavailableException e) {
      driver.close();
      throw new StoreException("Neo4j at " + uri + " is unreachable: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      driver.close();
      throw new StoreException("cannot connect to Neo4j at " + uri + ": " + e.getMessage(), e);
    }
    return new Neo4jGraph(driver, owned, uri);
  }

  public Driver driver() {
    return driver;
  }

  public String uri() {
    return uri;
  }

  /** Applies {@code cypher/schema.cypher}: constraints and indexes, idempotently. */
  public void applySchema() {
    try (Session session = driver.session()) {
      for (String statement : schemaStatements()) {
        session.run(statement).consume();
      }
    } catch (Neo4jException e) {
      throw new StoreException("applying cypher/schema.cypher on " + uri + " failed: " + e.getMessage(), e);
    }
  }

  static List<String> schemaStatements() {
    try (InputStream in = Neo4jGraph.class.getResourceAsStream("/cypher/schema.cypher")) {
      if (in == null) {
        throw new IllegalStateException("cypher/schema.cypher missing from the classpath");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String> out = new ArrayList<>();
      for (String part : text.replaceAll("(?m)^//.*$", "").split(";")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs a read or write query with parameters; rows as maps of driver values. */
  public List<Record> query(String cypher, Map<String, Object> params) {
    return query(cypher, params, Duration.ZERO);
  }

  /**
   * Runs a query that the server stops after {@code timeout} ({@link Duration#ZERO}: the server's
   * own limit), ending in a {@link QueryTimeoutException}.
   */
  public List<Record> query(String cypher, Map<String, Object> params, Duration timeout) {
    TransactionConfig config = timeout.isZero() ? TransactionConfig.empty() : TransactionConfig.builder().withTimeout(timeout).build();
    try (Session session = driver.session()) {
      return session.run(cypher, params, config).list();
    } catch (Neo4jException e) {
      if (timedOut(e)) {
        throw new QueryTimeoutException(timeout, e);
      }
      throw e instanceof ClientException
          ? new PartnergraphException("Cypher error: " + e.getMessage().replace('\n', ' '))
          : new StoreException("Neo4j at " + uri + " failed: " + e.getMessage(), e);
    }
  }

  /** Whether the server stopped the transaction for running past its timeout (the client's or db.transaction.timeout). */
  private static boolean timedOut(Neo4jException e) {
    String code = String.valueOf(e.code());
    return code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut");
  }

  @Override
  public void close() {
    try {
      driver.close();
    } finally {
      if (embedded != null) {
        embedded.close();
      }
    }
  }
}
