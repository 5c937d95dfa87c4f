package org.partnergraph.rdf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.partnergraph.model.EntityType;
import org.partnergraph.model.RelationType;

/**
 * The IRIs of partnergraph's RDF view, minted from stable ids (never from article text) and
 * percent-encoded segment by segment. {@code ontology/partnergraph.ttl} declares the same terms.
 */
public final class Vocab {
  public static final String ONTOLOGY = "https://partnergraph.org/ontology#";
  public static final String ID = "https://partnergraph.org/id/";
  public static final String GRAPH = "https://partnergraph.org/graph/article/";
  public static final String PROV = "http://www.w3.org/ns/prov#";
  public static final String WIKIDATA = "http://www.wikidata.org/entity/";

  public static final Resource ARTICLE = term("Article");
  public static final Resource STATEMENT = term("Statement");
  public static final Property ENTITY_ID = property("id");
  public static final Property MENTIONS = property("mentions");
  public static final Property EVIDENCE = property("evidence");
  public static final Property CONFIDENCE = property("confidence");
  public static final Property RULE = property("rule");
  public static final Property EXTRACTOR = property("extractor");
  public static final Property URL = property("url");
  public static final Property WAS_DERIVED_FROM = ResourceFactory.createProperty(PROV, "wasDerivedFrom");

  private Vocab() {}

  public static Resource term(String localName) {
    return ResourceFactory.createResource(ONTOLOGY + localName);
  }

  public static Property property(String localName) {
    return ResourceFactory.createProperty(ONTOLOGY, localName);
  }

  public static Resource type(EntityType type) {
    return term(type.label());
  }

  public static Property property(RelationType type) {
    return property(type.rdfProperty());
  }

  /** {@code region/ru-niz} becomes {@code https://partnergraph.org/id/region/ru-niz}. */
  public static String entityIri(String id) {
    StringBuilder b = new StringBuilder(ID);
    String[] segments = id.split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      if (i > 0) {
        b.append('/');
      }
      b.append(encode(segments[i]));
    }
    return b.toString();
  }

  public static String articleIri(String articleId) {
    return ID + "article/" + encode(articleId);
  }

  public static String graphIri(String articleId) {
    return GRAPH + encode(articleId);
  }

  /** The article id a named graph holds, or {@code null} for a graph that is not an article's. */
  public static String articleIdOfGraph(String graphIri) {
    if (!graphIri.startsWith(GRAPH)) {
      return null;
    }
    return java.net.URLDecoder.decode(graphIri.substring(GRAPH.length()), StandardCharsets.UTF_8);
  }

  static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
  }
}
