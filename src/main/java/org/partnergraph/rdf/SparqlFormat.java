package org.partnergraph.rdf;

/** How SPARQL results are printed: a text table, CSV, TSV or W3C SPARQL results JSON. */
public enum SparqlFormat {
  TABLE,
  CSV,
  TSV,
  JSON
}
