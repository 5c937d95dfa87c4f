package org.partnergraph.extract;

import static org.partnergraph.extract.ArticleRelations.CERTAIN;
import static org.partnergraph.extract.ArticleRelations.LIKELY;
import static org.partnergraph.extract.ArticleRelations.confidence;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnergraph.extract.Mention.How;
import org.partnergraph.model.EntityType;
import org.partnergraph.model.PartnershipKind;
import org.partnergraph.model.PartnershipStatus;
import org.partnergraph.model.RelationType;
import org.partnergraph.reference.RefEntry;
import org.partnergraph.resolve.ArticleEntities;

/**
 * Reads from one sentence at a time what governors do (speak at or attend a forum, visit, invite
 * an automaker), where a forum is held, and which automaker owns a brand.
 */
final class RelationReading {
  private static final Pattern TOUR_TARGET =
      Pattern.compile("(?i)^\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:production lines?|assembly lines?|facilit(?:y|ies)|plants?|factor(?:y|ies)|workshops?|site|premises|headquarters|shop floor)\\s+(?:of|at)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}$");
  /** Between an owner and its plant: "BMW's ", "Toyota Motor Corp's Motomachi ". */
  private static final Pattern OWNER_GAP =
      Pattern.compile("^(?:\\s+(?:Corp\\.?|Corporation|Co\\.|Inc\\.?|Ltd\\.?|AG|SA))?(?:'s|’s|')?\\s{0,2}(?:\\p{Lu}[\\p{L}-]+\\s+)?$");
  private static final Pattern VISIT_GAP = Pattern.compile(
      "(?i)^\\s+(?:(?:on\\s+|this\\s+|last\\s+)?(?:" + Lexicon.english().alternation(Lexicon.Family.CALENDAR, "weekday", Lexicon.Form.AS_WRITTEN) + ")(?:\\s*\\(\\d{1,2}\\))?,?\\s+)?"
          + "(?:to|in|of|at)?\\s*(?:the\\s+)?$");
  private static final Pattern INVITEE_WORDS =
      Pattern.compile("(?i)^\\S*\\s+(?:[\\w-]+\\s+){0,3}?(representatives|compan(?:y|ies)|executives|management|delegation|the group|the automaker|them|it)\\b");

  private final Cues cues;
  private final ArticleEntities entities;
  private final ArticleMemory memory;
  private final ArticleRelations relations;
  private final Partnerships partnerships;

  RelationReading(Cues cues, ArticleEntities entities, ArticleMemory memory, ArticleRelations relations, Partnerships partnerships) {
    this.cues = cues;
    this.entities = entities;
    this.memory = memory;
    this.relations = relations;
    this.partnerships = partnerships;
  }

  /** The relations one sentence states, rule by rule. */
  void read(String s, List<Mention> ms) {
    forums(s, ms);
    visits(s, ms);
    invitations(s, ms);
    brands(s, ms);
  }

  private static Optional<Mention> firstOf(List<Mention> ms, EntityType type, int before) {
    return ms.stream().filter(m -> m.type() == type && m.start() < before && m.how() != How.DEMONYM).findFirst();
  }

  // --- forums: who spoke at or attended which forum, and where it was held

  private void forums(String s, List<Mention> ms) {
    for (Mention f : ms) {
      if (f.type() != EntityType.FORUM) {
        continue;
      }
      String before = s.substring(0, f.start());
      Optional<Mention> governor = ms.stream().filter(m -> m.type() == EntityType.GOVERNOR).findFirst();
      if (governor.isPresent() && !cues.negated(s, f.start())) {
        if (cues.named("speak").matcher(tail(before, 60)).find()) {
          relations.relate(RelationType.SPOKE_AT, governor.get().id(), f.id(), s, confidence(LIKELY, governor.get()), Rule.SPOKE_AT);
        } else if (cues.named("attend").matcher(tail(before, 60)).find()) {
          relations.relate(RelationType.ATTENDED, governor.get().id(), f.id(), s, confidence(LIKELY, governor.get()), Rule.ATTENDED);
        }
      }
      ms.stream()
          .filter(m -> m.start() >= f.end() && (m.type() == EntityType.CITY || m.type() == EntityType.COUNTRY) && m.how() == How.NAME)
          .findFirst()
          .filter(place -> cues.named("held").matcher(s.substring(f.end(), place.start())).matches())
          .ifPresent(place -> relations.relate(RelationType.HELD_IN, f.id(), place.id(), s, LIKELY, Rule.FORUM_HELD_IN));
    }
  }

  private static String tail(String s, int n) {
    return s.length() <= n ? s : s.substring(s.length() - n);
  }

  // --- visits: a governor's trip to a country, city, automaker or plant

  /** "The vice-governor represented Governor X at the inauguration": X was not there. */
  private static final Pattern STOOD_IN_FOR = Pattern.compile("(?i)\\b(?:" + Lexicon.english().alternation(Lexicon.Family.EVENT_CUES, "stood-in", Lexicon.Form.AS_WRITTEN)
      + ")\\s+(?:the\\s+)?(?:\\p{L}+\\s+){0,2}$");

  private void visits(String s, List<Mention> ms) {
    Set<String> seen = new LinkedHashSet<>();
    for (Pattern cue : List.of(cues.named("visit"), cues.named("tour_object"))) {
      Matcher c = cue.matcher(s);
      while (c.find()) {
        int at = c.start();
        int cueEnd = c.end();
        Optional<Mention> governor = firstOf(ms, EntityType.GOVERNOR, at);
        if (governor.isEmpty() || cues.negated(s, at) || STOOD_IN_FOR.matcher(s.substring(0, governor.get().start())).find()) {
          continue;
        }
        for (Mention t : ms) {
          if (t.start() < cueEnd || t.how() == How.DEMONYM || !Set.of(EntityType.COUNTRY, EntityType.CITY, EntityType.AUTOMAKER, EntityType.PLANT).contains(t.type())) {
            continue;
          }
          String gap = s.substring(cueEnd, t.start());
          Mention target = plantOf(t, s, ms);
          if ((VISIT_GAP.matcher(gap).matches() || TOUR_TARGET.matcher(gap).matches()) && seen.add(target.id())) {
            relations.relate(RelationType.VISITED, governor.get().id(), target.id(), s, confidence(LIKELY, governor.get()), Rule.VISITED);
          }
          break;
        }
      }
    }
  }

