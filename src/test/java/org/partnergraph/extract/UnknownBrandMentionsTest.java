package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.extract.tokens.TokenRules;
import org.partnergraph.model.EntityType;
import org.partnergraph.reference.Gazetteer;
import org.partnergraph.reference.ReferenceData;
import org.partnergraph.resolve.ArticleEntities;

/** Brands the reference data does not know, read from the brand rules' matches by the mention finder. */
class UnknownBrandMentionsTest {
  private final ReferenceData reference = ReferenceData.bundled();
  private final ArticleEntities entities = new ArticleEntities(reference);
  private final MentionFinder finder = new MentionFinder(new Gazetteer(reference), TokenRules.english(), entities, new ArticleMemory(entities));

  private List<String> brands(String s) {
    return finder.find(s).stream().filter(m -> m.type() == EntityType.BRAND).map(m -> s.substring(m.start(), m.end())).toList();
  }

  @Test
  void mintsABrandNamedBeforeOrAfterTheWordBrand() {
    assertThat(brands("AGR assembles the Zorka brand cars at its plant.")).containsExactly("Zorka");
    assertThat(brands("The new brand Vesna-Auto opened a showroom.")).containsExactly("Vesna-Auto");
  }

  @Test
  void keepsTheReadingThatStartsFirstWhereTwoShareTheWordBrand() {
    assertThat(brands("It owns the Zorka brand Vesna-Auto.")).containsExactly("Zorka");
  }

  @Test
  void mintsNoBrandForANationality() {
    assertThat(brands("It bought the German brand in 2020.")).isEmpty();
  }
}
