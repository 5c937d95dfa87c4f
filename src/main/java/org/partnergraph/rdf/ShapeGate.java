package org.partnergraph.rdf;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.Entity;
import org.partnergraph.model.Iris;
import org.partnergraph.model.Relation;

/**
 * Validates each article's facts against {@code ontology/shapes.ttl} before either view sees
 * them, and drops the facts the shapes reject, so that Neo4j and RDF always hold the same facts.
 */
public final class ShapeGate {

  /** The facts that passed and one line per violation that was dropped. */
  public record Result(ArticleFacts kept, List<String> violations) {}

  private Shapes shapes;
  private final RdfMapper mapper = new RdfMapper();

  /** Parsed on first use: a run with nothing to check never loads the SHACL engine. */
  private synchronized Shapes shapes() {
    if (shapes == null) {
      shapes = loadShapes();
    }
    return shapes;
  }

  private static Shapes loadShapes() {
    Graph g = GraphFactory.createDefaultGraph();
    try (InputStream in = ShapeGate.class.getResourceAsStream("/ontology/shapes.ttl")) {
      if (in == null) {
        throw new IllegalStateException("ontology/shapes.ttl missing from the classpath");
      }
      RDFParser.source(in).lang(Lang.TURTLE).parse(g);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return Shapes.parse(g);
  }

  public Result check(ArticleFacts facts) {
    Model model = mapper.map(facts);
    ValidationReport report = ShaclValidator.get().validate(shapes(), model.getGraph());
    if (report.conforms()) {
      return new Result(facts, List.of());
    }
    Set<String> badNodes = new HashSet<>();
    List<String> violations = new ArrayList<>();
    for (ReportEntry e : report.getEntries()) {
      Node focus = e.focusNode();
      badNodes.add(focus.isURI() ? focus.getURI() : focus.toString());
      violations.add(describe(facts, e));
    }
    List<Entity> entities = facts.entities().stream().filter(x -> !badNodes.contains(Iris.entityIri(x.id()))).toList();
    Set<String> keptIds = new HashSet<>();
    entities.forEach(x -> keptIds.add(x.id()));
    List<Relation> relations = facts.relations().stream()
        .filter(r -> keptIds.contains(r.from()) && keptIds.contains(r.to()))
        .filter(r -> !badNodes.contains(RdfMapper.statementIri(facts.article().id(), r)))
        .filter(r -> !badNodes.contains(Iris.entityIri(r.from())))
        .toList();
    return new Result(facts.with(entities, relations), violations);
  }

  private static String describe(ArticleFacts facts, ReportEntry e) {
    String path = e.resultPath() == null ? "" : " " + e.resultPath().toString().replace(Vocab.ONTOLOGY, "pg:");
    String focus = e.focusNode().isURI() ? e.focusNode().getURI().replace(Iris.ID, "") : e.focusNode().toString();
    return "article '" + facts.article().id() + "': " + focus + path + ": " + e.message();
  }
}
