package org.partnergraph.rdf;

import java.util.Map;
import org.partnergraph.model.EntityType;

/**
 * Entity attributes and their OWL datatype properties. Partnerships and metrics both have a
 * {@code kind}, which must stay two properties in RDF so that shapes can check each.
 */
public final class AttributeNames {
  private static final Map<String, String> METRIC =
      Map.of("name", "metricName", "value", "value", "unit", "unit", "period", "period", "kind", "metricKind", "qualifier", "qualifier");
  private static final Map<String, String> PARTNERSHIP =
      Map.of("kind", "partnershipKind", "status", "status", "crossBorder", "crossBorder");
  private static final Map<String, String> ANY = Map.of("code", "code");

  private AttributeNames() {}

  public static String rdfProperty(EntityType type, String key) {
    Map<String, String> own = switch (type) {
      case METRIC -> METRIC;
      case PARTNERSHIP -> PARTNERSHIP;
      default -> Map.of();
    };
    String p = own.getOrDefault(key, ANY.get(key));
    if (p == null) {
      throw new IllegalArgumentException("no RDF property for attribute '" + key + "' of " + type.label());
    }
    return p;
  }
}
