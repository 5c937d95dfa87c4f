package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.extract.tokens.TokenRules;
import org.partnergraph.model.EntityType;
import org.partnergraph.reference.Gazetteer;
import org.partnergraph.reference.ReferenceData;
import org.partnergraph.resolve.ArticleEntities;

/**
 * Towns placed by the known region or country that follows them, read from rules
 * {@code place.town-before-a-comma} and {@code place.placed-by-what-follows} by the mention finder.
 */
class TownPlacedByWhatFollowsMentionsTest {
  private final ReferenceData reference = ReferenceData.bundled();
  private final ArticleEntities entities = new ArticleEntities(reference);
  private final MentionFinder finder = new MentionFinder(new Gazetteer(reference), TokenRules.english(), entities, new ArticleMemory(entities));

  private List<String> towns(String s) {
    return finder.find(s).stream().filter(m -> m.type() == EntityType.CITY).map(m -> s.substring(m.start(), m.end())).toList();
  }

  @Test
  void mintsATownPlacedInAKnownCountry() {
    assertThat(towns("The talks were held in Zetovsk, in southern Hungary, on Monday.")).containsExactly("Zetovsk");
    assertThat(towns("The talks were held near Nova Zeta, Hungary.")).containsExactly("Nova Zeta");
    assertThat(towns("The talks were held outside Zetovsk, about 60 km north-east of Hungary's capital.")).containsExactly("Zetovsk");
  }

  @Test
  void mintsTheLastTownOfAChainWhoseInAlsoEndsTheFirst() {
    assertThat(towns("The talks were held in Zetovsk, in Lipovo, Hungary.")).containsExactly("Lipovo");
  }

  @Test
  void mintsNoTownWhenOtherWordsOrTooLongADistanceStandBeforeTheCountry() {
    assertThat(towns("The talks were held in Zetovsk, far from Hungary.")).isEmpty();
    assertThat(towns("The talks were held in Zetovsk, about sixty long and very winding kilometres west of Hungary.")).isEmpty();
    assertThat(towns("The talks were held in Zetovsk in southern Hungary.")).isEmpty();
  }
}
