package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.extract.tokens.TokenRules;
import org.partnergraph.model.EntityType;
import org.partnergraph.reference.Gazetteer;
import org.partnergraph.reference.ReferenceData;
import org.partnergraph.resolve.ArticleEntities;

/** Towns named as a plant's site, read from rule {@code place.plant-in-town}'s matches by the mention finder. */
class PlantInTownMentionsTest {
  private final ReferenceData reference = ReferenceData.bundled();
  private final ArticleEntities entities = new ArticleEntities(reference);
  private final MentionFinder finder = new MentionFinder(new Gazetteer(reference), TokenRules.english(), entities, new ArticleMemory(entities));

  private List<String> towns(String s) {
    return finder.find(s).stream().filter(m -> m.type() == EntityType.CITY).map(m -> s.substring(m.start(), m.end())).toList();
  }

  @Test
  void mintsTheTownAPlantIsIn() {
    assertThat(towns("The supplier opened a plant in Zetovsk last year.")).containsExactly("Zetovsk");
    assertThat(towns("The supplier opened a factory in the town of Nova Zeta.")).containsExactly("Nova Zeta");
  }

  @Test
  void mintsNoTownForANameThatStartsWithAWordNamingNoTown() {
    assertThat(towns("The supplier opened a plant in Europe Zeta.")).isEmpty();
  }
}
