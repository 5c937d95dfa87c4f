package org.partnergraph.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnergraph.extract.Mention.How;
import org.partnergraph.model.EntityType;
import org.partnergraph.model.Relation;
import org.partnergraph.model.RelationType;
import org.partnergraph.resolve.ArticleEntities;

/**
 * The relations one article states, each kept once with its most confident evidence, in the order
 * they were first found; and the confidence scale the rules that find them share.
 */
final class ArticleRelations {
  static final double CERTAIN = 0.95;
  static final double LIKELY = 0.85;
  static final double COREF_PENALTY = 0.1;

  private final ArticleEntities entities;
  private final int version;
  private final Map<String, Relation> relations = new LinkedHashMap<>();

  /** @param version the rules version's number: what a newer rule finds is not kept */
  ArticleRelations(ArticleEntities entities, int version) {
    this.entities = entities;
    this.version = version;
  }

  /** Whether the rules version read with runs this rule: a reading that only feeds a newer rule can be skipped. */
  boolean runs(Rule rule) {
    return rule.runsIn(version);
  }

  /** The relations found so far, in the order they were first found. */
  List<Relation> all() {
    return List.copyOf(relations.values());
  }

  /** Whether any relation found so far starts or ends at this entity. */
  boolean involve(String id) {
    return relations.values().stream().anyMatch(r -> r.from().equals(id) || r.to().equals(id));
  }

  /** Adds the relation (if the version runs its rule), or keeps the more confident of it and the same one found before; none the types do not allow. */
  void relate(RelationType type, String from, String to, String evidence, double confidence, Rule rule) {
    if (!rule.runsIn(version) || from.equals(to) || !type.allows(entities.type(from), entities.type(to))) {
      return;
    }
    add(new Relation(type, from, to, evidence, Math.max(0, Math.min(1, confidence)), rule.id()));
  }

  /** Adds a relation stated outside the rules (what the reference data knows), or keeps the more confident of it and the same one found before. */
  void add(Relation r) {
    relations.merge(r.key(), r, (old, add) -> add.confidence() > old.confidence() ? add : old);
  }

  /** A rule's confidence, less a penalty for each mention that is only a coreference. */
  static double confidence(double base, Mention... used) {
    double c = base;
    for (Mention m : used) {
      if (m.how() == How.COREF) {
        c -= COREF_PENALTY;
      }
    }
    return c;
  }

  /** The plants this automaker runs, as far as the article has said. */
  List<String> plantsOperatedBy(String automaker) {
    return relations.values().stream()
        .filter(r -> r.type() == RelationType.OPERATES && r.from().equals(automaker))
        .map(Relation::to)
        .distinct()
        .toList();
  }

  /** Takes back the relations a later reading of the article shows wrong. */
  void drop(java.util.function.Predicate<Relation> wrong) {
    relations.values().removeIf(wrong);
  }

  /** The plants the article has placed in this town or region so far. */
  List<String> plantsIn(String place) {
    return relations.values().stream()
        .filter(r -> r.type() == RelationType.LOCATED_IN && r.to().equals(place) && entities.type(r.from()) == EntityType.PLANT)
        .map(Relation::from)
        .distinct()
        .toList();
  }

  /** Who runs this plant, as far as the article has said. */
  Optional<String> operatorOf(String plant) {
    return relations.values().stream()
        .filter(r -> r.type() == RelationType.OPERATES && r.to().equals(plant))
        .map(Relation::from)
        .findFirst();
  }
}
