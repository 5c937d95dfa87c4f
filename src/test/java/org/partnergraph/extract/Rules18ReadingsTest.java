package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

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
 * What rules/18 reads differently from rules/17, each as the annotation guide decides: a figure
 * whose clause is about a town is the town's plant's (the guide's "Whose figure": what a plant turns
 * out or employs is the plant's) or nobody's, and a foreign maker's plant in a town the reference
 * data does not know is hosted by the one country the article names that is no automaker's home.
 */
class Rules18ReadingsTest {
  private static ArticleFacts read(String version, String text) {
    return new RuleExtractor(version).extract(new Article("r18", "Regional news", text, null, "Wire", "2025-03-04", "test"));
  }

  /** Each figure's owner, by the figure's value as written ("522000"). */
  private static Map<String, String> figureOwners(ArticleFacts facts) {
    Map<String, String> values = facts.entities().stream().filter(e -> e.type() == EntityType.METRIC)
        .collect(Collectors.toMap(Entity::id, e -> String.valueOf(e.attribute("value"))));
    return facts.relations().stream().filter(r -> r.type() == RelationType.HAS_METRIC)
        .collect(Collectors.toMap(r -> values.get(r.to()), Relation::from));
  }

  private static Map<String, Object> partnerships(ArticleFacts facts) {
    return facts.entities().stream().filter(e -> e.type() == EntityType.PARTNERSHIP)
        .collect(Collectors.toMap(Entity::id, e -> e.attribute("status")));
  }

  @Test
  void fromRules18AFigureOfATownIsThePlantsTheArticlePlacesThere() {
    String text = "Stellantis builds vans at its plant in Vigo, in Galicia. "
        + "The Vigo centre manufactured 522,000 vehicles last year.";
    assertThat(figureOwners(read("rules/17", text))).containsEntry("522000", "city/vigo");
    assertThat(figureOwners(read("rules/18", text))).containsEntry("522000", "plant/stellantis-vigo");
    assertThat(read("rules/18", text).relations()).filteredOn(r -> r.type() == RelationType.HAS_METRIC)
        .extracting(Relation::rule).containsOnly("figure.plant-of-the-town");
  }

  @Test
  void fromRules18ATownsOwnFigureIsNobodysEvenWithAPlantThere() {
    String text = "Stellantis builds vans at its plant in Vigo, in Galicia. Vigo has about 300,000 inhabitants.";
    assertThat(figureOwners(read("rules/17", text))).containsEntry("300000", "city/vigo");
    assertThat(figureOwners(read("rules/18", text))).doesNotContainKey("300000");
  }

  @Test
  void fromRules18AFigureOfATownWithTwoPlantsIsNobodys() {
    String text = "Stellantis builds vans at its plant in Vigo, and Renault runs a plant in Vigo too. "
        + "Vigo manufactured 522,000 vehicles last year.";
    assertThat(figureOwners(read("rules/17", text))).containsEntry("522000", "city/vigo");
    assertThat(figureOwners(read("rules/18", text))).doesNotContainKey("522000");
  }

  @Test
  void fromRules18AFigureOfATownWithoutAPlantIsNobodys() {
    String text = "Stellantis opened its plant in Kenitra in 2019. Rabat lies less than 60 kilometres from the port of Kenitra. "
        + "Meknes has about 630,000 inhabitants.";
    assertThat(figureOwners(read("rules/17", text))).containsKey("630000");
    assertThat(figureOwners(read("rules/18", text))).doesNotContainKey("630000");
  }

  @Test
  void fromRules18AForeignMakersPlantInAnUnknownTownIsHostedByTheArticlesCountry() {
    String text = "The government of Serbia welcomed the start of production. "
        + "Serial production of the new Fiat Grande Panda has started at the Stellantis factory in Kragujevac.";
    assertThat(partnerships(read("rules/17", text))).doesNotContainKey("partnership/automaker-stellantis-country-rs");
    assertThat(partnerships(read("rules/18", text))).containsEntry("partnership/automaker-stellantis-country-rs", "operating");
  }

  /** Guards of the reading: neither two candidate hosts nor a country named only by an adjective makes one. */
  @Test
  void fromRules18AnUnknownTownHasNoHostInAnArticleOfTwoCountriesOrOfAnAdjectiveOnly() {
    String plant = "Serial production of the new Fiat Grande Panda has started at the Stellantis factory in Kragujevac";
    assertThat(partnerships(read("rules/18", "Ministers of Serbia and Hungary met in Belgrade. " + plant + ".")))
        .doesNotContainKeys("partnership/automaker-stellantis-country-rs", "partnership/automaker-stellantis-country-hu");
    assertThat(partnerships(read("rules/18", "Ministers of Serbia met in Belgrade. " + plant + ".")))
        .containsKey("partnership/automaker-stellantis-country-rs");
    assertThat(partnerships(read("rules/18", plant + ", with batteries from a Chinese supplier."))).isEmpty();
  }
}
