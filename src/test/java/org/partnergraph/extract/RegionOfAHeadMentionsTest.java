package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.extract.tokens.TokenRules;
import org.partnergraph.model.EntityType;
import org.partnergraph.reference.Gazetteer;
import org.partnergraph.reference.ReferenceData;
import org.partnergraph.resolve.ArticleEntities;

/** Regions named by their head's title, read from rule {@code place.region-of-a-head}'s matches by the mention finder. */
class RegionOfAHeadMentionsTest {
  private final ReferenceData reference = ReferenceData.bundled();
  private final ArticleEntities entities = new ArticleEntities(reference);
  private final MentionFinder finder = new MentionFinder(new Gazetteer(reference), TokenRules.english(), entities, new ArticleMemory(entities));

  private List<String> regions(String s) {
    return finder.find(s).stream().filter(m -> m.type() == EntityType.REGION).map(m -> s.substring(m.start(), m.end())).toList();
  }

  @Test
  void mintsTheRegionWithItsKind() {
    assertThat(regions("Korvo met the governor of the Zetovo region on Monday.")).containsExactly("Zetovo region");
  }

  @Test
  void mintsNoRegionWhoseFirstWordNamesNone() {
    assertThat(regions("Korvo met the governor of the Deputy Zetovo region on Monday.")).isEmpty();
    assertThat(regions("Korvo met the governor of Europe Zetovo region on Monday.")).isEmpty();
  }
}
