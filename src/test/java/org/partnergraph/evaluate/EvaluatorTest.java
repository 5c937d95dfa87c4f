package org.partnergraph.evaluate;

import org.partnergraph.extract.annotation.Gold;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnergraph.extract.annotation.Gold.GoldEntity;
import org.partnergraph.extract.annotation.Gold.GoldMetric;
import org.partnergraph.extract.annotation.Gold.GoldPartnership;
import org.partnergraph.extract.annotation.Gold.GoldRelation;
import org.partnergraph.model.Article;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.Entity;
import org.partnergraph.model.EntityType;
import org.partnergraph.model.Relation;
import org.partnergraph.model.RelationType;

class EvaluatorTest {
  private static final Article ARTICLE = new Article("a1", "t", "text", null, null, null, null);

  private static Relation rel(RelationType t, String from, String to) {
    return new Relation(t, from, to, "evidence", 0.9, "test");
  }

  private static final Gold GOLD = new Gold("a1",
      List.of(
          new GoldEntity(EntityType.GOVERNOR, "Andrei Vorobyov", List.of("Andrei Vorobiev"), null, null),
          new GoldEntity(EntityType.REGION, "Moscow Oblast", List.of("Moscow region"), null, null),
          new GoldEntity(EntityType.AUTOMAKER, "Changan Automobile Group", List.of("Changan"), null, null),
          new GoldEntity(EntityType.PLANT, "Changan's Chongqing works", List.of(), "Changan Automobile Group", null)),
      List.of(new GoldRelation(RelationType.GOVERNS, "Andrei Vorobyov", "Moscow Oblast"),
          new GoldRelation(RelationType.VISITED, "Andrei Vorobyov", "Changan Automobile Group")),
      List.of(new GoldPartnership(List.of("Moscow Oblast", "Changan Automobile Group"), null, "invited", "other")),
      List.of(new GoldMetric("Changan Automobile Group", 2_300_000, "vehicles", "actual")));

  @Test
  void alignsByAnySharedNameIgnoringCaseAndAccentsAndScoresEdgesThroughTheAlignment() {
    ArticleFacts facts = new ArticleFacts(ARTICLE, List.of(
        Entity.of("governor/andrei-vorobiev", EntityType.GOVERNOR, "Andrei Vorobiev", List.of()),
        Entity.of("region/ru-mos", EntityType.REGION, "Moscow Oblast", List.of("MOSCOW REGION")),
        Entity.of("automaker/changan", EntityType.AUTOMAKER, "Changan", List.of()),
        Entity.of("country/cn", EntityType.COUNTRY, "China", List.of()),
        Entity.of("city/beijing", EntityType.CITY, "Beijing", List.of())),
        List.of(rel(RelationType.GOVERNS, "governor/andrei-vorobiev", "region/ru-mos"),
            rel(RelationType.INVITED, "governor/andrei-vorobiev", "automaker/changan"),
            rel(RelationType.HEADQUARTERED_IN, "automaker/changan", "country/cn")),
        "test");
    Score s = Evaluator.score(facts, GOLD);
    // "Andrei Vorobiev" is an alias in gold; China comes only from reference data: not scored; Beijing is a wrong entity.
    assertThat(s.entities.overall()).isEqualTo(new Score.Prf(3, 1, 1));
    assertThat(s.entities.falsePositives()).containsExactly("City: Beijing");
    assertThat(s.relations.overall()).isEqualTo(new Score.Prf(1, 1, 1));
    assertThat(s.relations.misses()).containsExactly("VISITED: VISITED Andrei Vorobyov -> Changan Automobile Group");
    assertThat(s.partnerships.overall()).isEqualTo(new Score.Prf(0, 0, 1));
    assertThat(s.metrics.overall()).isEqualTo(new Score.Prf(0, 0, 1));
  }

