package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.extract.tokens.TokenRules;
import org.partnergraph.model.EntityType;
import org.partnergraph.reference.Gazetteer;
import org.partnergraph.reference.ReferenceData;
import org.partnergraph.resolve.ArticleEntities;

/** Towns named by a company's plant, read from rule {@code place.town-of-a-plant}'s matches by the mention finder. */
class TownOfAPlantMentionsTest {
  private final ReferenceData reference = ReferenceData.bundled();
  private final ArticleEntities entities = new ArticleEntities(reference);
  private final MentionFinder finder = new MentionFinder(new Gazetteer(reference), TokenRules.english(), entities, new ArticleMemory(entities));

  private List<String> towns(String s) {
    return finder.find(s).stream().filter(m -> m.type() == EntityType.CITY).map(m -> s.substring(m.start(), m.end())).toList();
  }

  @Test
  void mintsTheTownOfAPlantAfterAnAutomaker() {
    assertThat(towns("Geely said its Zetovsk plant will add a shift.")).containsExactly("Zetovsk");
  }

  @Test
  void mintsNoTownOfAPlantWithoutAnAutomakerBeforeIt() {
    assertThat(towns("The supplier said its Zetovsk plant will add a shift.")).isEmpty();
  }
}
