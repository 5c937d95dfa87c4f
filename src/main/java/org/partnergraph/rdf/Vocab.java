package org.partnergraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.partnergraph.model.EntityType;
import org.partnergraph.model.RelationType;

/**
 * The Jena terms of partnergraph's RDF view; {@code ontology/partnergraph.ttl} declares the same
 * terms. The IRIs of entities, articles and graphs are minted by {@link org.partnergraph.model.Iris}.
 */
public final class Vocab {
  public static final String ONTOLOGY = "https://partnergraph.org/ontology#";
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
}
