package org.partnergraph.model;

import java.util.Locale;

/**
 * The closed set of node kinds in both views; the Neo4j label, the OWL class and the id prefix
 * all derive from here so that they cannot drift apart.
 */
public enum EntityType {
  GOVERNOR,
  REGION,
  AUTOMAKER,
  PLANT,
  FORUM,
  COUNTRY,
  CITY,
  BRAND,
  PARTNERSHIP,
  METRIC;

  /** The Neo4j label and OWL class local name, e.g. {@code Governor}. */
  public String label() {
    String n = name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(n.charAt(0)) + n.substring(1);
  }

  /** The first segment of ids of this type, e.g. {@code governor} in {@code governor/gleb-nikitin}. */
  public String idPrefix() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a label such as {@code Governor}; throws with the offending value otherwise. */
  public static EntityType fromLabel(String label) {
    for (EntityType t : values()) {
      if (t.label().equals(label)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown entity type: " + label);
  }
}
