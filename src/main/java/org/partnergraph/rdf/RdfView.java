package org.partnergraph.rdf;

import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import org.apache.jena.riot.Lang;
import org.partnergraph.model.FactSink;
import org.partnergraph.model.StoredArticle;

/**
 * The RDF view as the commands use it: the TDB2 dataset in the data dir, or the same dataset
 * behind a running {@code partnergraph serve}, reached over the SPARQL protocols.
 */
public interface RdfView extends FactSink {

  /** Runs a SPARQL query; the default graph is the union of the article graphs. */
  default void query(String sparql, SparqlFormat format, OutputStream out) {
    query(sparql, format, Duration.ZERO, out);
  }

  /**
   * Runs a SPARQL query stopped after {@code timeout} ({@link Duration#ZERO}: no limit of its own)
   * with a {@link org.partnergraph.model.QueryTimeoutException}.
   */
  void query(String sparql, SparqlFormat format, Duration timeout, OutputStream out);

  /** Writes the view: quad formats keep one graph per article, triple formats the union. */
  void export(Lang lang, OutputStream out);

  /** What each article graph holds, by article id: what {@code partnergraph check} compares with Neo4j. */
  Map<String, StoredArticle> storedArticles();

  /** Triples per named graph, sorted by graph name. */
  Map<String, Long> graphSizes();


  default long tripleCount() {
    return graphSizes().values().stream().mapToLong(Long::longValue).sum();
  }
}
