package org.partnergraph.extract;

import static org.partnergraph.extract.ArticleRelations.LIKELY;
import static org.partnergraph.extract.ArticleRelations.confidence;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.partnergraph.extract.Lexicon.Family;
import org.partnergraph.extract.Mention.How;
import org.partnergraph.extract.tokens.RuleMatch;
import org.partnergraph.extract.tokens.RuleToken;
import org.partnergraph.model.EntityType;
import org.partnergraph.model.RelationType;
import org.partnergraph.resolve.ArticleEntities;

/**
 * A governor's trips and events as rules/12 reads them: the cues of {@code rules/en/events.rules}
 * paired with the governor who is their subject and the mention that is their object. rules/11
 * found a visit only with the cue right before its object and a speech only right before the forum,
 * which news written by other hands rarely matches; these rules allow the words that stand between
 * ("visited this Monday the factory", "spoke at a plenary session of the Expo") and take the
 * governor as the subject only where nobody else can be ("Governor X said the delegation toured …"
 * is no visit of X's). Precision first: a modal, negated or stood-in-for cue gives nothing.
 */
final class EventReading {
  private static final String VISIT = "event.visit";
  private static final String LINKED_VISIT = "event.linked-visit";
  private static final String SPEAK = "event.speak";
  private static final String ATTEND = "event.attend";
  private static final String FRONTED = "event.fronted";
  /** Tokens a governor may stand before the cue whose subject he or she is: "Governor X on Thursday visited". */
  private static final int SUBJECT_REACH = 14;
  /** Characters between a maker and its plant's mention: "BMW's plant", "Toyota Motor Corp's Motomachi plant" are one or none. */
  private static final int OWNER_GAP = 4;
  /** Tokens before a governor's name within which a stood-in cue counts: "standing in for West Java Governor Dedi Mulyadi". */
  private static final int STOOD_IN_REACH = 8;
  private static final Set<String> SUBJECT_STOP_WORDS = Set.copyOf(Lexicon.english().phrases(Family.SUBJECT_STOP_WORDS));
  private static final Set<EntityType> VISITED_TYPES = Set.of(EntityType.COUNTRY, EntityType.CITY, EntityType.AUTOMAKER, EntityType.PLANT);

  private final Cues cues;
  private final ArticleEntities entities;
  private final ArticleMemory memory;
  private final ArticleRelations relations;
  /** Governor and forum pairs a speech was found for: attending is then not all the governor did. */
  private final Set<String> spoke = new LinkedHashSet<>();

  EventReading(Cues cues, ArticleEntities entities, ArticleMemory memory, ArticleRelations relations) {
    this.cues = cues;
    this.entities = entities;
    this.memory = memory;
    this.relations = relations;
  }

  /**
   * The trips and events one sentence states; nothing in a rules version before these rules.
   *
   * @param tokens the sentence as the token rules saw it ({@link MentionFinder#ruleTokens})
   * @param matches what the token rules matched in it, run once for every reader ({@link MentionFinder#ruleMatches})
   */
  void read(String s, List<Mention> ms, List<RuleToken> tokens, List<RuleMatch> matches) {
    if (!relations.runs(Rule.VISITED_SUBJECT_CUE)) {
      return;
    }
    for (RuleMatch m : matches) {
      switch (m.rule()) {
        case VISIT, LINKED_VISIT -> {
          if (objectOf(ms, m).filter(x -> x.type() == EntityType.FORUM).isPresent()) {
            event(s, ms, tokens, m, RelationType.ATTENDED, Rule.ATTENDED_SUBJECT_CUE); // "visited the Innoprom Expo"
          } else {
            visit(s, ms, tokens, m);
          }
        }
        case SPEAK -> event(s, ms, tokens, m, RelationType.SPOKE_AT, Rule.SPOKE_AT_SUBJECT_CUE);
        case ATTEND -> event(s, ms, tokens, m, RelationType.ATTENDED, Rule.ATTENDED_SUBJECT_CUE);
        case FRONTED -> {
          if (m.firstToken() == 0) {
            event(s, ms, tokens, m, RelationType.ATTENDED, Rule.ATTENDED_SUBJECT_CUE);
          }
        }
        default -> {}
      }
    }
  }

  /** At the article's end: a governor who spoke at a forum did not only attend it. */
  void finish() {
    if (relations.runs(Rule.ATTENDED_SUBJECT_CUE)) {
      relations.drop(r -> r.type() == RelationType.ATTENDED && spoke.contains(r.from() + " " + r.to()));
    }
  }

