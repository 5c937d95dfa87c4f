package org.partnergraph.model;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything one article says, the unit handed between stages and written as one line of the
 * facts interchange format. An article's facts are replaced or retracted together.
 *
 * @param extractor name and version of what produced the facts, e.g. {@code rules/1}
 */
public record ArticleFacts(
    Article article, List<Entity> entities, List<Relation> relations, String extractor) {

  public ArticleFacts {
    entities = List.copyOf(entities);
    relations = List.copyOf(relations);
  }

  public Map<String, Entity> entitiesById() {
    return entities.stream().collect(Collectors.toMap(Entity::id, Function.identity(), (a, b) -> a));
  }

  /**
   * The facts at or above a confidence: relations below it go, and so does a partnership or figure
   * left with none of its edges, with whatever still points at it. Named entities stay.
   */
  public ArticleFacts atLeast(double minConfidence) {
    if (minConfidence <= 0) {
      return this;
    }
    List<Relation> confident = relations.stream().filter(r -> r.confidence() >= minConfidence).toList();
    java.util.Set<String> anchored = new java.util.HashSet<>();
    confident.forEach(r -> {
      anchored.add(r.from());
      anchored.add(r.to());
    });
    List<Entity> kept = entities.stream()
        .filter(e -> (e.type() != EntityType.PARTNERSHIP && e.type() != EntityType.METRIC) || anchored.contains(e.id()))
        .toList();
    java.util.Set<String> keptIds = kept.stream().map(Entity::id).collect(Collectors.toSet());
    return with(kept, confident.stream().filter(r -> keptIds.contains(r.from()) && keptIds.contains(r.to())).toList());
  }

  public ArticleFacts with(List<Entity> keptEntities, List<Relation> keptRelations) {
    return new ArticleFacts(article, keptEntities, keptRelations, extractor);
  }
}
