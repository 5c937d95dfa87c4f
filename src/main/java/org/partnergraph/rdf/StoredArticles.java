package org.partnergraph.rdf;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.partnergraph.model.Iris;
import org.partnergraph.model.RelationType;
import org.partnergraph.model.StoredArticle;

/**
 * Reads, per article graph, the entities it mentions and the facts it states, in the same terms
 * as {@link org.partnergraph.neo4j.StoredArticles}: entity ids from {@code pg:id}, fact types from
 * the ontology's properties.
 */
final class StoredArticles {
  static final Query QUERY = QueryFactory.create(
      """
      PREFIX pg: <%s>
      PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
      SELECT ?g ?kind ?x ?p ?y WHERE {
        GRAPH ?g {
          { ?a a pg:Article ; pg:extractor ?x . BIND("article" AS ?kind) }
          UNION { ?a a pg:Article ; pg:mentions ?e . ?e pg:id ?x . BIND("entity" AS ?kind) }
          UNION { ?st a pg:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
                  ?s pg:id ?x . ?o pg:id ?y . BIND("fact" AS ?kind) }
        }
      }
      """.formatted(Vocab.ONTOLOGY));

  private StoredArticles() {}

  /** Runs {@link #QUERY} through {@code exec} (a local dataset or a remote endpoint). */
  static Map<String, StoredArticle> read(Function<Query, QueryExecution> exec) {
    Map<String, StoredArticle> out = new TreeMap<>();
    try (QueryExecution qe = exec.apply(QUERY)) {
      ResultSet rs = qe.execSelect();
      while (rs.hasNext()) {
        QuerySolution row = rs.next();
        String id = Iris.articleIdOfGraph(row.getResource("g").getURI());
        if (id == null) {
          continue;
        }
        StoredArticle article = out.computeIfAbsent(id, StoredArticle::of);
        String x = text(row.get("x"));
        switch (row.getLiteral("kind").getString()) {
          case "article" -> out.put(id, article.withExtractor(x));
          case "entity" -> article.entities().add(x);
          default -> relationType(row.getResource("p").getURI())
              .ifPresent(t -> article.facts().add(StoredArticle.factKey(x, t.name(), text(row.get("y")))));
        }
      }
    }
    return out;
  }

  private static String text(RDFNode node) {
    return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
  }

  private static Optional<RelationType> relationType(String propertyIri) {
    for (RelationType t : RelationType.values()) {
      if (Vocab.property(t).getURI().equals(propertyIri)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
