package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partnergraph.model.Article;
import org.partnergraph.model.Entity;
import org.partnergraph.model.EntityType;

/**
 * What rules/17 reads differently from rules/16, each as the annotation guide decides: suppliers
 * named by their country are no partners, a maker the cooperation reading finds running a plant in a
 * region is the maker's partnership with the host country, and a foreign maker's plant the article
 * names without a status cue, without a word of what is to come in its own clause and without one of
 * output that stopped, is running.
 */
class Rules17PartnershipsTest {
  private static Map<String, Object> partnerships(String version, String text) {
    Article article = new Article("r17", "Regional news", text, null, "Wire", "2025-03-04", "test");
    return new RuleExtractor(version).extract(article).entities().stream().filter(e -> e.type() == EntityType.PARTNERSHIP)
        .collect(Collectors.toMap(Entity::id, e -> e.attribute("status")));
  }

  @Test
  void fromRules17TalksWithSuppliersNamedByTheirCountryAreNoPartnership() {
    String text = "Governor Ivan Belov said the Samara region was in talks with Chinese component makers about making parts locally.";
    assertThat(partnerships("rules/16", text)).containsKey("partnership/region-ru-sam-country-cn");
    assertThat(partnerships("rules/17", text)).isEmpty();
  }

  @Test
  void fromRules17AMakerTheCooperationReadingFindsRunningInARegionIsItsPartnershipWithTheHostCountry() {
    String text = "Governor Brian Kemp spoke at the plant in Ellabell, Georgia. "
        + "Kia, which is part of Hyundai Motor Group, builds cars in West Point, Georgia.";
    assertThat(partnerships("rules/16", text)).containsEntry("partnership/region-us-ga-automaker-kia", "operating");
    assertThat(partnerships("rules/17", text)).containsEntry("partnership/automaker-kia-country-us", "operating")
        .doesNotContainKey("partnership/region-us-ga-automaker-kia");
  }

  @Test
  void fromRules17AForeignMakersPlantWithoutAStatusCueIsOperating() {
    String text = "Hyundai's plant in Nošovice lies in the Moravian-Silesian Region.";
    assertThat(partnerships("rules/16", text)).isEmpty();
    assertThat(partnerships("rules/17", text)).containsEntry("partnership/automaker-hyundai-country-cz", "operating");
  }

  @Test
  void aForeignMakersPlantThatStoppedIsNotOperatingWhicheverSentenceSaysSo() {
    assertThat(partnerships("rules/17", "Hyundai's plant in Nošovice in the Moravian-Silesian Region was shut down in 2020."))
        .doesNotContainValue("operating");
    assertThat(partnerships("rules/17", "Hyundai's plant in Nošovice lies in the Moravian-Silesian Region. "
        + "The plant was shut down in 2020.")).doesNotContainValue("operating");
  }

  @Test
  void whetherAForeignMakersPlantIsOperatingDoesNotDependOnTheOrderOfTheSentences() {
    String plant = "Hyundai's plant in Nošovice lies in the Moravian-Silesian Region. ";
    String cooperation = "The region and Hyundai agreed to cooperate on training. ";
    assertThat(partnerships("rules/17", plant + cooperation)).isEqualTo(partnerships("rules/17", cooperation + plant))
        .containsEntry("partnership/automaker-hyundai-country-cz", "operating");
  }

  @Test
  void makersOfWhatSuppliersMakeAreNoSuppliers() {
    assertThat(partnerships("rules/17", "Governor Ivan Belov said the Samara region was in talks with Chinese battery-electric car makers."))
        .containsEntry("partnership/region-ru-sam-country-cn", "negotiating");
  }

  @Test
  void aForeignMakersPlantWhoseSentenceSpeaksOfWhatIsToComeIsNotOperating() {
    String text = "Hyundai's plant in Nošovice in the Moravian-Silesian Region is due to start building the new model.";
    assertThat(partnerships("rules/17", text)).doesNotContainValue("operating");
  }
}
