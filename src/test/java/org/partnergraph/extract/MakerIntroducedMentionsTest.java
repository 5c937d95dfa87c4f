package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.extract.tokens.TokenRules;
import org.partnergraph.model.EntityType;
import org.partnergraph.reference.Gazetteer;
import org.partnergraph.reference.ReferenceData;
import org.partnergraph.resolve.ArticleEntities;

/** Companies introduced by what they make, read from rule {@code maker.introduced-by-kind}'s matches by the mention finder. */
class MakerIntroducedMentionsTest {
  private final ReferenceData reference = ReferenceData.bundled();
  private final ArticleEntities entities = new ArticleEntities(reference);
  private final MentionFinder finder = new MentionFinder(new Gazetteer(reference), TokenRules.english(), entities, new ArticleMemory(entities));

  private List<String> makers(String s) {
    return finder.find(s).stream().filter(m -> m.type() == EntityType.AUTOMAKER).map(m -> s.substring(m.start(), m.end())).toList();
  }

  @Test
  void mintsTheCompanyWithoutItsPossessive() {
    assertThat(makers("The electric carmaker Zorka's plant will open in May.")).containsExactly("Zorka");
  }

  @Test
  void mintsNoCompanyOverAWordAlreadyReadAsSomethingElse() {
    assertThat(makers("the carmaker Chinese Zorka")).isEmpty();
  }
}
