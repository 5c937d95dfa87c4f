package org.partnergraph.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.partnergraph.extract.Mention.How;
import org.partnergraph.model.EntityType;
import org.partnergraph.resolve.ArticleDiscourse;
import org.partnergraph.resolve.ArticleEntities;

/**
 * What one article has said so far, for the parts that read it: the mentions of each sentence
 * told to the article's {@link ArticleDiscourse} (which keeps the antecedents, by id, in
 * {@code resolve}), and the names it gave found again in later sentences.
 */
final class ArticleMemory {
  private final ArticleDiscourse discourse;
  /** The countries the article has named by name ("Serbia", not "the Serbian state"), in the order it named them. */
  private final Set<String> countriesByName = new LinkedHashSet<>();

  ArticleMemory(ArticleEntities entities) {
    this.discourse = new ArticleDiscourse(entities);
  }

  /**
   * A sentence's mentions, read: each now mentioned, and the last of its type (a demonym names no
   * entity). What a long quotation names is no new focus: "the world still wants to build in Georgia".
   */
  void read(String s, List<Mention> sentence) {
    for (Mention m : sentence) {
      boolean mayBeFocus = (m.type() == EntityType.AUTOMAKER || m.type() == EntityType.REGION || m.type() == EntityType.PLANT)
          && m.how() != How.DEMONYM && !Clauses.insideQuote(s, m.start());
      discourse.mentionedAs(m.type(), m.id(), m.how() == How.DEMONYM, mayBeFocus);
      if (m.type() == EntityType.COUNTRY && m.how() == How.NAME) {
        countriesByName.add(m.id());
      }
    }
  }

  /** The countries the article has named by their name so far: an adjective ("a Chinese supplier") names no place. */
  Set<String> countriesNamed() {
    return Collections.unmodifiableSet(countriesByName);
  }

  /** Whether any mention in the article stands for this entity (a name taken back, as "Ford" for Premier Doug Ford, has none). */
  boolean mentioned(String id) {
    return discourse.mentioned(id);
  }

  /** Every entity some mention in the article stands for, in the order the article first named them. */
  Set<String> mentioned() {
    return discourse.mentioned();
  }

  Optional<String> last(EntityType type) {
    return discourse.last(type);
  }

  /** The automaker, region or plant the text was last about: the owner of a figure with no subject. */
  Optional<String> focus() {
    return discourse.focus();
  }

  /** The regions among a sentence's mentions are regions the article has named. */
  void sawRegions(List<Mention> sentence) {
    sentence.stream().filter(x -> x.type() == EntityType.REGION).forEach(x -> discourse.sawRegion(x.id()));
  }

  /** The one region the article has named so far, if it has named exactly one. */
  Optional<String> onlyRegion() {
    return discourse.onlyRegion();
  }

  /** The one region of this country the article has named so far, if it has named exactly one. */
  Optional<String> onlyRegionIn(String country) {
    return discourse.onlyRegionIn(country);
  }

  void governs(String governor, String region) {
    discourse.governs(governor, region);
  }

  Optional<String> regionOf(String governor) {
    return discourse.regionOf(governor);
  }

  /** "the state government" after "… in Perak": the region the article's governor heads, not the one named last. */
  Optional<String> governorsRegion() {
    return discourse.governorsRegion();
  }

  /** A name the article gave something the reference data does not know; the first id given a name keeps it. */
  void named(EntityType type, String name, String id) {
    discourse.named(type, name, id);
  }

  /** Mentions, by name, of what the article named before and the reference data does not know. */
  void nameAgain(String s, List<Mention> out, EntityType type) {
    for (var e : discourse.namesGiven(type).entrySet()) {
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
    discourse.placeTown(town, region);
  }

  Optional<String> regionOfTown(String town) {
    return discourse.regionOfTown(town);
  }
}