  private void visit(String s, List<Mention> ms, List<RuleToken> tokens, RuleMatch m) {
    Optional<Mention> object = objectOf(ms, m);
    if (object.isEmpty() && plantWordsBefore(tokens, m, m.end())) {
      // "toured the assembly shop", "inspected the construction site": the plant the article is about
      object = onlyPlant().map(id -> new Mention(EntityType.PLANT, id, m.end(), m.end(), How.COREF));
    }
    if (object.isEmpty() || !VISITED_TYPES.contains(object.get().type())) {
      return;
    }
    Optional<Mention> governor = subjectOf(s, ms, tokens, m, object.get());
    Optional<String> target = visitedPlace(ms, tokens, m, object.get(), false);
    if (governor.isPresent() && target.isPresent()) {
      relations.relate(RelationType.VISITED, governor.get().id(), target.get(), s, confidence(LIKELY - 0.05, governor.get(), object.get()), Rule.VISITED_SUBJECT_CUE);
    }
  }

  /**
   * A speech or a presence at a forum; attending the opening of a plant ("took part in the
   * inauguration of the BYD plant") is a visit to it.
   */
  private void event(String s, List<Mention> ms, List<RuleToken> tokens, RuleMatch m, RelationType type, Rule rule) {
    Optional<Mention> object = objectOf(ms, m);
    if (object.isEmpty()) {
      return;
    }
    Optional<Mention> governor = subjectOf(s, ms, tokens, m, object.get());
    if (governor.isEmpty()) {
      return;
    }
    if (object.get().type() == EntityType.FORUM) {
      if (type == RelationType.SPOKE_AT) {
        spoke.add(governor.get().id() + " " + object.get().id());
      }
      relations.relate(type, governor.get().id(), object.get().id(), s, confidence(LIKELY - 0.05, governor.get()), rule);
    } else if (type == RelationType.ATTENDED && (object.get().type() == EntityType.PLANT || object.get().type() == EntityType.AUTOMAKER)) {
      visitedPlace(ms, tokens, m, object.get(), true).ifPresent(plant ->
          relations.relate(RelationType.VISITED, governor.get().id(), plant, s, confidence(LIKELY - 0.05, governor.get(), object.get()), Rule.VISITED_SUBJECT_CUE));
    }
  }

  /** The first mention that starts after the cue and no later than the match's end: what the cue leads to. */
  private static Optional<Mention> objectOf(List<Mention> ms, RuleMatch m) {
    int cueEnd = m.group("cue").orElseThrow().end();
    return ms.stream()
        .filter(x -> x.how() != How.DEMONYM && x.start() >= cueEnd && x.start() <= m.end() + 1)
        .min(Comparator.comparingInt(Mention::start));
  }

  /**
   * The governor whose act the cue is: the last one named before it within reach, with no other
   * actor, reported speech or relative clause between; or, for a cue that opens the sentence
   * ("Speaking at the Expo, Governor X said"), the first named after its object. None for a modal
   * ("will visit"), negated or stood-in-for cue.
   */
  private Optional<Mention> subjectOf(String s, List<Mention> ms, List<RuleToken> tokens, RuleMatch m, Mention object) {
    int cueStart = m.group("cue").orElseThrow().start();
    if (cues.negated(s, cueStart) || cues.modal(s, cueStart)) {
      return Optional.empty();
    }
    Optional<Mention> before = ms.stream()
        .filter(x -> x.type() == EntityType.GOVERNOR && x.end() <= cueStart)
        .reduce((a, b) -> b);
    Optional<Mention> governor;
    if (m.rule().equals(LINKED_VISIT)) {
      // "Governor X said …, after visiting the plant": the sentence's subject, if a governor is it
      governor = ms.stream().filter(x -> x.type() != EntityType.REGION && x.type() != EntityType.CITY && x.type() != EntityType.COUNTRY)
          .min(Comparator.comparingInt(Mention::start)).filter(x -> x.type() == EntityType.GOVERNOR);
    } else if (before.isPresent()) {
      governor = before.filter(g -> nobodyElseBetween(ms, tokens, g, cueStart));
    } else if (m.firstToken() == 0) {
      governor = ms.stream().filter(x -> x.type() == EntityType.GOVERNOR && x.start() >= object.end()).findFirst();
    } else {
      governor = Optional.empty();
    }
    return governor.filter(g -> !isPronoun(s, g) && !stoodInFor(tokens, g));
  }