  @Test
  void eachScoredRelationCountsForTheRuleThatProducedItAndAWrongOneNamesItsArticle() {
    ArticleFacts facts = new ArticleFacts(ARTICLE, List.of(
        Entity.of("governor/andrei-vorobiev", EntityType.GOVERNOR, "Andrei Vorobiev", List.of()),
        Entity.of("region/ru-mos", EntityType.REGION, "Moscow Oblast", List.of()),
        Entity.of("automaker/changan", EntityType.AUTOMAKER, "Changan", List.of())),
        List.of(new Relation(RelationType.GOVERNS, "governor/andrei-vorobiev", "region/ru-mos", "e", 0.9, "governs.titled"),
            new Relation(RelationType.INVITED, "governor/andrei-vorobiev", "automaker/changan", "e", 0.8, "invited.cue"),
            new Relation(RelationType.VISITED, "governor/andrei-vorobiev", "automaker/changan", "e", 0.8, "visited.cue")),
        "test");
    Score s = Evaluator.score(facts, GOLD);
    assertThat(s.rules().get("governs.titled").truePositives()).isEqualTo(1);
    assertThat(s.rules().get("visited.cue").precision()).isEqualTo(1.0);
    assertThat(s.rules().get("invited.cue").falsePositives())
        .containsExactly("a1: INVITED Andrei Vorobyov -> Changan Automobile Group");
  }

