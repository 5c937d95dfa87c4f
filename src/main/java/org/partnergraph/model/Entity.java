package org.partnergraph.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A resolved real-world thing: the same id in every article that mentions it. Its name and
 * aliases are kept in {@link Names#normal normal form}, whoever made it (an extractor, a facts file).
 *
 * @param id stable id, {@code <type>/<key>}, e.g. {@code region/ru-niz}
 * @param attributes type-specific properties (a Partnership's status, a Metric's value, …)
 */
public record Entity(
    String id, EntityType type, String name, List<String> aliases, SortedMap<String, Object> attributes) {

  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    name = Names.normal(name);
    aliases = List.copyOf(aliases.stream().map(Names::normal).toList());
    attributes = new TreeMap<>(attributes);
  }

  public static Entity of(String id, EntityType type, String name, List<String> aliases) {
    return new Entity(id, type, name, aliases, new TreeMap<>());
  }

  public static Entity of(
      String id, EntityType type, String name, List<String> aliases, Map<String, Object> attributes) {
    return new Entity(id, type, name, aliases, new TreeMap<>(attributes));
  }

  public Object attribute(String key) {
    return attributes.get(key);
  }
}
