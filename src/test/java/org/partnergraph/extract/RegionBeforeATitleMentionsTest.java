package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.extract.tokens.TokenRules;
import org.partnergraph.model.EntityType;
import org.partnergraph.reference.Gazetteer;
import org.partnergraph.reference.ReferenceData;
import org.partnergraph.resolve.ArticleEntities;

/** Regions named before their head's title, read from rule {@code place.region-before-a-title}'s matches by the mention finder. */
class RegionBeforeATitleMentionsTest {
  private final ReferenceData reference = ReferenceData.bundled();
  private final ArticleEntities entities = new ArticleEntities(reference);
  private final MentionFinder finder = new MentionFinder(new Gazetteer(reference), TokenRules.english(), entities, new ArticleMemory(entities));

  private List<String> regions(String s) {
    return finder.find(s).stream().filter(m -> m.type() == EntityType.REGION).map(m -> s.substring(m.start(), m.end())).toList();
  }

  @Test
  void mintsTheRegionWithItsKindWhereOneStandsBetween() {
    assertThat(regions("Zetovo Governor Korvo Lipan visited the plant.")).containsExactly("Zetovo");
    assertThat(regions("Zetovo region hokim Korvo Lipan visited the plant.")).containsExactly("Zetovo region");
  }

  @Test
  void mintsNoRegionWhoseFirstWordNamesNone() {
    assertThat(regions("Former Governor Korvo Lipan visited the plant.")).isEmpty();
  }
}
