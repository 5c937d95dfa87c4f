package org.partnergraph.extract.decide;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 * figures have the value of a gold figure whose owner is another entity of the same sentence: a
 * maker's plant, the maker rather than its region, the region rather than the town.
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

  /**
   * The facts with the figure under this owner: its {@code HAS_METRIC} edge from the owner, and its
   * id and name minted for the owner as the rules would have (a second figure under the same id is
   * numbered, as the rules number it).
   */
  @Override
  public ArticleFacts applyTo(ArticleFacts facts, String metricId, double confidence) {
    Map<String, Entity> byId = facts.entitiesById();
    Relation edge = edgeOf(facts, metricId);
    Entity metric = byId.get(metricId);
    Entity ownerEntity = byId.get(owner);
    if (edge == null || metric == null || ownerEntity == null) {
      return facts;
    }
    String name = String.valueOf(metric.attribute("name"));
    Object period = metric.attribute("period");
    EntityId base = EntityId.metric(owner, name, period == null ? null : period.toString(),
        "target".equals(metric.attribute("kind")));
    String newId = base.toString();
    for (int n = 2; byId.containsKey(newId) && !newId.equals(metricId); n++) {
      newId = base.numbered(n).toString();
    }
    String id = newId;
    Entity moved = Entity.of(id, EntityType.METRIC, ArticleEntities.figureName(ownerEntity.name(), name,
        period == null ? null : period.toString()), metric.aliases(), metric.attributes());
    List<Entity> entities = facts.entities().stream().map(e -> e.id().equals(metricId) ? moved : e).toList();
    List<Relation> relations = new ArrayList<>();
    for (Relation r : facts.relations()) {
      if (r.type() == RelationType.HAS_METRIC && r.to().equals(metricId)) {
        relations.add(new Relation(RelationType.HAS_METRIC, owner, id, r.evidence(), confidence, RULE));
      } else if (r.to().equals(metricId) || r.from().equals(metricId)) {
        relations.add(new Relation(r.type(), r.from().equals(metricId) ? id : r.from(), r.to().equals(metricId) ? id : r.to(),
            r.evidence(), r.confidence(), r.rule()));
      } else {
        relations.add(r);
      }
    }
    return facts.with(entities, relations);
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
