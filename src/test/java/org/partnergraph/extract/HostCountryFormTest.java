package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.model.Article;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.Entity;
import org.partnergraph.model.EntityType;
import org.partnergraph.model.Relation;
import org.partnergraph.model.RelationType;

/**
 * From rules/16 a foreign maker's own plant is the maker's partnership with the host country, as
 * the annotation guide has it ("a foreign maker on its own"), where older versions gave it to the
 * plant's region.
 */
class HostCountryFormTest {
  private static final Article PLANT_OPENS = new Article("r16-1", "BYD opens Rayong plant",
      "BYD opened its new plant in Rayong Province on Thursday. The plant now produces 150,000 cars a year, the company said.",
      null, "Wire", "2024-07-04", "test");

  private static List<String> partnerships(String version, Article article) {
    ArticleFacts facts = new RuleExtractor(version).extract(article);
    return facts.entities().stream().filter(e -> e.type() == EntityType.PARTNERSHIP).map(Entity::id).toList();
  }

  @Test
  void fromRules16AForeignMakersOwnPlantIsItsPartnershipWithTheHostCountry() {
    assertThat(partnerships("rules/16", PLANT_OPENS)).containsExactly("partnership/automaker-byd-country-th");
    ArticleFacts facts = new RuleExtractor("rules/16").extract(PLANT_OPENS);
    assertThat(facts.relations()).filteredOn(r -> r.from().equals("partnership/automaker-byd-country-th"))
        .extracting(Relation::type, Relation::to)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(RelationType.PARTY, "automaker/byd"),
            org.assertj.core.groups.Tuple.tuple(RelationType.PARTNER_COUNTRY, "country/th"),
            org.assertj.core.groups.Tuple.tuple(RelationType.AT_PLANT, "plant/byd-rayong"));
    assertThat(facts.entitiesById().get("partnership/automaker-byd-country-th").attribute("status")).isEqualTo("operating");
  }

  @Test
  void olderVersionsKeepGivingThePlantsPartnershipToItsRegion() {
    assertThat(partnerships("rules/15", PLANT_OPENS)).containsExactly("partnership/region-th-21-automaker-byd");
    assertThat(partnerships("rules/11", PLANT_OPENS)).containsExactly("partnership/region-th-21-automaker-byd");
  }

  @Test
  void aMakersPlantInItsOwnCountryIsNoPartnershipAtAll() {
    Article home = new Article("r16-2", "Toyota expands Aichi plant",
        "Toyota opened a new line at its plant in Aichi Prefecture on Monday. The plant now produces 300,000 cars a year.",
        null, "Wire", "2024-07-04", "test");
    assertThat(partnerships("rules/16", home)).isEmpty();
  }
}
