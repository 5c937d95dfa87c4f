package org.partnergraph.extract.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.model.Article;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.Entity;
import org.partnergraph.model.EntityType;
import org.partnergraph.model.Relation;
import org.partnergraph.model.RelationType;

class HostCountryCandidatesTest {
  private static final Article ARTICLE = new Article("a1", "t", "Kia runs its plant in West Point, Georgia.", null, null, null, null);
  private static final String SENTENCE = "Kia runs its plant in West Point, Georgia.";

  private static Relation rel(RelationType t, String from, String to) {
    return new Relation(t, from, to, SENTENCE, 0.9, "test");
  }

  private static List<Entity> places() {
    return new ArrayList<>(List.of(
        Entity.of("automaker/kia", EntityType.AUTOMAKER, "Kia", List.of()),
        Entity.of("automaker/toyota", EntityType.AUTOMAKER, "Toyota", List.of()),
        Entity.of("plant/kia-west-point", EntityType.PLANT, "Kia plant in West Point", List.of()),
        Entity.of("plant/toyota-toyota-city", EntityType.PLANT, "Toyota plant in Toyota City", List.of()),
        Entity.of("city/west-point", EntityType.CITY, "West Point", List.of()),
        Entity.of("region/us-ga", EntityType.REGION, "Georgia", List.of()),
        Entity.of("country/us", EntityType.COUNTRY, "United States", List.of()),
        Entity.of("country/kr", EntityType.COUNTRY, "South Korea", List.of()),
        Entity.of("country/jp", EntityType.COUNTRY, "Japan", List.of())));
  }

  private static List<Relation> placed() {
    return new ArrayList<>(List.of(
        rel(RelationType.OPERATES, "automaker/kia", "plant/kia-west-point"),
        rel(RelationType.LOCATED_IN, "plant/kia-west-point", "city/west-point"),
        rel(RelationType.LOCATED_IN, "city/west-point", "region/us-ga"),
        rel(RelationType.IN_COUNTRY, "region/us-ga", "country/us"),
        rel(RelationType.HEADQUARTERED_IN, "automaker/kia", "country/kr"),
        rel(RelationType.OPERATES, "automaker/toyota", "plant/toyota-toyota-city"),
        rel(RelationType.IN_COUNTRY, "plant/toyota-toyota-city", "country/jp"),
        rel(RelationType.HEADQUARTERED_IN, "automaker/toyota", "country/jp")));
  }

  @Test
  void aForeignMakersPlantPlacedThroughItsTownAndRegionGivesTheMakersPartnershipWithTheHostCountry() {
    ArticleFacts out = HostCountryCandidates.addTo(new ArticleFacts(ARTICLE, places(), placed(), "test"));
    List<Entity> partnerships = out.entities().stream().filter(e -> e.type() == EntityType.PARTNERSHIP).toList();
    assertThat(partnerships).hasSize(1); // Toyota's plant at home is not cross-border
    String id = partnerships.get(0).id();
    assertThat(partnerships.get(0).attribute("status")).isEqualTo("operating");
    assertThat(out.relations().stream().filter(r -> r.from().equals(id)).map(r -> r.type() + " " + r.to() + " " + r.rule()))
        .containsExactlyInAnyOrder("PARTY automaker/kia candidate.host-country", "PARTNER_COUNTRY country/us candidate.host-country",
            "AT_PLANT plant/kia-west-point candidate.host-country");
  }

  @Test
  void aPartnershipTheRulesAlreadyStateIsNotProposedAgain() {
    ArticleFacts once = HostCountryCandidates.addTo(new ArticleFacts(ARTICLE, places(), placed(), "test"));
    ArticleFacts twice = HostCountryCandidates.addTo(once);
    assertThat(twice.entities()).isEqualTo(once.entities());
    assertThat(twice.relations()).isEqualTo(once.relations());
  }

  @Test
  void aPlantPlacedNowhereOrAMakerWithoutAHomeGivesNothing() {
    List<Relation> unplaced = placed().stream()
        .filter(r -> r.type() != RelationType.LOCATED_IN && r.type() != RelationType.HEADQUARTERED_IN).toList();
    ArticleFacts facts = new ArticleFacts(ARTICLE, places(), unplaced, "test");
    assertThat(HostCountryCandidates.addTo(facts)).isSameAs(facts);
  }
}