  @Test
  void scoredRelationsConfidencesAreJudgedAgainstWhetherTheyWereRight() {
    ArticleFacts facts = new ArticleFacts(ARTICLE, List.of(
        Entity.of("governor/andrei-vorobiev", EntityType.GOVERNOR, "Andrei Vorobiev", List.of()),
        Entity.of("region/ru-mos", EntityType.REGION, "Moscow Oblast", List.of()),
        Entity.of("automaker/changan", EntityType.AUTOMAKER, "Changan", List.of())),
        List.of(new Relation(RelationType.GOVERNS, "governor/andrei-vorobiev", "region/ru-mos", "e", 0.9, "governs.titled"),
            new Relation(RelationType.INVITED, "governor/andrei-vorobiev", "automaker/changan", "e", 0.6, "invited.cue")),
        "test");
    Score total = new Score();
    total.add(Evaluator.score(facts, GOLD));
    // GOVERNS is in the gold (0.9 for a right one: gap 0.1), INVITED is not (0.6 for a wrong one: gap 0.6)
    assertThat(total.relationBrier()).isCloseTo((0.01 + 0.36) / 2, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(total.relationCalibrationError()).isCloseTo((0.1 + 0.6) / 2, org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void aPlantMatchesByOperatorWhenItsNameDiffersAndAPartnershipNeedsPartiesAndStatus() {
    ArticleFacts facts = new ArticleFacts(ARTICLE, List.of(
        Entity.of("automaker/changan", EntityType.AUTOMAKER, "Changan Automobile Group", List.of()),
        Entity.of("region/ru-mos", EntityType.REGION, "Moscow Oblast", List.of()),
        Entity.of("plant/changan", EntityType.PLANT, "Changan plant", List.of()),
        Entity.of("partnership/x", EntityType.PARTNERSHIP, "p", List.of(), Map.of("status", "invited", "kind", "other")),
        Entity.of("metric/m", EntityType.METRIC, "m", List.of(), Map.of("value", 2_300_000L, "unit", "vehicles", "kind", "actual"))),
        List.of(rel(RelationType.OPERATES, "automaker/changan", "plant/changan"),
            rel(RelationType.PARTY, "partnership/x", "region/ru-mos"),
            rel(RelationType.PARTY, "partnership/x", "automaker/changan"),
            rel(RelationType.HAS_METRIC, "automaker/changan", "metric/m")),
        "test");
    Score s = Evaluator.score(facts, GOLD);
    assertThat(s.entities.byType().get("Plant")).isEqualTo(new Score.Prf(1, 0, 0));
    assertThat(s.partnerships.overall()).isEqualTo(new Score.Prf(1, 0, 0));
    assertThat(s.metrics.overall()).isEqualTo(new Score.Prf(1, 0, 0));
  }

  @Test
  void aPartnershipWithTheRightPartiesAndAWrongStatusIsFoundOnItsPartiesButWrongInFull() {
    Gold two = new Gold("a1", List.of(
        new GoldEntity(EntityType.AUTOMAKER, "BYD", List.of(), null, null),
        new GoldEntity(EntityType.AUTOMAKER, "Kia", List.of(), null, null),
        new GoldEntity(EntityType.COUNTRY, "Hungary", List.of(), null, null)),
        List.of(), List.of(new GoldPartnership(List.of("BYD"), "Hungary", "announced", "production"),
            new GoldPartnership(List.of("BYD"), "Hungary", "operating", "production"),
            new GoldPartnership(List.of("Kia"), "Hungary", "signed", "production")),
        List.of());
    ArticleFacts facts = new ArticleFacts(ARTICLE, List.of(
        Entity.of("automaker/byd", EntityType.AUTOMAKER, "BYD", List.of()),
        Entity.of("automaker/kia", EntityType.AUTOMAKER, "Kia", List.of()),
        Entity.of("country/hu", EntityType.COUNTRY, "Hungary", List.of()),
        // signed is neither gold status; operating is: that one claims the operating gold, this one the announced
        Entity.of("partnership/a", EntityType.PARTNERSHIP, "a", List.of(), Map.of("status", "signed", "kind", "production")),
        Entity.of("partnership/b", EntityType.PARTNERSHIP, "b", List.of(), Map.of("status", "operating", "kind", "production")),
        // Kia without its partner country is another partnership on its parties too
        Entity.of("partnership/c", EntityType.PARTNERSHIP, "c", List.of(), Map.of("status", "signed", "kind", "production"))),
        List.of(rel(RelationType.PARTY, "partnership/a", "automaker/byd"), rel(RelationType.PARTNER_COUNTRY, "partnership/a", "country/hu"),
            rel(RelationType.PARTY, "partnership/b", "automaker/byd"), rel(RelationType.PARTNER_COUNTRY, "partnership/b", "country/hu"),
            rel(RelationType.PARTY, "partnership/c", "automaker/kia")),
        "test");
    Score s = Evaluator.score(facts, two);
    assertThat(s.partnerships.overall()).isEqualTo(new Score.Prf(1, 2, 2));
    assertThat(s.partnershipParties.overall()).isEqualTo(new Score.Prf(2, 1, 1));
    assertThat(s.partnershipParties.misses()).containsExactly("signed: Kia with Hungary");
    assertThat(s.partnershipsFound()).isEqualTo(2);
    assertThat(s.partnershipStatusRight()).isEqualTo(1);
  }

  @Test
  void thePlaceOfAPlantDecidesBetweenAnOperatorsPlantsButAnOnlyPlantNeedsNoPlace() {
    Gold twoPlants = new Gold("a1", List.of(
        new GoldEntity(EntityType.AUTOMAKER, "Kia", List.of(), null, null),
        new GoldEntity(EntityType.CITY, "Kostanay", List.of(), null, null),
        new GoldEntity(EntityType.CITY, "Almaty", List.of(), null, null),
        new GoldEntity(EntityType.PLANT, "Kia plant in Kostanay", List.of(), "Kia", "Kostanay"),
        new GoldEntity(EntityType.PLANT, "Kia works in Almaty", List.of(), "Kia", "Almaty")),
        List.of(), List.of(), List.of());
    ArticleFacts inAlmaty = new ArticleFacts(ARTICLE, List.of(
        Entity.of("automaker/kia", EntityType.AUTOMAKER, "Kia", List.of()),
        Entity.of("city/almaty", EntityType.CITY, "Almaty", List.of()),
        Entity.of("plant/kia-almaty", EntityType.PLANT, "Kia's Almaty factory", List.of())),
        List.of(rel(RelationType.OPERATES, "automaker/kia", "plant/kia-almaty"),
            rel(RelationType.LOCATED_IN, "plant/kia-almaty", "city/almaty")),
        "test");
    ArticleFacts nowhere = new ArticleFacts(ARTICLE, List.of(
        Entity.of("automaker/kia", EntityType.AUTOMAKER, "Kia", List.of()),
        Entity.of("plant/kia", EntityType.PLANT, "Kia's new factory", List.of())),
        List.of(rel(RelationType.OPERATES, "automaker/kia", "plant/kia")),
        "test");

    assertThat(Evaluator.score(inAlmaty, twoPlants).entities.byType().get("Plant")).isEqualTo(new Score.Prf(1, 0, 1));
    assertThat(Evaluator.score(inAlmaty, twoPlants).entities.misses()).contains("Plant: Kia plant in Kostanay");
    // two candidate plants and no place: ambiguous, so not matched
    assertThat(Evaluator.score(nowhere, twoPlants).entities.byType().get("Plant")).isEqualTo(new Score.Prf(0, 1, 2));
    // one candidate: the operator is enough, whatever place the extractor gave
    Gold onePlant = new Gold("a1", twoPlants.entities().subList(0, 4), List.of(), List.of(), List.of());
    assertThat(Evaluator.score(nowhere, onePlant).entities.byType().get("Plant")).isEqualTo(new Score.Prf(1, 0, 0));
  }

  @Test
  void aPlantPlacedInBothItsTownAndItsRegionMatchesByTheTown() {
    Gold twoPlants = new Gold("a1", List.of(
        new GoldEntity(EntityType.AUTOMAKER, "Toyota", List.of(), null, null),
        new GoldEntity(EntityType.CITY, "Tijuana", List.of(), null, null),
        new GoldEntity(EntityType.REGION, "Baja California", List.of(), null, null),
        new GoldEntity(EntityType.PLANT, "Toyota plant in Apaseo", List.of(), "Toyota", "Apaseo"),
        new GoldEntity(EntityType.PLANT, "Toyota Motor Manufacturing de Baja California", List.of(), "Toyota", "Tijuana")),
        List.of(), List.of(), List.of());
    ArticleFacts townThenRegion = new ArticleFacts(ARTICLE, List.of(
        Entity.of("automaker/toyota", EntityType.AUTOMAKER, "Toyota", List.of()),
        Entity.of("city/tijuana", EntityType.CITY, "Tijuana", List.of()),
        Entity.of("region/mx-bcn", EntityType.REGION, "Baja California", List.of()),
        Entity.of("plant/toyota-tijuana", EntityType.PLANT, "Toyota plant in Tijuana", List.of())),
        List.of(rel(RelationType.OPERATES, "automaker/toyota", "plant/toyota-tijuana"),
            rel(RelationType.LOCATED_IN, "plant/toyota-tijuana", "city/tijuana"),
            rel(RelationType.LOCATED_IN, "plant/toyota-tijuana", "region/mx-bcn")),
        "test");

    assertThat(Evaluator.score(townThenRegion, twoPlants).entities.byType().get("Plant")).isEqualTo(new Score.Prf(1, 0, 1));
    assertThat(Evaluator.score(townThenRegion, twoPlants).entities.misses()).containsExactly("Plant: Toyota plant in Apaseo");
  }

  @Test
  void precisionAndRecallOfNothingAreOneAndF1FollowsFromThem() {
    assertThat(new Score.Prf(0, 0, 0).f1()).isEqualTo(1.0);
    assertThat(new Score.Prf(3, 1, 2).precision()).isEqualTo(0.75);
    assertThat(new Score.Prf(3, 1, 2).recall()).isEqualTo(0.6);
    assertThat(new Score.Prf(0, 2, 2).f1()).isZero();
  }
}
