package org.partnergraph.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/**
 * An entity id taken apart: {@code country/cn} is the type {@link EntityType#COUNTRY} and the key
 * {@code cn}. The one place that takes an id apart and the one place that puts one together (its
 * factories below), so that no caller cuts or joins ids by hand and every extractor keys the same
 * entity the same way. The key may itself hold slashes ({@code metric/byd/vehicles/2025/target}):
 * only the first one separates the type.
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

  /** An id whose key is used as written, as a reference file's key ({@code city/kaluga}). */
  public static EntityId of(EntityType type, String key) {
    return new EntityId(type, key);
  }

  /** The id an unknown name gets, its key the name's slug: the same name gives the same id in every article. */
  public static EntityId named(EntityType type, String name) {
    return new EntityId(type, Ids.slug(name));
  }

  /** A country's id from its ISO code in any case: {@code CN} gives {@code country/cn}. */
  public static EntityId country(String isoCode) {
    return new EntityId(EntityType.COUNTRY, isoCode.toLowerCase(Locale.ROOT));
  }

  /** A region's id from its ISO 3166-2 code in any case: {@code RU-KLU} gives {@code region/ru-klu}. */
  public static EntityId region(String isoCode) {
    return new EntityId(EntityType.REGION, isoCode.toLowerCase(Locale.ROOT));
  }

  /**
   * A partnership's id: its local parties in id order, then its named counterpart or partner
   * country, if any; whichever extractor found it, the same parties give the same id.
   */
  public static EntityId partnership(Collection<String> partyIds, String counterpartId) {
    List<String> keyParts = new ArrayList<>(new TreeSet<>(partyIds));
    if (counterpartId != null) {
      keyParts.add(counterpartId);
    }
    return new EntityId(EntityType.PARTNERSHIP, Ids.slug(String.join("--", keyParts)));
  }

  /**
   * A figure's id: its owner's key, what it counts, the period and whether it is a target, so
   * that two articles giving the same figure give it one node.
   */
  public static EntityId metric(String ownerId, String name, String period, boolean target) {
    String key = Ids.slug(parse(ownerId).key()) + SEPARATOR + Ids.slug(name)
        + (period == null ? "" : SEPARATOR + Ids.slug(period)) + (target ? SEPARATOR + "target" : "");
    return new EntityId(EntityType.METRIC, key);
  }

  /** The {@code nth} figure under the same id ("150,000 at first, 300,000 later"): the first keeps this id. */
  public EntityId numbered(int nth) {
    return nth == 1 ? this : new EntityId(type, key + SEPARATOR + nth);
  }

  /**
   * The {@code nth} (from 2) partnership of the same parties in one article, a second cooperation
   * rather than the first one overwritten: told apart by its kind, then by number.
   */
  public EntityId another(String kind, int nth) {
    return new EntityId(type, key + "--" + Ids.slug(kind) + (nth == 2 ? "" : "-" + nth));
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

  /** A country's ISO code, as the reference data writes it: {@code country/cn} gives {@code CN}. */
  public String isoCode() {
    if (type != EntityType.COUNTRY) {
      throw new IllegalStateException("only a country id has an ISO code, not " + this);
    }
    return key.toUpperCase(Locale.ROOT);
  }

  /** Whether {@code id} names a region of the country with this ISO code: {@code region/ru-klu} is in {@code RU}. */
  public static boolean isRegionIn(String id, String countryIsoCode) {
    return id.startsWith(region(countryIsoCode + "-").toString());
  }

  /** The id as stored everywhere, e.g. {@code country/cn}. */
  @Override
  public String toString() {
    return type.idPrefix() + SEPARATOR + key;
  }
}
