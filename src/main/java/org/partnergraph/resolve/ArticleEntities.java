package org.partnergraph.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.partnergraph.model.Entity;
import org.partnergraph.model.EntityType;
import org.partnergraph.model.Ids;
import org.partnergraph.reference.RefEntry;
import org.partnergraph.reference.ReferenceData;

/**
 * The entities of one article, resolved to stable ids: a known name resolves to its reference
 * entry whatever spelling the article uses; an unknown one gets an id minted from its canonical
 * name, so the same governor or forum is one node across articles. Spellings seen become aliases.
 */
public final class ArticleEntities {

  private static final class Draft {
    final String id;
    final EntityType type;
    final String name;
    final Set<String> aliases = new LinkedHashSet<>();
    final Map<String, Object> attributes = new TreeMap<>();
    final String country;

    Draft(String id, EntityType type, String name, String country) {
      this.id = id;
      this.type = type;
      this.name = name;
      this.country = country;
    }
  }

  private final ReferenceData reference;
  private final Map<String, Draft> drafts = new LinkedHashMap<>();

  public ArticleEntities(ReferenceData reference) {
    this.reference = reference;
  }

  /** Resolves a name found in the reference data; returns the entity id. */
  public String known(RefEntry entry, String surface) {
    Draft d = drafts.computeIfAbsent(entry.id(), id -> {
      Draft nd = new Draft(id, entry.type(), entry.name(), entry.country());
      if (entry.type() != EntityType.REGION) { // regions' generated spellings would swamp the list
        nd.aliases.addAll(entry.aliases());
      }
      if (entry.code() != null) {
        nd.attributes.put(entry.type() == EntityType.AUTOMAKER ? "wikidata" : "code", entry.code());
      }
      return nd;
    });
    alias(d, surface);
    return d.id;
  }

  /** Resolves a country by ISO code (from a demonym or a reference link). */
  public Optional<String> country(String isoCode, String surface) {
    return reference.country(isoCode).map(e -> known(e, surface));
  }

  /** Resolves a reference id (a brand's owner, a city's region). */
  public Optional<String> knownId(String referenceId) {
    return reference.byId(referenceId).map(e -> known(e, e.name()));
  }

  /** Mints (or finds) an entity that no reference data knows, keyed by its canonical name. */
  public String minted(EntityType type, String canonicalName, String surface, String country) {
    return minted(Ids.of(type, canonicalName), type, canonicalName, surface, country);
  }

  public String minted(String id, EntityType type, String name, String surface, String country) {
    Draft d = drafts.computeIfAbsent(id, k -> new Draft(k, type, name, country));
    alias(d, surface);
    return d.id;
  }

  /**
   * Mints (or finds) a partnership under {@code id}, named after its parties and its counterpart
   * (a named foreign party or the partner country; null for none), the same whichever extractor
   * found it.
   */
  public String partnership(String id, List<String> parties, String counterpart, String kind) {
    String name = partnershipName(parties.stream().map(this::name).toList(), counterpart == null ? null : name(counterpart), kind);
    return minted(id, EntityType.PARTNERSHIP, name, null, null);
  }

  /** A partnership's display name: "Hyundai – Kaluga Oblast – South Korea (production)". */
  public static String partnershipName(List<String> partyNames, String counterpartName, String kind) {
    return String.join(" – ", partyNames) + (counterpartName == null ? "" : " – " + counterpartName) + " (" + kind + ")";
  }

  /** A figure's display name: "BYD: vehicles sold (2025)". */
  public static String figureName(String ownerName, String name, String period) {
    return ownerName + ": " + name + (period == null ? "" : " (" + period + ")");
  }

  /**
   * Mints (or finds) a figure of {@code owner} under {@code id}, named "BYD: vehicles sold (2025)",
   * and sets its attributes (name, value, unit, kind …), the same whichever extractor read it.
   */
  public String figure(String id, String owner, String name, String period, Map<String, Object> attributes) {
    minted(id, EntityType.METRIC, figureName(name(owner), name, period), null, null);
    attributes.forEach((key, value) -> attribute(id, key, value));
    return id;
  }

  public void attribute(String id, String key, Object value) {
    drafts.get(id).attributes.put(key, value);
  }

  public Object attribute(String id, String key) {
    Draft d = drafts.get(id);
    return d == null ? null : d.attributes.get(key);
  }

  public boolean contains(String id) {
    return drafts.containsKey(id);
  }

  public EntityType type(String id) {
    return drafts.get(id).type;
  }

  public String name(String id) {
    return drafts.get(id).name;
  }

  /** The entity's name and every other form the article and the reference data use for it. */
  public Set<String> names(String id) {
    Draft d = drafts.get(id);
    Set<String> all = new LinkedHashSet<>(d.aliases);
    all.add(d.name);
    return all;
  }

  /** ISO code of the country the entity sits in or comes from, when known. */
  public Optional<String> countryCode(String id) {
    Draft d = drafts.get(id);
    if (d == null) {
      return Optional.empty();
    }
    if (d.type == EntityType.COUNTRY) {
      return Optional.ofNullable((String) d.attributes.get("code"));
    }
    return Optional.ofNullable(d.country);
  }

  public Optional<RefEntry> reference(String id) {
    return reference.byId(id);
  }

  private static void alias(Draft d, String surface) {
    if (surface != null) {
      String s = surface.strip().replace('’', '\'');
      if (!s.isEmpty() && !s.equals(d.name) && s.length() <= 120 && !s.endsWith(" regional")) {
        d.aliases.add(s);
      }
    }
  }

  /** Drops an entity that no mention ended up standing for. */
  public void forget(String id) {
    drafts.remove(id);
  }

  public List<Entity> entities() {
    List<Entity> out = new ArrayList<>();
    for (Draft d : drafts.values()) {
      out.add(Entity.of(d.id, d.type, d.name, List.copyOf(d.aliases), d.attributes));
    }
    return out;
  }
}
