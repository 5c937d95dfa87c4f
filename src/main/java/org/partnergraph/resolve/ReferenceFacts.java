package org.partnergraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.partnergraph.model.Entity;
import org.partnergraph.model.Relation;
import org.partnergraph.model.RelationType;

/**
 * What the reference data knows of the entities an article names, stated the same way whichever
 * extractor named them: a known region's or town's country ({@code inCountry}) and a known
 * automaker's home country ({@code headquarteredIn}). Part of resolution, not of reading: the rules
 * and the annotation converter (so the language model) both take these facts from here, so a
 * region an LLM found sits in its country in the graph as one the rules found does.
 *
 * <pre>{@code
 * List<Relation> known = ReferenceFacts.of(entities, ReferenceFacts.firstNaming(entities, sentences));
 * }</pre>
 */
public final class ReferenceFacts {
  /** The rule id these facts record: the reference data, not a reading of the text. */
  public static final String IN_COUNTRY_RULE = "reference.in-country";
  public static final String HEADQUARTERS_RULE = "reference.headquartered-in";
  /** Reference data can be out of date or the article can mean a namesake; not 1. */
  static final double CONFIDENCE = 0.99;

  private ReferenceFacts() {}

  /**
   * The country of every region and town, and the home of every automaker, that the reference data
   * places, in the order the entities were resolved. A country not yet among the article's entities
   * is added to them.
   *
   * @param evidence the sentence that names an entity, by its id; an entity it gives none for (null) gets no fact
   */
  public static List<Relation> of(ArticleEntities entities, Function<String, String> evidence) {
    List<Relation> out = new ArrayList<>();
    for (Entity e : entities.entities()) {
      String sentence = evidence.apply(e.id());
      RelationType type = switch (e.type()) {
        case REGION, CITY -> RelationType.IN_COUNTRY;
        case AUTOMAKER -> RelationType.HEADQUARTERED_IN;
        default -> null;
      };
      if (sentence == null || type == null) {
        continue;
      }
      String rule = type == RelationType.IN_COUNTRY ? IN_COUNTRY_RULE : HEADQUARTERS_RULE;
      entities.countryCode(e.id())
          .flatMap(code -> entities.country(code, null))
          .filter(country -> !country.equals(e.id()))
          .ifPresent(country -> out.add(new Relation(type, e.id(), country, sentence, CONFIDENCE, rule)));
    }
    return out;
  }

  /**
   * For an extractor that does not track where it saw each entity: the first of the article's
   * sentences that holds one of the entity's names as whole words (case aside), or null.
   */
  public static Function<String, String> firstNaming(ArticleEntities entities, List<String> sentences) {
    List<String> lower = sentences.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    return id -> {
      if (!entities.contains(id)) {
        return null;
      }
      List<String> names = entities.names(id).stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).filter(n -> !n.isEmpty()).toList();
      for (int i = 0; i < sentences.size(); i++) {
        for (String name : names) {
          if (holdsWord(lower.get(i), name)) {
            return sentences.get(i);
          }
        }
      }
      return null;
    };
  }

  /** Whether {@code phrase} occurs in {@code text} with no letter or digit right before or after it. */
  static boolean holdsWord(String text, String phrase) {
    for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      int end = at + phrase.length();
      if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }
}