  /** "a visit to BMW's Plant Spartanburg": the automaker named first is the plant's owner; the plant is what was visited. */
  private static Mention plantOf(Mention automaker, String s, List<Mention> ms) {
    if (automaker.type() != EntityType.AUTOMAKER) {
      return automaker;
    }
    for (Mention p : ms) {
      if (p.type() == EntityType.PLANT && p.start() >= automaker.start()
          && (p.start() <= automaker.end() || OWNER_GAP.matcher(s.substring(automaker.end(), p.start())).matches())) {
        return p;
      }
    }
    return automaker;
  }

  // --- invitations: a governor inviting an automaker, which opens a partnership

  private static final Pattern WE_IN_QUOTE = Pattern.compile("[\"“«]\\s*[^\"”»]{0,80}\\b(?:We|we)\\s+(?:have\\s+|also\\s+|again\\s+)?$");

  private void invitations(String s, List<Mention> ms) {
    Matcher c = cues.named("invite").matcher(s);
    while (c.find()) {
      int at = c.start();
      Optional<Mention> governor = firstOf(ms, EntityType.GOVERNOR, at);
      if (governor.isEmpty() && WE_IN_QUOTE.matcher(s.substring(0, at)).find()) {
        // "\"We invite Chery to do here …\" Illa said": the governor speaking
        governor = ms.stream().filter(m -> m.type() == EntityType.GOVERNOR).findFirst()
            .or(() -> memory.last(EntityType.GOVERNOR).map(id -> new Mention(EntityType.GOVERNOR, id, at, at, How.COREF)));
      }
      if (governor.isEmpty() || cues.negated(s, at)) {
        continue;
      }
      Optional<Mention> invitee = ms.stream().filter(m -> m.type() == EntityType.AUTOMAKER && m.start() >= c.end()).findFirst();
      if (invitee.isEmpty() && INVITEE_WORDS.matcher(s.substring(c.end())).find()) {
        invitee = ms.stream().filter(m -> m.type() == EntityType.AUTOMAKER && m.end() <= at).reduce((a, b) -> b);
        if (invitee.isEmpty()) {
          invitee = memory.last(EntityType.AUTOMAKER).map(id -> new Mention(EntityType.AUTOMAKER, id, at, at, How.COREF));
        }
      }
      if (invitee.isEmpty()) {
        continue;
      }
      double conf = confidence(LIKELY, governor.get(), invitee.get());
      relations.relate(RelationType.INVITED, governor.get().id(), invitee.get().id(), s, conf, Rule.INVITED);
      Optional<String> region = memory.regionOf(governor.get().id());
      if (region.isPresent()) {
        PartnershipKind kind = cues.kind(s.substring(c.end())).orElse(PartnershipKind.OTHER);
        partnerships.add(Set.of(region.get()), invitee.get().id(), null, null, kind, PartnershipStatus.INVITED, s, conf - 0.05, Rule.PARTNERSHIP_INVITED);
      }
    }
  }

  // --- brands: "passenger cars under the Changan brand", "its Haval and Tank brands"

  private static final Pattern BRAND_WORD = Pattern.compile("(?i)\\b(brands?|marques?|badges?|nameplates?)\\b");
  private static final Pattern BRAND_CUE = Pattern.compile(
      "(?i)\\b(under|brands?|marques?|including|such as|its|and|as well as|maker of|makes|builds|produces|assembles|sells|owns|owner of)\\s+(?:the\\s+)?$|,\\s*(?:the\\s+)?$");

  private void brands(String s, List<Mention> ms) {
    for (Mention b : ms) {
      if (b.type() != EntityType.BRAND) {
        continue;
      }
      Optional<String> listedOwner = entities.reference(b.id()).map(RefEntry::parent);
      if (listedOwner.isPresent() && entities.contains(listedOwner.get()) && BRAND_WORD.matcher(s).find()) {
        // "Omoda and Jaecoo, the two brands with which the Chinese group sells": the owner is
        // named in the article and the reference data says whose brand it is.
        relations.relate(RelationType.OWNS_BRAND, listedOwner.get(), b.id(), s, CERTAIN, Rule.BRAND_OF_LISTED_OWNER);
        continue;
      }
      Optional<Mention> owner = ms.stream().filter(m -> m.type() == EntityType.AUTOMAKER && m.end() <= b.start()).findFirst();
      if (owner.isEmpty() || !BRAND_CUE.matcher(tail(s.substring(0, b.start()), 30)).find()) {
        continue;
      }
      Optional<String> knownOwner = entities.reference(b.id()).map(RefEntry::parent);
      if (knownOwner.isPresent() && !knownOwner.get().equals(owner.get().id())) {
        continue; // the reference data says another group owns it: do not guess
      }
      if (knownOwner.isEmpty() && b.start() - owner.get().end() > 40) {
        continue; // a brand the data does not know: only an owner named right before it
      }
      double base = knownOwner.isPresent() ? CERTAIN : LIKELY - 0.05;
      relations.relate(RelationType.OWNS_BRAND, owner.get().id(), b.id(), s, confidence(base, owner.get()), Rule.BRAND_AFTER_OWNER);
    }
  }
}
