package org.partnergraph.model;

import static org.partnergraph.model.EntityType.*;

import java.util.EnumSet;
import java.util.Set;

/**
 * The closed set of fact relationships, with the node types each may connect. The Cypher
 * relationship type, the OWL object property and the SHACL shapes all derive from here.
 */
public enum RelationType {
  GOVERNS("governs", EnumSet.of(GOVERNOR), EnumSet.of(REGION)),
  IN_COUNTRY("inCountry", EnumSet.of(REGION, CITY), EnumSet.of(COUNTRY)),
  LOCATED_IN("locatedIn", EnumSet.of(PLANT, CITY), EnumSet.of(CITY, REGION)),
  HEADQUARTERED_IN("headquarteredIn", EnumSet.of(AUTOMAKER), EnumSet.of(COUNTRY, CITY)),
  OPERATES("operates", EnumSet.of(AUTOMAKER), EnumSet.of(PLANT)),
  OWNS_BRAND("ownsBrand", EnumSet.of(AUTOMAKER), EnumSet.of(BRAND)),
  HELD_IN("heldIn", EnumSet.of(FORUM), EnumSet.of(CITY, COUNTRY)),
  ATTENDED("attended", EnumSet.of(GOVERNOR), EnumSet.of(FORUM)),
  SPOKE_AT("spokeAt", EnumSet.of(GOVERNOR), EnumSet.of(FORUM)),
  VISITED("visited", EnumSet.of(GOVERNOR), EnumSet.of(AUTOMAKER, PLANT, CITY, COUNTRY)),
  INVITED("invited", EnumSet.of(GOVERNOR), EnumSet.of(AUTOMAKER)),
  PARTY("party", EnumSet.of(PARTNERSHIP), EnumSet.of(REGION, AUTOMAKER)),
  PARTNER_COUNTRY("partnerCountry", EnumSet.of(PARTNERSHIP), EnumSet.of(COUNTRY)),
  AT_PLANT("atPlant", EnumSet.of(PARTNERSHIP), EnumSet.of(PLANT)),
  HAS_METRIC("hasMetric", EnumSet.complementOf(EnumSet.of(METRIC)), EnumSet.of(METRIC));

  private final String rdfProperty;
  private final Set<EntityType> from;
  private final Set<EntityType> to;

  RelationType(String rdfProperty, Set<EntityType> from, Set<EntityType> to) {
    this.rdfProperty = rdfProperty;
    this.from = from;
    this.to = to;
  }

  /** The local name of the OWL object property, e.g. {@code spokeAt}. */
  public String rdfProperty() {
    return rdfProperty;
  }

  public Set<EntityType> from() {
    return from;
  }

  public Set<EntityType> to() {
    return to;
  }

  /** Whether an edge of this type may join nodes of these two types. */
  public boolean allows(EntityType source, EntityType target) {
    return from.contains(source) && to.contains(target);
  }
}
