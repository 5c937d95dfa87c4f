package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.model.Article;
import org.partnergraph.model.RelationType;

/** Who runs a plant named after its maker: from rules/13, not a maker the sentence says no longer runs it. */
class PlantOperatorTest {
  private static final RuleExtractor RULES_12 = new RuleExtractor("rules/12");
  private static final RuleExtractor RULES_13 = new RuleExtractor("rules/13");

  private static List<String> operates(RuleExtractor extractor, String text) {
    return extractor.extract(new Article("t", "t", text, null, null, "2024-05-17", "test")).relations().stream()
        .filter(r -> r.type() == RelationType.OPERATES).map(r -> r.from() + " -> " + r.to() + " " + r.rule()).toList();
  }

  @Test
  void aMakerThatClosesItsFactoriesNoLongerRunsThem() {
    String s = "In January Ford said it would close its factories in Camaçari and Taubaté and import cars instead.";
    assertThat(operates(RULES_12, s)).isNotEmpty();
    assertThat(operates(RULES_13, s)).isEmpty();
  }

  @Test
  void anIdlePlantOrOneSoldIsNotRunByItsNamesake() {
    assertThat(operates(RULES_13, "Ford has offered the state government its idle plant at Maraimalai Nagar for export production.")).isEmpty();
    assertThat(operates(RULES_13, "The Toyota plant in Shushary now stands largely idle.")).isEmpty();
    assertThat(operates(RULES_13, "Ford's second Indian factory, the Ford plant in Sanand, was sold to Tata Motors in 2023.")).isEmpty();
    assertThat(operates(RULES_13, "Stellantis stopped assembling the small car at its factory in Tychy in March.")).isEmpty();
  }

  @Test
  void theFormerPlantOfAMakerIsNotItsPlant() {
    String s = "Chery will make cars at the former Nissan factory in Barcelona from next year.";
    assertThat(operates(RULES_12, s)).anyMatch(e -> e.startsWith("automaker/nissan"));
    assertThat(operates(RULES_13, s)).noneMatch(e -> e.startsWith("automaker/nissan"));
  }

  @Test
  void aPlantTheMakerRunsKeepsItsOperatorUnderItsOwnRule() {
    String s = "Hyundai's plant in Chennai builds about 800,000 cars a year.";
    assertThat(operates(RULES_12, s)).containsExactly("automaker/hyundai -> plant/hyundai-motor-group-chennai operates.plant-name");
    assertThat(operates(RULES_13, s)).containsExactly("automaker/hyundai -> plant/hyundai-motor-group-chennai operates.plant-name-running");
  }

  @Test
  void aPlantIdleForAFewWeeksOrBoughtByItsMakerIsStillRun() {
    assertThat(operates(RULES_13, "Volkswagen's plant in Palmela will stay idle for two months while a supplier recovers.")).isNotEmpty();
    assertThat(operates(RULES_13, "Great Wall Motor has built cars at its Rayong plant since 2021, when it bought the site.")).isNotEmpty();
  }
}
