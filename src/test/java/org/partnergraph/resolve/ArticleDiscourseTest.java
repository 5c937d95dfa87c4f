package org.partnergraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnergraph.model.EntityType;
import org.partnergraph.reference.ReferenceData;

class ArticleDiscourseTest {
  private final ArticleEntities entities = new ArticleEntities(ReferenceData.bundled());
  private final ArticleDiscourse discourse = new ArticleDiscourse(entities);

  @Test
  void anAdjectiveMentionsItsCountryButIsNeitherTheLastOfItsTypeNorTheFocus() {
    discourse.mentionedAs(EntityType.COUNTRY, "country/cn", true, true);
    assertThat(discourse.mentioned("country/cn")).isTrue();
    assertThat(discourse.last(EntityType.COUNTRY)).isEmpty();
    assertThat(discourse.focus()).isEmpty();
  }

  @Test
  void theFocusIsTheLastMentionThatMayBeOne() {
    discourse.mentionedAs(EntityType.AUTOMAKER, "automaker/hyundai", false, true);
    discourse.mentionedAs(EntityType.REGION, "region/ru-klu", false, false);
    assertThat(discourse.focus()).contains("automaker/hyundai");
    assertThat(discourse.last(EntityType.REGION)).contains("region/ru-klu");
    assertThat(discourse.mentioned()).containsExactly("automaker/hyundai", "region/ru-klu");
  }

  @Test
  void theRegionCoreferenceMeansTheRegionTheLastGovernorHeads() {
    discourse.governs("governor/vladislav-shapsha", "region/ru-klu");
    discourse.mentionedAs(EntityType.GOVERNOR, "governor/vladislav-shapsha", false, false);
    assertThat(discourse.governorsRegion()).contains("region/ru-klu");
  }

  @Test
  void onlyOneRegionNamedIsTheOnlyRegionAndAnotherMakesItAmbiguous() {
    entities.known(ReferenceData.bundled().byId("region/ru-klu").orElseThrow(), "Kaluga region");
    entities.known(ReferenceData.bundled().byId("region/ru-tul").orElseThrow(), "Tula region");
    discourse.sawRegion("region/ru-klu");
    assertThat(discourse.onlyRegion()).contains("region/ru-klu");
    assertThat(discourse.onlyRegionIn("RU")).contains("region/ru-klu");
    discourse.sawRegion("region/ru-tul");
    assertThat(discourse.onlyRegion()).isEmpty();
    assertThat(discourse.onlyRegionIn("RU")).isEmpty();
  }

  @Test
  void theFirstIdGivenANameOrATownsRegionKeepsIt() {
    discourse.named(EntityType.CITY, "Ellabell", "city/ellabell");
    discourse.named(EntityType.CITY, "Ellabell", "city/other");
    assertThat(discourse.namesGiven(EntityType.CITY)).containsEntry("Ellabell", "city/ellabell").hasSize(1);
    discourse.placeTown("Ellabell", "region/us-ga");
    discourse.placeTown("Ellabell", "region/us-sc");
    assertThat(discourse.regionOfTown("Ellabell")).contains("region/us-ga");
  }
}
