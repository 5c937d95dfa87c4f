package org.partnergraph.evaluate;

import org.partnergraph.extract.annotation.Gold;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.partnergraph.extract.annotation.Gold.GoldEntity;
import org.partnergraph.extract.annotation.Gold.GoldMetric;
import org.partnergraph.extract.annotation.Gold.GoldPartnership;
import org.partnergraph.extract.annotation.Gold.GoldRelation;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.Entity;
import org.partnergraph.model.EntityType;
import org.partnergraph.model.Relation;
import org.partnergraph.model.RelationType;

/**
 * Scores one article's extracted facts against its gold annotation. Entities match by type and any
 * shared name or alias (plants also by operator, and by place among an operator's plants); relations, partnerships and figures
 * then match through that entity alignment, so an extractor is never rewarded for an edge between
 * the wrong things. Facts that come from reference data rather than from the text (a region's
 * country, an automaker's headquarters) are not scored.
 */
public final class Evaluator {
  /** Relations scored as relations; the partnership and metric edges are scored as those. */
  static final Set<RelationType> SCORED_RELATIONS = EnumSet.of(
      RelationType.GOVERNS, RelationType.VISITED, RelationType.INVITED, RelationType.SPOKE_AT, RelationType.ATTENDED,
      RelationType.HELD_IN, RelationType.OPERATES, RelationType.OWNS_BRAND, RelationType.LOCATED_IN);
  /** Edges whose far end need not be named in the text: reference data, or a partner known only by nationality. */
  private static final Set<RelationType> FROM_REFERENCE = EnumSet.of(RelationType.IN_COUNTRY, RelationType.HEADQUARTERED_IN, RelationType.PARTNER_COUNTRY);
  private static final Set<EntityType> COMPOSITE = EnumSet.of(EntityType.PARTNERSHIP, EntityType.METRIC);

  private Evaluator() {}

  /** Scores {@code facts} against {@code gold}; errors are listed for people tuning an extractor. */
  public static Score score(ArticleFacts facts, Gold gold) {
    Score score = new Score();
    Map<String, Entity> byId = facts.entitiesById();
    Map<String, String> aligned = alignEntities(facts, gold, score);
    scoreRelations(facts, gold, aligned, score);
    scorePartnerships(facts, gold, aligned, byId, score);
    scoreMetrics(facts, gold, aligned, score);
    return score;
  }

  /** Predicted entity id → gold entity name, one to one. */
  private static Map<String, String> alignEntities(ArticleFacts facts, Gold gold, Score score) {
    Map<String, String> aligned = new LinkedHashMap<>();
    Set<String> goldTaken = new HashSet<>();
    Set<String> referenceOnly = referenceOnly(facts);
    Map<String, String> operatorOf = new HashMap<>();
    Map<String, Set<String>> placesOf = new HashMap<>();
    for (Relation r : facts.relations()) {
      if (r.type() == RelationType.OPERATES) {
        operatorOf.put(r.to(), r.from());
      } else if (r.type() == RelationType.LOCATED_IN) {
        placesOf.computeIfAbsent(r.from(), k -> new HashSet<>()).add(r.to());
      }
    }
    List<Entity> predicted = facts.entities().stream().filter(e -> !COMPOSITE.contains(e.type())).toList();
    // Names first, so that the plant rule below aligns against already-aligned operators and places.
    for (Entity e : predicted) {
      for (GoldEntity g : gold.entities()) {
        if (g.type() == e.type() && !goldTaken.contains(key(g)) && sharesAName(e, g)) {
          aligned.put(e.id(), g.name());
          goldTaken.add(key(g));
          break;
        }
      }
    }
    // A plant is its operator's factory in a place: the place decides between an operator's
    // plants, and an operator with one plant in the story needs no place to match.
    for (Entity e : predicted) {
      if (e.type() != EntityType.PLANT || aligned.containsKey(e.id())) {
        continue;
      }
      List<GoldEntity> sameOperator = gold.entities().stream()
          .filter(g -> g.type() == EntityType.PLANT && !goldTaken.contains(key(g)) && g.operator() != null
              && Objects.equals(aligned.get(operatorOf.get(e.id())), g.operator()))
          .toList();
      List<GoldEntity> samePlace = sameOperator.stream()
          .filter(g -> g.location() == null || placesOf.getOrDefault(e.id(), Set.of()).stream()
              .anyMatch(place -> g.location().equals(aligned.get(place))))
          .toList();
      GoldEntity match = !samePlace.isEmpty() ? samePlace.get(0) : sameOperator.size() == 1 ? sameOperator.get(0) : null;
      if (match != null) {
        aligned.put(e.id(), match.name());
        goldTaken.add(key(match));
      }
    }
    for (Entity e : predicted) {
      String type = e.type().label();
      if (aligned.containsKey(e.id())) {
        score.entities.hit(type);
      } else if (!referenceOnly.contains(e.id())) {
        score.entities.falsePositive(type, e.name());
      }
    }
    for (GoldEntity g : gold.entities()) {
      if (!goldTaken.contains(key(g))) {
        score.entities.miss(g.type().label(), g.name());
      }
    }
    return aligned;
  }

