package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.model.EntityType;
import org.partnergraph.resolve.ArticleEntities;

/** Companies named by their car plant, read from rule {@code maker.named-by-plant}'s matches by the mention finder. */
class MakerOfPlantMentionsTest {
  private final OneSentence sentence = new OneSentence();
  private final MentionFinder finder = sentence.finder();
  private final ArticleEntities entities = sentence.entities();

  private List<Mention> makers(String s) {
    return finder.find(s).stream().filter(m -> m.type() == EntityType.AUTOMAKER).toList();
  }

  @Test
  void mintsACompanyKnownByItsPlantFromThePlantsCountry() {
    String s = "Workers of the ZETA factory in Anápolis went on strike.";
    assertThat(makers(s)).singleElement().satisfies(m -> {
      assertThat(s.substring(m.start(), m.end())).isEqualTo("ZETA");
      assertThat(entities.countryCode(m.id())).contains("BR");
    });
  }

  @Test
  void mintsNoCompanyForAnAcronymOfAProduct() {
    assertThat(makers("The EV plant and the CKD factory will open next year.")).isEmpty();
  }
}
