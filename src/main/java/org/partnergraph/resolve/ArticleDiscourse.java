package org.partnergraph.resolve;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnergraph.model.EntityType;

/**
 * What one article has said so far about its entities, by id: what it named last of each type,
 * what it was last about, the regions it named and who heads them, the names it gave to what the
 * reference data does not know, and the towns it placed in a region. The antecedents coreference
 * resolves to, kept apart from the reading of text so that any extractor's mentions can use them.
 */
public final class ArticleDiscourse {
  private final ArticleEntities entities;
  private final Map<EntityType, String> last = new LinkedHashMap<>();
  private String lastFocus;
  /** Every entity some mention in the article still stands for. */
  private final Set<String> mentioned = new LinkedHashSet<>();
  private final Set<String> regionsSeen = new LinkedHashSet<>();
  private final Map<String, String> governedRegion = new LinkedHashMap<>();
  /** Entities the reference data does not know, by type: the name the article gave them to their id. */
  private final Map<EntityType, Map<String, String>> names = new EnumMap<>(EntityType.class);
  /** Towns the article places in a region: town to region. */
  private final Map<String, String> townRegions = new LinkedHashMap<>();

  public ArticleDiscourse(ArticleEntities entities) {
    this.entities = entities;
  }

  /**
   * A mention of {@code id}: the entity is now mentioned; unless the mention only names its
   * country by an adjective, it is the last of its type, and the focus if it may be one.
   */
  public void mentionedAs(EntityType type, String id, boolean byAdjective, boolean mayBeFocus) {
    mentioned.add(id);
    if (!byAdjective) {
      last.put(type, id);
      if (mayBeFocus) {
        lastFocus = id;
      }
    }
  }

  /** Whether any mention in the article stands for this entity (a name taken back, as "Ford" for Premier Doug Ford, has none). */
  public boolean mentioned(String id) {
    return mentioned.contains(id);
  }

  /** Every entity some mention in the article stands for, in the order the article first named them. */
  public Set<String> mentioned() {
    return Collections.unmodifiableSet(mentioned);
  }

  public Optional<String> last(EntityType type) {
    return Optional.ofNullable(last.get(type));
  }

  /** The automaker, region or plant the text was last about: the owner of a figure with no subject. */
  public Optional<String> focus() {
    return Optional.ofNullable(lastFocus);
  }

  /** A region the article has named. */
  public void sawRegion(String region) {
    regionsSeen.add(region);
  }

  /** The one region the article has named so far, if it has named exactly one. */
  public Optional<String> onlyRegion() {
    return regionsSeen.size() == 1 ? Optional.of(regionsSeen.iterator().next()) : Optional.empty();
  }

  /** The one region of this country the article has named so far, if it has named exactly one. */
  public Optional<String> onlyRegionIn(String country) {
    List<String> in = regionsSeen.stream().filter(r -> entities.countryCode(r).map(country::equals).orElse(false)).toList();
    return in.size() == 1 ? Optional.of(in.get(0)) : Optional.empty();
  }

  public void governs(String governor, String region) {
    governedRegion.put(governor, region);
  }

  public Optional<String> regionOf(String governor) {
    return Optional.ofNullable(governedRegion.get(governor));
  }

  /** "the state government" after "… in Perak": the region the article's governor heads, not the one named last. */
  public Optional<String> governorsRegion() {
    return Optional.ofNullable(last.get(EntityType.GOVERNOR)).map(governedRegion::get);
  }

  /** A name the article gave something the reference data does not know; the first id given a name keeps it. */
  public void named(EntityType type, String name, String id) {
    names.computeIfAbsent(type, t -> new LinkedHashMap<>()).putIfAbsent(name, id);
  }

  /** The names the article gave things of this type the reference data does not know, to their ids, in the order given. */
  public Map<String, String> namesGiven(EntityType type) {
    return Collections.unmodifiableMap(names.getOrDefault(type, Map.of()));
  }

  /** A town the article places in a region; the first region it is placed in keeps it. */
  public void placeTown(String town, String region) {
    townRegions.putIfAbsent(town, region);
  }

  public Optional<String> regionOfTown(String town) {
    return Optional.ofNullable(townRegions.get(town));
  }
}
