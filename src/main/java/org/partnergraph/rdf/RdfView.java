package org.partnergraph.rdf;

import java.io.OutputStream;
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
  void query(String sparql, SparqlFormat format, OutputStream out);

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
