package org.partnergraph.model;

import java.util.Objects;

/**
 * An entity id taken apart: {@code country/cn} is the type {@link EntityType#COUNTRY} and the key
 * {@code cn}. The one place that takes an id apart, so that no caller cuts ids by hand (ids are
 * still put together by their minters: {@code Ids.of}, the partnership and figure readers). The
 * key may itself hold slashes ({@code metric/byd/vehicles/2025/target}): only the first one
 * separates the type.
 */
public record EntityId(EntityType type, String key) {
  private static final char SEPARATOR = '/';

  public EntityId {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(key, "key");
    if (key.isEmpty()) {
      throw new IllegalArgumentException("empty key for an id of type " + type.label());
    }
  }

  /** Parses {@code country/cn}; throws, naming the id, for one without a known type or a key. */
  public static EntityId parse(String id) {
    int at = id.indexOf(SEPARATOR);
    if (at < 0) {
      throw new IllegalArgumentException("malformed entity id '" + id + "': expected <type>/<key>");
    }
    String prefix = id.substring(0, at);
    for (EntityType type : EntityType.values()) {
      if (type.idPrefix().equals(prefix)) {
        if (at == id.length() - 1) {
          throw new IllegalArgumentException("malformed entity id '" + id + "': the key is empty");
        }
        return new EntityId(type, id.substring(at + 1));
      }
    }
    throw new IllegalArgumentException("malformed entity id '" + id + "': unknown type '" + prefix + "'");
  }

  /** Whether {@code id} names an entity of {@code type}, e.g. {@code automaker/byd} of AUTOMAKER. */
  public static boolean isOf(String id, EntityType type) {
    return id.startsWith(type.idPrefix() + SEPARATOR);
  }

  /** The id as stored everywhere, e.g. {@code country/cn}. */
  @Override
  public String toString() {
    return type.idPrefix() + SEPARATOR + key;
  }
}
