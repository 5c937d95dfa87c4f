package org.partnergraph.extract.decide;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.Entity;
import org.partnergraph.model.EntityId;
import org.partnergraph.model.EntityType;
import org.partnergraph.model.Relation;
import org.partnergraph.model.RelationType;
import org.partnergraph.resolve.ArticleEntities;

/**
 * One owner a figure the rules read may have, for the decider to choose among. The rules give a
 * figure to the first plant, possessive or name of its clause, and on the dev split most wrong
 * figures have the value of a gold figure whose owner is another entity of the article: a maker's
 * plant, the maker rather than its region, the region rather than the town.
 *
 * @param owner the id of the entity the figure would belong to
 */
public record FigureOwner(String owner) implements Variant {
  /** The id recorded on a figure whose owner the decider moved, beside the rules' own ids. */
  public static final String RULE = "decide.figure-owner";

  /** What a figure can belong to. */
  static final Set<EntityType> OWNER_TYPES = EnumSet.of(EntityType.AUTOMAKER, EntityType.PLANT, EntityType.REGION,
      EntityType.CITY, EntityType.COUNTRY, EntityType.FORUM);

  /**
   * The owners a figure may have: the rules' own first, then every other entity of the article
   * that can own a figure. Its own sentence often names neither the plant ("the site will employ
   * 700") nor the maker it belongs to, so where the names stand is for the decider to weigh.
   */
  public static List<FigureOwner> of(ArticleFacts facts, Relation hasMetric) {
    Set<String> owners = new LinkedHashSet<>();
    owners.add(hasMetric.from());
    for (Entity e : facts.entities()) {
      if (OWNER_TYPES.contains(e.type())) {
        owners.add(e.id());
      }
    }
    return owners.stream().map(FigureOwner::new).toList();
  }

  @Override
  public String label() {
    return owner;
  }

  @Override
  public boolean restates(ArticleFacts facts, String metricId) {
    Relation edge = edgeOf(facts, metricId);
    return edge != null && !edge.from().equals(owner);
  }

  /** The facts with the figure under this owner, as {@link #applyAll} states it. */
  @Override
  public ArticleFacts applyTo(ArticleFacts facts, String metricId, double confidence) {
    return applyAll(facts, Map.of(metricId, this), Map.of(metricId, confidence));
  }

