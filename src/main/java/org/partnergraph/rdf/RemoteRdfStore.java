package org.partnergraph.rdf;

import java.io.OutputStream;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTPBuilder;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.Iris;
import org.partnergraph.model.QueryTimeoutException;
import org.partnergraph.model.StoreException;
import org.partnergraph.model.StoredArticle;

/**
 * The RDF view behind a running {@code partnergraph serve}: queries over the SPARQL protocol,
 * article graphs written and removed with the Graph Store Protocol on the server's
 * authenticated ingest endpoint. Lets the CLI work while the server holds the TDB2 lock.
 */
public final class RemoteRdfStore implements RdfView {
  private final String queryUrl;
  private final String ingestUrl;
  private final HttpClient http;
  private final RdfMapper mapper = new RdfMapper();
  private final Map<String, Graph> pending = new LinkedHashMap<>();

  /**
   * @param datasetUrl e.g. {@code http://127.0.0.1:3030/partnergraph}
   */
  public RemoteRdfStore(String datasetUrl, String user, String password) {
    this.queryUrl = datasetUrl + "/sparql";
    this.ingestUrl = datasetUrl + "/ingest";
    this.http = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(10))
        .authenticator(new Authenticator() {
          @Override
          protected PasswordAuthentication getPasswordAuthentication() {
            return new PasswordAuthentication(user, password.toCharArray());
          }
        })
        .build();
  }

  @Override
  public String name() {
    return "sparql server";
  }

  /** Held until {@link #flush}, which the pipeline calls only after Neo4j committed the batch. */
  @Override
  public void accept(ArticleFacts facts) {
    pending.put(facts.article().id(), mapper.map(facts).getGraph());
  }

  @Override
  public void flush() {
    for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
      var article = it.next();
      try {
        GSP.service(ingestUrl).httpClient(http).graphName(Iris.graphIri(article.getKey())).PUT(article.getValue());
      } catch (RuntimeException e) {
        pending.clear();
        throw new StoreException("writing article '" + article.getKey() + "' to the SPARQL server at " + ingestUrl + " failed: " + e.getMessage(), e);
      }
      it.remove();
    }
  }

  @Override
  public void discard() {
    pending.clear();
  }

  @Override
  public void retract(java.util.List<String> articleIds) {
    flush();
    for (String id : articleIds) {
      try {
        GSP.service(ingestUrl).httpClient(http).graphName(Iris.graphIri(id)).DELETE();
      } catch (org.apache.jena.atlas.web.HttpException e) {
        if (e.getStatusCode() != 404) {
          throw new StoreException("removing article '" + id + "' from the SPARQL server failed: " + e.getMessage(), e);
        }
      }
    }
  }

  private QueryExecution exec(Query q) {
    return QueryExecutionHTTPBuilder.service(queryUrl).httpClient(http).query(q).build();
  }

  @Override
  public void query(String sparql, SparqlFormat format, Duration timeout, OutputStream out) {
    Query q = SparqlResults.parse(sparql);
    QueryExecutionHTTPBuilder builder = QueryExecutionHTTPBuilder.service(queryUrl).httpClient(http).query(q);
    if (!timeout.isZero()) {
      // the server stops the query (Fuseki's "timeout" parameter, in seconds); the client gives up
      // a little later in case the server does not answer at all
      // Fuseki reads whole seconds only: "1.000" would be ignored without a word
      builder.param("timeout", Long.toString(Math.max(1, (timeout.toMillis() + 999) / 1000)));
      builder.timeout(timeout.plusSeconds(5).toMillis(), TimeUnit.MILLISECONDS);
    }
    try (QueryExecution qe = builder.build()) {
      SparqlResults.write(q, qe, format, out);
    } catch (QueryCancelledException e) {
      throw new QueryTimeoutException(timeout, e);
    } catch (HttpException | QueryExceptionHTTP e) {
      int status = e instanceof HttpException h ? h.getStatusCode() : ((QueryExceptionHTTP) e).getStatusCode();
      if (!timeout.isZero() && (status == 503 || causedBy(e, java.net.http.HttpTimeoutException.class))) {
        throw new QueryTimeoutException(timeout, e);
      }
      throw e;
    }
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (kind.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void export(Lang lang, OutputStream out) {
    DatasetGraph ds = DatasetGraphFactory.createTxnMem();
    try (QueryExecution qe = exec(QueryFactory.create("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"))) {
      ResultSet rs = qe.execSelect();
      while (rs.hasNext()) {
        QuerySolution r = rs.next();
        ds.add(r.get("g").asNode(), r.get("s").asNode(), r.get("p").asNode(), r.get("o").asNode());
      }
    }
    RdfExport.write(ds, lang, out);
  }

  @Override
  public Map<String, StoredArticle> storedArticles() {
    return StoredArticles.read(this::exec);
  }

  @Override
  public Map<String, Long> graphSizes() {
    Map<String, Long> out = new TreeMap<>();
    try (QueryExecution qe = exec(QueryFactory.create("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"))) {
      ResultSet rs = qe.execSelect();
      while (rs.hasNext()) {
        QuerySolution r = rs.next();
        out.put(r.getResource("g").getURI(), r.getLiteral("n").getLong());
      }
    }
    return new LinkedHashMap<>(out);
  }
}
