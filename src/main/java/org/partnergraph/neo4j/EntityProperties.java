package org.partnergraph.neo4j;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.partnergraph.model.Iris;
import org.partnergraph.model.PartnershipStatus;

/**
 * An entity node's properties merged from every article that mentions it, in article-id order:
 * aliases are the union, other attributes come from the last article, and a partnership's
 * status is the furthest any article reports. Deterministic whatever the load order.
 */
final class EntityProperties {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String id;
  private String name;
  private final TreeSet<String> aliases = new TreeSet<>();
  private final Map<String, Object> attributes = new TreeMap<>();
  private PartnershipStatus status;

  EntityProperties(String id) {
    this.id = id;
  }

  String id() {
    return id;
  }

  void add(String articleName, java.util.List<String> articleAliases, String attributesJson) {
    if (articleName != null) {
      name = articleName;
    }
    aliases.addAll(articleAliases);
    Map<String, Object> attrs = fromJson(attributesJson);
    Object s = attrs.remove("status");
    if (s != null) {
      PartnershipStatus st = PartnershipStatus.of(s.toString());
      status = status == null || st.compareTo(status) > 0 ? st : status;
    }
    attributes.putAll(attrs);
  }

  Map<String, Object> properties() {
    Map<String, Object> p = new TreeMap<>(attributes);
    if (status != null) {
      p.put("status", status.value());
    }
    p.put("id", id);
    p.putIfAbsent("name", name == null ? id : name); // a Metric's own name attribute wins
    p.put("aliases", java.util.List.copyOf(aliases));
    p.put("iri", Iris.entityIri(id));
    return p;
  }

  static String toJson(Map<String, Object> attributes) {
    try {
      return JSON.writeValueAsString(new TreeMap<>(attributes));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> fromJson(String json) {
    if (json == null || json.isEmpty()) {
      return new TreeMap<>();
    }
    try {
      return JSON.readValue(json, new TypeReference<TreeMap<String, Object>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("bad attributes on a MENTIONS edge: " + json, e);
    }
  }
}