  /** Between the governor and the cue: few tokens, no other governor or maker, no word that hands the cue to someone else. */
  private static boolean nobodyElseBetween(List<Mention> ms, List<RuleToken> tokens, Mention governor, int cueStart) {
    if (ms.stream().anyMatch(x -> x != governor && (x.type() == EntityType.GOVERNOR || x.type() == EntityType.AUTOMAKER)
        && x.start() >= governor.end() && x.end() <= cueStart)) {
      return false;
    }
    int between = 0;
    for (RuleToken t : tokens) {
      if (t.start() >= governor.end() && t.end() <= cueStart) {
        between++;
        if (SUBJECT_STOP_WORDS.contains(t.lower()) || t.word().matches("[\"“”«»]")) {
          return false;
        }
      }
    }
    return between <= SUBJECT_REACH;
  }

  /** "He visited": a pronoun may stand for the chief executive named last as well as the governor. */
  private static boolean isPronoun(String s, Mention governor) {
    return governor.how() == How.COREF && !s.substring(governor.start(), governor.end()).contains(" ");
  }

  /** "The deputy represented Governor X at the forum": X was not there. */
  private static boolean stoodInFor(List<RuleToken> tokens, Mention governor) {
    int reach = 0;
    for (int i = tokens.size() - 1; i >= 0; i--) {
      RuleToken t = tokens.get(i);
      if (t.end() > governor.start()) {
        continue;
      }
      if (has(t, "stood-in")) {
        return true;
      }
      if (++reach > STOOD_IN_REACH) {
        return false;
      }
    }
    return false;
  }

  private static boolean has(RuleToken t, String tag) {
    return t.phrases().stream().anyMatch(p -> p.family() == Family.EVENT_CUES && p.entry().has(tag));
  }

  /**
   * What a visit to a maker saw: its plant named right after it ("BMW's plant in Spartanburg"); where
   * the words say a plant ("the car plant of X", "the X factory") but name none, the one plant the
   * article says the maker runs, else nothing; else the maker itself, unless only a plant will do.
   */
  private Optional<String> visitedPlace(List<Mention> ms, List<RuleToken> tokens, RuleMatch m, Mention object, boolean onlyAPlant) {
    if (object.type() != EntityType.AUTOMAKER) {
      return object.type() == EntityType.PLANT || !onlyAPlant ? Optional.of(object.id()) : Optional.empty();
    }
    for (Mention p : ms) {
      if (p.type() == EntityType.PLANT && p.start() >= object.end() && p.start() - object.end() <= OWNER_GAP) {
        return Optional.of(p.id());
      }
    }
    if (onlyAPlant || plantWordsBefore(tokens, m, object.start()) || !namedAlone(tokens, object)) {
      List<String> plants = relations.plantsOperatedBy(object.id());
      return plants.size() == 1 ? Optional.of(plants.get(0)) : Optional.empty();
    }
    return Optional.of(object.id());
  }

  /** "the car plant of Thanh Cong", "the assembly shop": a plant's or a site's noun between the cue and {@code end}. */
  private static boolean plantWordsBefore(List<RuleToken> tokens, RuleMatch m, int end) {
    int cueEnd = m.group("cue").orElseThrow().end();
    return tokens.stream().anyMatch(t -> t.start() >= cueEnd && t.end() <= end && (isPlantWord(t) || has(t, "part-of-site")));
  }

  /** The one plant the article has named so far, if it has named exactly one. */
  private Optional<String> onlyPlant() {
    List<String> plants = memory.mentioned().stream().filter(id -> entities.contains(id) && entities.type(id) == EntityType.PLANT).toList();
    return plants.size() == 1 ? Optional.of(plants.get(0)) : Optional.empty();
  }

  /**
   * Whether the maker's name stands on its own ("toured Toyota, where"), not as the start of a longer
   * name or of a plant the mentions missed ("Toyota Motor Manufacturing Kentucky", "the Hyundai
   * Motor Manufacturing Czech plant", "BYD's car plant", "Volkswagen (Anhui) Automotive").
   */
  private static boolean namedAlone(List<RuleToken> tokens, Mention automaker) {
    List<RuleToken> after = tokens.stream().filter(t -> t.start() >= automaker.end()).toList();
    int next = 0;
    if (!after.isEmpty() && after.get(0).word().matches("['’]")) {
      next = after.size() > 1 && after.get(1).lower().equals("s") && after.get(1).glued() ? 2 : 1; // a possessive: what follows is the maker's
    }
    if (after.size() <= next) {
      return true;
    }
    RuleToken t = after.get(next);
    return !t.word().equals("(") && !Character.isUpperCase(t.word().charAt(0)) && !isPlantWord(t);
  }

  private static boolean isPlantWord(RuleToken t) {
    return t.phrases().stream().anyMatch(p -> p.family() == Family.PLANT_NOUNS || p.family() == Family.PLANT_MODIFIERS);
  }
}