  /** Entities present only as the far end of such an edge ("Chinese partners" → China): scored with what points at them. */
  private static Set<String> referenceOnly(ArticleFacts facts) {
    Set<String> targets = new HashSet<>();
    Set<String> used = new HashSet<>();
    for (Relation r : facts.relations()) {
      used.add(r.from());
      if (FROM_REFERENCE.contains(r.type())) {
        targets.add(r.to());
      } else {
        used.add(r.to());
      }
    }
    targets.removeAll(used);
    return targets;
  }

  private static String key(GoldEntity g) {
    return g.type() + "/" + g.name();
  }

  private static boolean sharesAName(Entity e, GoldEntity g) {
    Set<String> predicted = new HashSet<>();
    predicted.add(normalize(e.name()));
    e.aliases().forEach(a -> predicted.add(normalize(a)));
    return g.names().stream().map(Evaluator::normalize).anyMatch(predicted::contains);
  }

  /** Case, accents, punctuation and "the" do not make a different name. */
  static String normalize(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    s = s.replace('’', '\'').replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    return s.startsWith("the ") ? s.substring(4) : s;
  }

  private static void scoreRelations(ArticleFacts facts, Gold gold, Map<String, String> aligned, Score score) {
    Set<String> expected = new TreeSet<>();
    for (GoldRelation r : gold.relations()) {
      if (SCORED_RELATIONS.contains(r.type())) {
        expected.add(r.type() + " " + r.from() + " -> " + r.to());
      }
    }
    Set<String> found = new HashSet<>();
    for (Relation r : facts.relations()) {
      if (!SCORED_RELATIONS.contains(r.type())) {
        continue;
      }
      String key = r.type() + " " + aligned.getOrDefault(r.from(), "?" + r.from()) + " -> " + aligned.getOrDefault(r.to(), "?" + r.to());
      if (!found.add(key)) {
        continue;
      }
      score.label(r.key(), expected.contains(key));
      score.relationJudged(r.confidence(), expected.contains(key));
      if (expected.contains(key)) {
        score.relations.hit(r.type().name());
        score.ruleHit(r.rule());
      } else {
        score.relations.falsePositive(r.type().name(), key);
        score.ruleFalsePositive(r.rule(), facts.article().id(), key);
      }
    }
    for (GoldRelation r : gold.relations()) {
      String key = r.type() + " " + r.from() + " -> " + r.to();
      if (SCORED_RELATIONS.contains(r.type()) && !found.contains(key)) {
        score.relations.miss(r.type().name(), key);
      }
    }
  }

