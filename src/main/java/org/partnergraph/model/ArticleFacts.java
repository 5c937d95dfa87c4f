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

  public ArticleFacts with(List<Entity> keptEntities, List<Relation> keptRelations) {
    return new ArticleFacts(article, keptEntities, keptRelations, extractor);
  }
}
