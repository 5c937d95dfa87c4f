package org.partnergraph.extract;

import static org.partnergraph.extract.ArticleRelations.CERTAIN;
import static org.partnergraph.extract.ArticleRelations.LIKELY;
import static org.partnergraph.extract.Clauses.clauseOf;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.partnergraph.extract.Mention.How;
import org.partnergraph.extract.Sentences.Sentence;
import org.partnergraph.extract.tokens.TokenRules;
import org.partnergraph.model.Article;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.EntityType;
import org.partnergraph.model.Relation;
import org.partnergraph.model.RelationType;
import org.partnergraph.reference.Gazetteer;
import org.partnergraph.reference.ReferenceData;
import org.partnergraph.resolve.ArticleEntities;
import org.partnergraph.resolve.ReferenceFacts;

/**
 * One pass over one article: mentions sentence by sentence, then the rules, then the facts. The
 * rules are read in a fixed order, each part seeing what the ones before found.
 */
final class ArticleReading {
  private final Article article;
  /** The rules version read with, as facts name it: "rules/12". */
  private final String version;
  private final Cues cues;
  private final ArticleEntities entities;
  private final ArticleMemory memory;
  private final MentionFinder finder;
  private final ArticleRelations relations;
  private final Partnerships partnerships;
  private final RelationReading relationReading;
  private final EventReading eventReading;
  private final PartnershipReading partnershipReading;
  private final FigureReading figureReading;
  /** The first sentence that names each entity: the evidence for what the reference data knows of it. */
  private final Map<String, String> firstSentence = new HashMap<>();

  /** Sentences of this article each token rule gave up on, by rule id. */
  private final Map<String, Integer> sentencesGivenUp = new TreeMap<>();

  /** @param versionNumber the rules version's number: rules newer than it are not read */
  ArticleReading(Article article, ReferenceData reference, Gazetteer gazetteer, TokenRules rules, Cues cues, Figures figures,
      String version, int versionNumber) {
    this.article = article;
    this.version = version;
    this.cues = cues;
    this.entities = new ArticleEntities(reference);
    this.memory = new ArticleMemory(entities);
    this.finder = new MentionFinder(gazetteer, rules, entities, memory, versionNumber);
    this.relations = new ArticleRelations(entities, versionNumber);
    this.partnerships = new Partnerships(entities, relations, versionNumber);
    this.relationReading = new RelationReading(cues, entities, memory, relations, partnerships);
    this.eventReading = new EventReading(cues, entities, memory, relations);
    this.partnershipReading = new PartnershipReading(cues, entities, memory, relations, partnerships);
    this.figureReading = new FigureReading(article, cues, figures, entities, memory, relations);
  }

  ArticleFacts read() {
    for (Sentence sentence : Sentences.split(article.text())) {
      String s = sentence.text();
      List<Mention> ms = finder.find(s);
      finder.rulesGivenUp().forEach(rule -> sentencesGivenUp.merge(rule, 1, Integer::sum));
      for (Mention m : ms) {
        if (m.how() != How.DEMONYM) {
          firstSentence.putIfAbsent(m.id(), s);
        }
      }
      for (GovernorMentions.Found g : finder.governorsFound()) {
        relations.relate(RelationType.GOVERNS, g.governor(), g.region(), s, CERTAIN, Rule.GOVERNOR_TITLED);
      }
      for (Mention m : ms) {
        if (m.type() == EntityType.CITY) {
          regionAfterTown(s, ms, m.id()).ifPresent(r -> memory.placeTown(m.id(), r));
        }
      }
      for (PlantMentions.PlantFound p : finder.plantsFound()) {
        plantOperator(s, ms, p);
        if (p.place() != null) {
          relations.relate(RelationType.LOCATED_IN, p.plant(), p.place(), s, LIKELY, Rule.PLANT_PLACE);
        }
        partnershipReading.foreignPlant(p, s, ms);
      }
      for (ForumMentions.HeldIn f : finder.forumPlaces()) {
        relations.relate(RelationType.HELD_IN, f.forum(), f.city(), s, LIKELY, Rule.FORUM_PLACE);
      }
      partnershipReading.plantsRunning(s, ms);
      relationReading.read(s, ms);
      eventReading.read(s, ms, finder.ruleTokens(), finder.ruleMatches());
      partnershipReading.read(s, ms);
      figureReading.metrics(s, ms);
    }
    eventReading.finish();
    plantsInPlacedTowns();
    memory.onlyRegion().ifPresent(region -> finder.unplacedGovernors()
        .forEach((governor, sentence) -> relations.relate(RelationType.GOVERNS, governor, region, sentence, LIKELY, Rule.GOVERNOR_OF_ONLY_REGION)));
    partnerships.emit();
    forgetUnmentioned();
    referenceRelations();
    return new ArticleFacts(article, entities.entities(), relations.all(), version);
  }

