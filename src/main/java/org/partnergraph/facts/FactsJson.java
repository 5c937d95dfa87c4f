package org.partnergraph.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.partnergraph.model.Article;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.Entity;
import org.partnergraph.model.EntityType;
import org.partnergraph.model.Relation;
import org.partnergraph.model.RelationType;

/**
 * The facts interchange format, one JSON object per article per line, as documented by
 * {@code ontology/facts.schema.json}. The one place that maps between JSON and the model.
 */
public final class FactsJson {
  static final ObjectMapper JSON = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private FactsJson() {}

  public static String toLine(ArticleFacts facts) {
    ObjectNode root = JSON.createObjectNode();
    root.put("extractor", facts.extractor());
    Article a = facts.article();
    ObjectNode article = root.putObject("article");
    article.put("id", a.id());
    putIfPresent(article, "title", a.title());
    putIfPresent(article, "source", a.source());
    putIfPresent(article, "url", a.url());
    putIfPresent(article, "published", a.published());
    ArrayNode entities = root.putArray("entities");
    for (Entity e : facts.entities()) {
      ObjectNode n = entities.addObject();
      n.put("id", e.id());
      n.put("type", e.type().label());
      n.put("name", e.name());
      ArrayNode aliases = n.putArray("aliases");
      e.aliases().forEach(aliases::add);
      if (!e.attributes().isEmpty()) {
        n.set("attributes", JSON.valueToTree(e.attributes()));
      }
    }
    ArrayNode relations = root.putArray("relations");
    for (Relation r : facts.relations()) {
      ObjectNode n = relations.addObject();
      n.put("type", r.type().name());
      n.put("from", r.from());
      n.put("to", r.to());
      n.put("evidence", r.evidence());
      n.put("confidence", r.confidence());
      n.put("rule", r.rule());
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (Exception e) {
      throw new IllegalStateException("cannot serialise facts of " + a.id(), e);
    }
  }

  /** Reads a line already validated against the schema; {@code origin} is its {@code file:line}. */
  static ArticleFacts fromTree(JsonNode root, String origin) {
    JsonNode a = root.get("article");
    Article article = new Article(a.get("id").asText(), text(a, "title"), "", text(a, "url"), text(a, "source"), text(a, "published"), origin);
    List<Entity> entities = new ArrayList<>();
    for (JsonNode n : root.get("entities")) {
      List<String> aliases = new ArrayList<>();
      if (n.has("aliases")) {
        n.get("aliases").forEach(x -> aliases.add(x.asText()));
      }
      Map<String, Object> attributes = new TreeMap<>();
      if (n.has("attributes")) {
        n.get("attributes").fields().forEachRemaining(f -> attributes.put(f.getKey(), scalar(f.getValue())));
      }
      entities.add(Entity.of(n.get("id").asText(), EntityType.fromLabel(n.get("type").asText()), n.get("name").asText(), aliases, attributes));
    }
    String extractor = root.has("extractor") ? root.get("extractor").asText() : "unknown";
    List<Relation> relations = new ArrayList<>();
    for (JsonNode n : root.get("relations")) {
      // a facts line from another tool may not say which of its rules decided: then its extractor did
      relations.add(new Relation(RelationType.valueOf(n.get("type").asText()), n.get("from").asText(), n.get("to").asText(),
          n.get("evidence").asText(), n.has("confidence") ? n.get("confidence").asDouble() : 1.0,
          n.has("rule") ? n.get("rule").asText() : extractor));
    }
    return new ArticleFacts(article, entities, relations, extractor);
  }

  private static Object scalar(JsonNode v) {
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    if (v.isIntegralNumber()) {
      return v.longValue();
    }
    if (v.isNumber()) {
      return v.doubleValue();
    }
    return v.asText();
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static void putIfPresent(ObjectNode n, String field, String value) {
    if (value != null) {
      n.put(field, value);
    }
  }
}