  /**
   * The facts with each figure under its chosen owner: its {@code HAS_METRIC} edge from the owner at
   * the decider's confidence, and its id and name minted for the owner as the rules mint them. The
   * moving figures are taken out first and placed in the order of the facts, so their ids do not
   * depend on the order of the decisions; a second figure under an id is numbered unless it holds
   * the same value, and a figure whose new owner, that owner's plant or the plant's operator
   * already has its value in the same unit is that figure, so it is not stated twice.
   *
   * @param moves the new owner of each figure that moves, by the figure's id
   * @param confidences the decider's probability for each of them
   */
  public static ArticleFacts applyAll(ArticleFacts facts, Map<String, FigureOwner> moves, Map<String, Double> confidences) {
    Map<String, Entity> byId = facts.entitiesById();
    Map<String, Relation> edgeOf = new HashMap<>();
    facts.relations().stream().filter(r -> r.type() == RelationType.HAS_METRIC).forEach(r -> edgeOf.putIfAbsent(r.to(), r));
    Set<String> moving = new HashSet<>();
    moves.forEach((id, o) -> {
      Relation edge = edgeOf.get(id);
      if (edge != null && byId.containsKey(id) && byId.containsKey(o.owner()) && !edge.from().equals(o.owner())) {
        moving.add(id);
      }
    });
    if (moving.isEmpty()) {
      return facts;
    }
    Map<String, Set<String>> kin = new HashMap<>(); // an owner, its plants and its plants' operators
    for (Relation r : facts.relations()) {
      if (r.type() == RelationType.OPERATES) {
        kin.computeIfAbsent(r.from(), k -> new HashSet<>()).add(r.to());
        kin.computeIfAbsent(r.to(), k -> new HashSet<>()).add(r.from());
      }
    }
    Map<String, List<Entity>> held = new HashMap<>();
    Set<String> taken = new HashSet<>();
    for (Entity e : facts.entities()) {
      if (!moving.contains(e.id())) {
        taken.add(e.id());
        Relation edge = edgeOf.get(e.id());
        if (e.type() == EntityType.METRIC && edge != null) {
          held.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(e);
        }
      }
    }
    Map<String, Entity> placed = new HashMap<>();
    for (Entity metric : facts.entities()) {
      if (!moving.contains(metric.id())) {
        continue;
      }
      String owner = moves.get(metric.id()).owner();
      Set<String> owners = new HashSet<>(kin.getOrDefault(owner, Set.of()));
      owners.add(owner);
      boolean stated = owners.stream().flatMap(o -> held.getOrDefault(o, List.of()).stream())
          .anyMatch(e -> sameValue(e.attribute("value"), metric.attribute("value")) && Objects.equals(e.attribute("unit"), metric.attribute("unit")));
      if (stated) {
        continue;
      }
      String name = String.valueOf(metric.attribute("name"));
      Object period = metric.attribute("period");
      EntityId base = EntityId.metric(owner, name, period == null ? null : period.toString(), "target".equals(metric.attribute("kind")));
      String id = base.toString();
      for (int n = 2; taken.contains(id); n++) {
        id = base.numbered(n).toString();
      }
      Entity moved = Entity.of(id, EntityType.METRIC, ArticleEntities.figureName(byId.get(owner).name(), name,
          period == null ? null : period.toString()), metric.aliases(), metric.attributes());
      taken.add(id);
      held.computeIfAbsent(owner, k -> new ArrayList<>()).add(moved);
      placed.put(metric.id(), moved);
    }
    List<Entity> entities = new ArrayList<>();
    for (Entity e : facts.entities()) {
      if (!moving.contains(e.id())) {
        entities.add(e);
      } else if (placed.containsKey(e.id())) {
        entities.add(placed.get(e.id()));
      }
    }
    List<Relation> relations = new ArrayList<>();
    for (Relation r : facts.relations()) {
      if (r.type() != RelationType.HAS_METRIC || !moving.contains(r.to())) {
        relations.add(r);
      } else if (placed.containsKey(r.to())) {
        relations.add(new Relation(RelationType.HAS_METRIC, moves.get(r.to()).owner(), placed.get(r.to()).id(), r.evidence(),
            confidences.getOrDefault(r.to(), r.confidence()), RULE));
      }
    }
    return facts.with(entities, relations);
  }

  /** Whether two figure values are the same number (a long and a double of one value are). */
  static boolean sameValue(Object a, Object b) {
    if (!(a instanceof Number x) || !(b instanceof Number y)) {
      return Objects.equals(a, b);
    }
    return Math.abs(x.doubleValue() - y.doubleValue()) <= 1e-6 * Math.max(1, Math.abs(x.doubleValue()));
  }

  /** The facts with this figure alone of the article's figures. */
  @Override
  public ArticleFacts withOnly(ArticleFacts facts, String metricId) {
    Set<String> others = new HashSet<>();
    facts.entities().stream().filter(e -> e.type() == EntityType.METRIC && !e.id().equals(metricId)).forEach(e -> others.add(e.id()));
    return facts.with(facts.entities().stream().filter(e -> !others.contains(e.id())).toList(),
        facts.relations().stream().filter(r -> !others.contains(r.from()) && !others.contains(r.to())).toList());
  }

  /** The figure's owner edge. */
  static Relation edgeOf(ArticleFacts facts, String metricId) {
    return facts.relations().stream().filter(r -> r.type() == RelationType.HAS_METRIC && r.to().equals(metricId)).findFirst().orElse(null);
  }
}