  /**
   * The maker a plant is named after runs it, unless the plant's clause says it was closed (rules/11
   * and 12) or, from rules/13, that the maker no longer runs it (idle, sold, stopped making cars there),
   * or the words right before it make it a former plant ('the former Nissan factory').
   */
  private void plantOperator(String s, List<Mention> ms, PlantMentions.PlantFound p) {
    String clause = clauseOf(s, ms, p.plant());
    if (cues.named("closed").matcher(clause).find()) {
      return;
    }
    relations.relate(RelationType.OPERATES, p.operator(), p.plant(), s, LIKELY, Rule.PLANT_OPERATOR);
    if (!relations.runs(Rule.PLANT_OPERATOR_RUNNING)) {
      return;
    }
    int at = ms.stream().filter(m -> m.id().equals(p.plant())).mapToInt(Mention::start).findFirst().orElse(0);
    if (!cues.named("operation_ended").matcher(clause).find() && !cues.named("former_near").matcher(s.substring(0, at)).find()) {
      relations.relate(RelationType.OPERATES, p.operator(), p.plant(), s, LIKELY, Rule.PLANT_OPERATOR_RUNNING);
    }
  }

  /** After {@link #read}: how many sentences each token rule gave up on (too many steps), by rule id. */
  Map<String, Integer> sentencesGivenUp() {
    return Collections.unmodifiableMap(sentencesGivenUp);
  }

  /** A plant in a town the article places in a region is in that region too. */
  private void plantsInPlacedTowns() {
    for (Relation r : relations.all()) {
      Optional<String> region = r.type() == RelationType.LOCATED_IN ? memory.regionOfTown(r.to()) : Optional.empty();
      region.ifPresent(to -> relations.relate(RelationType.LOCATED_IN, r.from(), to, r.evidence(), LIKELY - 0.05, Rule.PLANT_IN_TOWN_REGION));
    }
  }

  private static final Pattern TOWN_REGION_GAP = Pattern.compile(
      "^(?:,\\s+(?:also\\s+)?(?:in\\s+)?(?:the\\s+(?:seat|capital|centre|center)\\s+of\\s+)?(?:the\\s+)?"
          + "(?:(?:" + Lexicon.english().alternation(Lexicon.Family.COMPASS_WORDS, "compass", Lexicon.Form.AS_WRITTEN) + ")\\S*\\s+(?:of\\s+)?)?(?:\\p{Lu}[\\p{L}-]+'s\\s+)?|\\s+in\\s+(?:the\\s+)?)$");

  /**
   * "in Szeged, in southern Hungary's Csongrád-Csanád county", "in Ellabell, Georgia", "at Penukonda in
   * Andhra Pradesh's Sri Sathya Sai district": the region a town is placed in.
   */
  private Optional<String> regionAfterTown(String s, List<Mention> ms, String town) {
    if (entities.type(town) != EntityType.CITY) {
      return Optional.empty();
    }
    for (Mention t : ms) {
      if (!t.id().equals(town)) {
        continue;
      }
      for (Mention r : ms) {
        if (r.type() == EntityType.REGION && r.start() > t.end() && r.start() - t.end() < 60
            && TOWN_REGION_GAP.matcher(s.substring(t.end(), r.start())).matches()
            && entities.countryCode(r.id()).equals(entities.countryCode(town)) | entities.countryCode(town).isEmpty()) {
          return Optional.of(r.id());
        }
      }
    }
    return Optional.empty();
  }

  /** Automakers whose only mention was taken back for a person ("Premier Doug Ford") and that no fact uses. */
  private void forgetUnmentioned() {
    for (var e : entities.entities()) {
      if (e.type() == EntityType.AUTOMAKER && !memory.mentioned(e.id()) && !relations.involve(e.id())) {
        entities.forget(e.id());
      }
    }
  }

  /** What the reference data knows of the entities the article names, evidenced by the first sentence naming each. */
  private void referenceRelations() {
    ReferenceFacts.of(entities, firstSentence::get).forEach(relations::add);
  }
}
