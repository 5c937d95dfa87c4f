package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partnergraph.model.Article;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.Entity;
import org.partnergraph.model.EntityType;
import org.partnergraph.model.Relation;
import org.partnergraph.model.RelationType;

/**
 * What rules/19 reads differently from rules/18, each as the annotation guide decides: a plant being
 * built is a deal done (its partnership is signed), a region urging a maker to invest invites it, a
 * month after "its Smyrna plant in" is no place of the plant, and a list of towns before one plural
 * plant noun names one plant in each.
 */
class Rules19ReadingsTest {
  private static ArticleFacts read(String version, String text) {
    return new RuleExtractor(version).extract(new Article("r19", "Regional news", text, null, "Wire", "2025-03-04", "test"));
  }

  private static Map<String, Object> partnerships(ArticleFacts facts) {
    return facts.entities().stream().filter(e -> e.type() == EntityType.PARTNERSHIP)
        .collect(Collectors.toMap(Entity::id, e -> e.attribute("status")));
  }

  private static Map<String, String> plantPlaces(ArticleFacts facts) {
    return facts.relations().stream().filter(r -> r.type() == RelationType.LOCATED_IN && r.from().startsWith("plant/"))
        .collect(Collectors.toMap(Relation::from, Relation::to, (a, b) -> a));
  }

  @Test
  void fromRules19APlantTheMakerIsBuildingIsSigned() {
    String text = "China's BYD is building its first European car plant in Szeged and plans to start production there by the end of the year.";
    assertThat(partnerships(read("rules/18", text))).containsEntry("partnership/automaker-byd-country-hu", "planned");
    assertThat(partnerships(read("rules/19", text))).containsEntry("partnership/automaker-byd-country-hu", "signed");
  }

  @Test
  void fromRules19PreparingToStartProductionAtAPlantIsSigned() {
    String text = "Besides Mercedes in Kecskemét, BMW is preparing to start production at its new electric car plant in Debrecen.";
    assertThat(partnerships(read("rules/18", text))).containsEntry("partnership/automaker-bmw-country-hu", "planned");
    assertThat(partnerships(read("rules/19", text))).containsEntry("partnership/automaker-bmw-country-hu", "signed");
  }

  @Test
  void fromRules19APlantDueToStartProductionIsSigned() {
    String text = "BMW is due to start series production at its plant in Debrecen, the seat of Hajdú-Bihar county, in the autumn.";
    assertThat(partnerships(read("rules/18", text))).isEmpty();
    assertThat(partnerships(read("rules/19", text))).containsEntry("partnership/automaker-bmw-country-hu", "signed");
  }

  @Test
  void fromRules19AFoundationStoneLaidIsSigned() {
    String laid = "Governor Jerônimo Rodrigues laid the foundation stone of the BYD car plant in Camaçari, in Bahia, with BYD's chairman.";
    assertThat(partnerships(read("rules/18", laid))).doesNotContainValue("signed");
    assertThat(partnerships(read("rules/19", laid))).containsValue("signed");
  }

  /** What the signed cues do not take: something else being built or begun, a figure of speech, the past. */
  @Test
  void fromRules19OnlyAPlantBeingBuiltOrAboutToProduceIsSigned() {
    for (String text : List.of(
        "Toyota is building a reputation in Mexico as a reliable employer at its Guanajuato plant.",
        "Kia is preparing to begin talks with the government of Ceará about building a plant in Brazil.",
        "Mexico is the cornerstone of the plant's export strategy, said Kia, which runs a plant in Nuevo León.",
        "In 2019 Tesla was building the Gigafactory in Shanghai, and now Shanghai builds its cars.")) {
      assertThat(partnerships(read("rules/19", text))).as(text).isEqualTo(partnerships(read("rules/18", text)));
    }
  }

  @Test
  void fromRules19ARegionUrgingAMakerToInvestInvitesIt() {
    String text = "Louisiana Gov. Jeff Landry on Tuesday urged Hyundai Motor Group to build cars in Louisiana.";
    assertThat(partnerships(read("rules/18", text))).doesNotContainValue("invited");
    assertThat(partnerships(read("rules/19", text))).containsValue("invited");
  }

  @Test
  void fromRules19AMakerUrgingAGovernmentInvitesNobody() {
    String text = "Hyundai urged the Georgia government to build a new road to its plant in Ellabell.";
    assertThat(partnerships(read("rules/19", text))).doesNotContainValue("invited");
  }

  @Test
  void fromRules19AMonthAfterATownsPlantIsNoPlaceOfIt() {
    String text = "Nissan said it would cut one of the shifts at its Smyrna plant in September, affecting about 1,000 workers.";
    assertThat(plantPlaces(read("rules/18", text))).isEmpty();
    assertThat(plantPlaces(read("rules/19", text))).containsEntry("plant/nissan-smyrna", "city/smyrna");
  }

  @Test
  void fromRules19ATownListBeforePlantsNamesOnePlantInEachTown() {
    String text = "Honda has invested $700 million in its Marysville, East Liberty and Anna plants to prepare them for electric models.";
    assertThat(plantPlaces(read("rules/18", text))).isEmpty();
    assertThat(plantPlaces(read("rules/19", text))).containsOnly(
        Map.entry("plant/honda-marysville", "city/marysville"),
        Map.entry("plant/honda-east-liberty", "city/east-liberty"),
        Map.entry("plant/honda-anna", "city/anna"));
    assertThat(read("rules/19", text).relations()).filteredOn(r -> r.type() == RelationType.OPERATES)
        .extracting(Relation::from).containsOnly("automaker/honda");
  }

  @Test
  void fromRules19AListedTownIsNoPlantModifierAndNeedsAMakerNamedBeforeIt() {
    String modifier = "GM said the Fairfax and Orion Assembly plants would build the Bolt.";
    assertThat(read("rules/19", modifier).entities()).extracting(Entity::id).doesNotContain("city/orion-assembly");
    String otherMaker = "Ford left Indian manufacturing in 2022. Tata's capacity at its Pune and Sanand plants was nearly exhausted last year.";
    assertThat(read("rules/19", otherMaker).relations()).filteredOn(r -> r.type() == RelationType.OPERATES)
        .extracting(Relation::from).doesNotContain("automaker/ford");
  }
}
