package org.partnergraph.extract;

import java.util.List;
import org.partnergraph.extract.tokens.TokenRules;
import org.partnergraph.model.EntityType;
import org.partnergraph.reference.Gazetteer;
import org.partnergraph.reference.ReferenceData;
import org.partnergraph.resolve.ArticleEntities;

/**
 * The mention finder as a reader's pattern tests use it: over the bundled reference data and the
 * English rule files of one rules version (the oldest, unless named), one article's memory,
 * sentences read one at a time.
 */
final class OneSentence {
  private final ArticleEntities entities = new ArticleEntities(ReferenceData.bundled());
  private final MentionFinder finder;

  OneSentence() {
    this(RuleExtractor.FIRST_VERSION);
  }

  OneSentence(int version) {
    finder = new MentionFinder(new Gazetteer(ReferenceData.bundled()), TokenRules.english().forVersion(version), entities,
        new ArticleMemory(entities), version);
  }

  MentionFinder finder() {
    return finder;
  }

  ArticleEntities entities() {
    return entities;
  }

  /** Each plant the finder reads in the sentence: its name as the sentence writes it, its operator's name and its place's ("-": none). */
  List<String> plantsFound(String s) {
    List<Mention> found = finder.find(s);
    return finder.plantsFound().stream()
        .map(p -> found.stream().filter(m -> m.id().equals(p.plant())).map(m -> s.substring(m.start(), m.end())).findFirst().orElse("?")
            + " | " + entities.name(p.operator()) + " | " + (p.place() == null ? "-" : entities.name(p.place())))
        .toList();
  }

  /** The mentions of one type the finder reads in the sentence, as the sentence writes them. */
  List<String> mentions(EntityType type, String s) {
    return finder.find(s).stream().filter(m -> m.type() == type).map(m -> s.substring(m.start(), m.end())).toList();
  }
}