  private static void scorePartnerships(ArticleFacts facts, Gold gold, Map<String, String> aligned, Map<String, Entity> byId, Score score) {
    Map<String, Set<String>> parties = new LinkedHashMap<>();
    Map<String, String> country = new HashMap<>();
    Map<String, String> ruleOf = new HashMap<>();
    for (Relation r : facts.relations()) {
      if (r.type() == RelationType.PARTY) {
        ruleOf.putIfAbsent(r.from(), r.rule());
        parties.computeIfAbsent(r.from(), k -> new TreeSet<>()).add(aligned.getOrDefault(r.to(), "?" + r.to()));
      } else if (r.type() == RelationType.PARTNER_COUNTRY) {
        country.put(r.from(), aligned.getOrDefault(r.to(), byId.containsKey(r.to()) ? byId.get(r.to()).name() : r.to()));
      }
    }
    List<String> expected = new ArrayList<>();
    for (GoldPartnership p : gold.partnerships()) {
      expected.add(partnershipKey(new TreeSet<>(p.parties()), p.partnerCountry(), p.status()));
    }
    List<String> unmatched = new ArrayList<>(expected); // for the parties view: a same-status pair claims its gold first
    List<String[]> found = new ArrayList<>(); // key and status of each proposal the parties view still has to place
    for (Entity e : facts.entities()) {
      if (e.type() != EntityType.PARTNERSHIP) {
        continue;
      }
      String key = partnershipKey(parties.getOrDefault(e.id(), Set.of()), country.get(e.id()), String.valueOf(e.attribute("status")));
      String status = String.valueOf(e.attribute("status"));
      String rule = ruleOf.getOrDefault(e.id(), facts.extractor());
      boolean right = expected.remove(key);
      score.label(e.id(), right);
      if (right) {
        score.partnerships.hit(status);
        score.ruleHit(rule);
        unmatched.remove(key);
        score.partnershipParties.hit(status);
        score.partnershipStatus(true);
      } else {
        score.partnerships.falsePositive(status, key);
        score.ruleFalsePositive(rule, facts.article().id(), "partnership " + key);
        found.add(new String[] {key, status});
      }
    }
    for (String missed : expected) {
      score.partnerships.miss(statusOf(missed), missed);
    }
    for (String[] proposal : found) {
      String same = unmatched.stream().filter(g -> withoutStatus(g).equals(withoutStatus(proposal[0]))).findFirst().orElse(null);
      if (same == null) {
        score.partnershipParties.falsePositive(proposal[1], withoutStatus(proposal[0]));
      } else {
        unmatched.remove(same);
        score.partnershipParties.hit(proposal[1]);
        score.partnershipStatus(false);
      }
    }
    for (String missed : unmatched) {
      score.partnershipParties.miss(statusOf(missed), withoutStatus(missed));
    }
  }

  private static String statusOf(String partnershipKey) {
    return partnershipKey.substring(partnershipKey.lastIndexOf(' ') + 1);
  }

  private static String withoutStatus(String partnershipKey) {
    return partnershipKey.substring(0, partnershipKey.lastIndexOf(" : "));
  }

  private static String partnershipKey(Set<String> parties, String partnerCountry, String status) {
    return String.join(" + ", parties) + (partnerCountry == null ? "" : " with " + partnerCountry) + " : " + status;
  }

  private static void scoreMetrics(ArticleFacts facts, Gold gold, Map<String, String> aligned, Score score) {
    Map<String, String> subjectOf = new HashMap<>();
    Map<String, String> ruleOf = new HashMap<>();
    for (Relation r : facts.relations()) {
      if (r.type() == RelationType.HAS_METRIC) {
        ruleOf.put(r.to(), r.rule());
        subjectOf.put(r.to(), aligned.getOrDefault(r.from(), "?" + r.from()));
      }
    }
    List<GoldMetric> expected = new ArrayList<>(gold.metrics());
    // A plant's figure credited to its operator is not wrong, only less specific.
    Map<String, String> operatorOfPlant = new HashMap<>();
    gold.entities().stream().filter(g -> g.type() == EntityType.PLANT && g.operator() != null)
        .forEach(g -> operatorOfPlant.put(g.name(), g.operator()));
    for (Entity e : facts.entities()) {
      if (e.type() != EntityType.METRIC) {
        continue;
      }
      String subject = subjectOf.getOrDefault(e.id(), "?");
      double value = e.attribute("value") instanceof Number n ? n.doubleValue() : Double.NaN;
      String kind = String.valueOf(e.attribute("kind"));
      GoldMetric match = expected.stream()
          .filter(g -> (g.subject().equals(subject) || subject.equals(operatorOfPlant.get(g.subject()))) && sameNumber(g.value(), value))
          .findFirst().orElse(null);
      String rule = ruleOf.getOrDefault(e.id(), facts.extractor());
      score.label(e.id(), match != null);
      if (match != null) {
        expected.remove(match);
        score.metrics.hit(kind);
        score.ruleHit(rule);
      } else {
        String what = subject + " = " + e.attribute("value") + " " + e.attribute("unit");
        score.metrics.falsePositive(kind, what);
        score.ruleFalsePositive(rule, facts.article().id(), "figure " + what);
      }
    }
    for (GoldMetric g : expected) {
      score.metrics.miss(g.kind(), g.subject() + " = " + g.value() + " " + g.unit());
    }
  }

  private static boolean sameNumber(double a, double b) {
    return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a));
  }
}
