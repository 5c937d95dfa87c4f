package org.partnergraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;

/**
 * Writes the RDF view in any RDF syntax with the prefixes {@code ontology/partnergraph.ttl}
 * declares ({@code pg:}, {@code id:}, {@code prov:} …), so a Turtle export reads like the ontology
 * instead of a wall of full IRIs. Quads formats keep one graph per article; the others the union.
 */
final class RdfExport {
  private static final PrefixMap PREFIXES = ontologyPrefixes();

  private RdfExport() {}

  static void write(DatasetGraph dataset, Lang lang, OutputStream out) {
    RDFFormat format = RDFWriterRegistry.defaultSerialization(lang);
    if (isQuads(lang)) {
      RDFWriterRegistry.getWriterDatasetFactory(format).create(format).write(out, dataset, PREFIXES, null, Context.create());
    } else {
      RDFWriterRegistry.getWriterGraphFactory(format).create(format).write(out, dataset.getUnionGraph(), PREFIXES, null, Context.create());
    }
  }

  private static boolean isQuads(Lang lang) {
    return lang.equals(Lang.NQUADS) || lang.equals(Lang.TRIG);
  }

  private static PrefixMap ontologyPrefixes() {
    try (InputStream in = RdfExport.class.getResourceAsStream("/ontology/partnergraph.ttl")) {
      if (in == null) {
        throw new IllegalStateException("ontology/partnergraph.ttl missing from the classpath");
      }
      return PrefixMapFactory.create(RDFParser.source(in).lang(Lang.TURTLE).toGraph().getPrefixMapping());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read ontology/partnergraph.ttl: " + e.getMessage(), e);
    }
  }
}
