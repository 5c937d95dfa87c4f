package org.partnergraph.rdf;

import java.math.BigDecimal;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.partnergraph.model.Article;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.Entity;
import org.partnergraph.model.EntityType;
import org.partnergraph.model.Ids;
import org.partnergraph.model.Iris;
import org.partnergraph.model.Relation;

/**
 * Maps one article's facts to the triples of its named graph: the entities it names, each fact
 * as a direct triple plus a reified {@code pg:Statement} carrying the evidence sentence, the
 * confidence and {@code prov:wasDerivedFrom} the article. Pure: no store is touched.
 */
public final class RdfMapper {

  /** The triples of the article's graph. */
  public Model map(ArticleFacts facts) {
    Model m = ModelFactory.createDefaultModel();
    m.setNsPrefix("pg", Vocab.ONTOLOGY);
    m.setNsPrefix("prov", Vocab.PROV);
    Article a = facts.article();
    Resource article = m.createResource(Iris.articleIri(a.id()), Vocab.ARTICLE);
    article.addProperty(DCTerms.identifier, a.id());
    if (a.title() != null) {
      article.addProperty(DCTerms.title, a.title());
    }
    if (a.source() != null) {
      article.addProperty(DCTerms.source, a.source());
    }
    if (a.url() != null) {
      article.addLiteral(Vocab.URL, m.createTypedLiteral(a.url(), XSDDatatype.XSDanyURI));
    }
    if (a.published() != null) {
      article.addLiteral(DCTerms.issued, m.createTypedLiteral(a.published(), XSDDatatype.XSDdate));
    }
    article.addProperty(Vocab.EXTRACTOR, facts.extractor());
    for (Entity e : facts.entities()) {
      Resource r = m.createResource(Iris.entityIri(e.id()), Vocab.type(e.type()));
      r.addProperty(Vocab.ENTITY_ID, e.id());
      r.addProperty(RDFS.label, e.name());
      e.aliases().forEach(alias -> r.addProperty(SKOS.altLabel, alias));
      for (Map.Entry<String, Object> attr : e.attributes().entrySet()) {
        addAttribute(m, r, e.type(), attr.getKey(), attr.getValue());
      }
      article.addProperty(Vocab.MENTIONS, r);
    }
    for (Relation rel : facts.relations()) {
      Resource s = m.createResource(Iris.entityIri(rel.from()));
      Property p = Vocab.property(rel.type());
      Resource o = m.createResource(Iris.entityIri(rel.to()));
      s.addProperty(p, o);
      Resource st = m.createResource(statementIri(a.id(), rel), Vocab.STATEMENT);
      st.addProperty(RDF.subject, s);
      st.addProperty(RDF.predicate, p);
      st.addProperty(RDF.object, o);
      st.addProperty(Vocab.EVIDENCE, rel.evidence());
      st.addLiteral(Vocab.CONFIDENCE, m.createTypedLiteral(BigDecimal.valueOf(rel.confidence()), XSDDatatype.XSDdecimal));
      st.addProperty(Vocab.RULE, rel.rule());
      st.addProperty(Vocab.WAS_DERIVED_FROM, article);
    }
    return m;
  }

  /** The statement node of a relation in an article: stable, so a reload replaces it. */
  public static String statementIri(String articleId, Relation rel) {
    return Iris.ID + "statement/" + Ids.hash(articleId + "\n" + rel.key()).substring(0, 24);
  }

  private static void addAttribute(Model m, Resource r, EntityType type, String key, Object value) {
    if (key.equals("wikidata")) {
      r.addProperty(OWL.sameAs, m.createResource(Vocab.WIKIDATA + value));
      return;
    }
    Property p = Vocab.property(AttributeNames.rdfProperty(type, key));
    r.addLiteral(p, literal(m, value));
  }

  private static Literal literal(Model m, Object value) {
    if (value instanceof Boolean b) {
      return m.createTypedLiteral(b);
    }
    if (value instanceof Long || value instanceof Integer) {
      return m.createTypedLiteral(new BigDecimal(value.toString()), XSDDatatype.XSDdecimal);
    }
    if (value instanceof Double d) {
      return m.createTypedLiteral(BigDecimal.valueOf(d), XSDDatatype.XSDdecimal);
    }
    return ResourceFactory.createStringLiteral(value.toString());
  }
}
