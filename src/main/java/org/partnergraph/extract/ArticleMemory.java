package org.partnergraph.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnergraph.extract.Mention.How;
import org.partnergraph.model.EntityType;
import org.partnergraph.resolve.ArticleEntities;

/**
 * What one article has said so far, in one place for the parts that read it: what it named last,
 * the regions it named and who heads them, the names it gave to what the reference data does not
 * know, and the towns it placed in a region.
 */
final class ArticleMemory {
  private final ArticleEntities entities;
  private final Map<EntityType, String> last = new LinkedHashMap<>();
  private String lastFocus;
  /** Every entity some mention in the article still stands for. */
  private final Set<String> mentioned = new LinkedHashSet<>();
  private final Set<String> regionsSeen = new LinkedHashSet<>();
  private final Map<String, String> governedRegion = new LinkedHashMap<>();
  /**
   * Companies, brands, regions and towns the reference data does not know, found by a pattern
   * earlier in the article: by type, the name the article gave them to their id.
   */
  private final Map<EntityType, Map<String, String>> names = new EnumMap<>(EntityType.class);
  /** Towns the article places in a region ("SALTILLO, Coahuila —", "Debrecen, the seat of Hajdú-Bihar county"): town to region. */
  private final Map<String, String> townRegions = new LinkedHashMap<>();

  ArticleMemory(ArticleEntities entities) {
    this.entities = entities;
  }

  /**
   * A sentence's mentions, read: each now mentioned, and the last of its type (a demonym names no
   * entity). What a long quotation names is no new focus: "the world still wants to build in Georgia".
   */
  void read(String s, List<Mention> sentence) {
    for (Mention m : sentence) {
      mentioned.add(m.id());
      if (m.how() != How.DEMONYM) {
        last.put(m.type(), m.id());
        if ((m.type() == EntityType.AUTOMAKER || m.type() == EntityType.REGION || m.type() == EntityType.PLANT) && !Clauses.insideQuote(s, m.start())) {
          lastFocus = m.id();
        }
      }
    }
  }

  /** Whether any mention in the article stands for this entity (a name taken back, as "Ford" for Premier Doug Ford, has none). */
  boolean mentioned(String id) {
    return mentioned.contains(id);
  }

  /** Every entity some mention in the article stands for, in the order the article first named them. */
  Set<String> mentioned() {
    return Collections.unmodifiableSet(mentioned);
  }

  Optional<String> last(EntityType type) {
    return Optional.ofNullable(last.get(type));
  }

  /** The automaker, region or plant the text was last about: the owner of a figure with no subject. */
  Optional<String> focus() {
    return Optional.ofNullable(lastFocus);
  }

  /** The regions among a sentence's mentions are regions the article has named. */
  void sawRegions(List<Mention> sentence) {
    sentence.stream().filter(x -> x.type() == EntityType.REGION).forEach(x -> regionsSeen.add(x.id()));
  }

  /** The one region the article has named so far, if it has named exactly one. */
  Optional<String> onlyRegion() {
    return regionsSeen.size() == 1 ? Optional.of(regionsSeen.iterator().next()) : Optional.empty();
  }

  /** The one region of this country the article has named so far, if it has named exactly one. */
  Optional<String> onlyRegionIn(String country) {
    List<String> in = regionsSeen.stream().filter(r -> entities.countryCode(r).map(country::equals).orElse(false)).toList();
    return in.size() == 1 ? Optional.of(in.get(0)) : Optional.empty();
  }

  void governs(String governor, String region) {
    governedRegion.put(governor, region);
  }

  Optional<String> regionOf(String governor) {
    return Optional.ofNullable(governedRegion.get(governor));
  }

  /** "the state government" after "… in Perak": the region the article's governor heads, not the one named last. */
  Optional<String> governorsRegion() {
    return Optional.ofNullable(last.get(EntityType.GOVERNOR)).map(governedRegion::get);
  }

  /** A name the article gave something the reference data does not know; the first id given a name keeps it. */
  void named(EntityType type, String name, String id) {
    names.computeIfAbsent(type, t -> new LinkedHashMap<>()).putIfAbsent(name, id);
  }

  /** Mentions, by name, of what the article named before and the reference data does not know. */
  void nameAgain(String s, List<Mention> out, EntityType type) {
    for (var e : names.getOrDefault(type, Map.of()).entrySet()) {
      for (int[] at : occurrences(s, e.getKey())) {
        if (out.stream().noneMatch(x -> x.overlaps(at[0], at[1]))) {
          out.add(new Mention(type, e.getValue(), at[0], at[1], How.NAME));
        }
      }
    }
  }

  /** Where a remembered name (a surname, a town) stands as a whole word in the sentence, as [start, end]. */
  static List<int[]> occurrences(String s, String word) {
    List<int[]> at = new ArrayList<>();
    for (int i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + 1)) {
      int end = i + word.length();
      boolean starts = i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)) || !Character.isLetterOrDigit(word.charAt(0));
      boolean ends = end == s.length() || !Character.isLetterOrDigit(s.charAt(end)) || !Character.isLetterOrDigit(word.charAt(word.length() - 1));
      if (starts && ends) {
        at.add(new int[] {i, end});
      }
    }
    return at;
  }

  /** A town the article places in a region; the first region it is placed in keeps it. */
  void placeTown(String town, String region) {
    townRegions.putIfAbsent(town, region);
  }

  Optional<String> regionOfTown(String town) {
    return Optional.ofNullable(townRegions.get(town));
  }
}
