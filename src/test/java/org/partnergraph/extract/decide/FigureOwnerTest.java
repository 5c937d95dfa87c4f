package org.partnergraph.extract.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnergraph.extract.Cues;
import org.partnergraph.extract.RuleExtractor;
import org.partnergraph.extract.decide.Candidate.Group;
import org.partnergraph.model.Article;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.Entity;
import org.partnergraph.model.EntityId;
import org.partnergraph.model.EntityType;
import org.partnergraph.model.Relation;
import org.partnergraph.model.RelationType;

/** A figure the rules gave to one entity can be given to another of its article: the decider chooses among them. */
class FigureOwnerTest {
  private static final String SENTENCE = "BYD said its Szeged plant will build 150,000 cars a year.";
  private static final Article ARTICLE = new Article("a1", "BYD readies Szeged", "Intro. " + SENTENCE, null, null, null, null);
  private static final Entity BYD = Entity.of("automaker/byd", EntityType.AUTOMAKER, "BYD", List.of());
  private static final Entity PLANT = Entity.of("plant/byd-szeged", EntityType.PLANT, "BYD plant in Szeged", List.of("Szeged plant"));
  private static final Entity SZEGED = Entity.of("city/szeged", EntityType.CITY, "Szeged", List.of());
  private static final Entity GOVERNOR = Entity.of("governor/x", EntityType.GOVERNOR, "Someone Else", List.of());
  private static final String METRIC_ID = EntityId.metric(BYD.id(), "cars", "annual", true).toString();
  private static final Entity METRIC = Entity.of(METRIC_ID, EntityType.METRIC, "BYD: cars (annual)", List.of(),
      Map.of("name", "cars", "period", "annual", "kind", "target", "unit", "cars", "value", 150000L));
  private static final Relation HAS_METRIC = new Relation(RelationType.HAS_METRIC, BYD.id(), METRIC_ID, SENTENCE, 0.7, "figure.owner");
  private static final ArticleFacts FACTS = new ArticleFacts(ARTICLE, List.of(BYD, PLANT, SZEGED, GOVERNOR, METRIC),
      List.of(new Relation(RelationType.OPERATES, BYD.id(), PLANT.id(), SENTENCE, 0.9, "operates.x"),
          new Relation(RelationType.LOCATED_IN, PLANT.id(), SZEGED.id(), SENTENCE, 0.9, "located.x"), HAS_METRIC), "rules/11");

  @Test
  void theOwnersAreTheRulesOwnFirstThenEveryEntityThatCanOwnAFigure() {
    assertThat(FigureOwner.of(FACTS, HAS_METRIC)).extracting(FigureOwner::owner).containsExactly(BYD.id(), PLANT.id(), SZEGED.id());
  }

  @Test
  void aFigureGivenToAnotherOwnerIsMintedForItAndRecordsThatTheDeciderMovedIt() {
    FigureOwner plant = new FigureOwner(PLANT.id());
    assertThat(plant.restates(FACTS, METRIC_ID)).isTrue();
    assertThat(new FigureOwner(BYD.id()).restates(FACTS, METRIC_ID)).isFalse();
    ArticleFacts moved = plant.applyTo(FACTS, METRIC_ID, 0.8);
    String id = EntityId.metric(PLANT.id(), "cars", "annual", true).toString();
    assertThat(moved.entitiesById()).doesNotContainKey(METRIC_ID).containsKey(id);
    Entity figure = moved.entitiesById().get(id);
    assertThat(figure.name()).isEqualTo("BYD plant in Szeged: cars (annual)");
    assertThat(figure.attributes()).isEqualTo(METRIC.attributes());
    assertThat(moved.relations()).filteredOn(r -> r.type() == RelationType.HAS_METRIC).singleElement().satisfies(r -> {
      assertThat(r.from()).isEqualTo(PLANT.id());
      assertThat(r.to()).isEqualTo(id);
      assertThat(r.confidence()).isEqualTo(0.8);
      assertThat(r.rule()).isEqualTo(FigureOwner.RULE);
      assertThat(r.evidence()).isEqualTo(SENTENCE);
    });
  }

  @Test
  void aFigureMovedOntoTheIdOfAnotherFigureWithAnotherValueIsNumberedAndNeitherIsLost() {
    String taken = EntityId.metric(PLANT.id(), "cars", "annual", true).toString();
    Entity other = Entity.of(taken, EntityType.METRIC, "BYD plant in Szeged: cars (annual)", List.of(),
        Map.of("name", "cars", "period", "annual", "kind", "target", "unit", "cars", "value", 300000L));
    ArticleFacts two = FACTS.with(List.of(BYD, PLANT, SZEGED, METRIC, other), List.of(HAS_METRIC,
        new Relation(RelationType.HAS_METRIC, PLANT.id(), taken, SENTENCE, 0.7, "figure.owner")));
    ArticleFacts moved = new FigureOwner(PLANT.id()).applyTo(two, METRIC_ID, 0.8);
    assertThat(moved.entities()).filteredOn(e -> e.type() == EntityType.METRIC).extracting(Entity::id)
        .containsExactlyInAnyOrder(taken, EntityId.metric(PLANT.id(), "cars", "annual", true).numbered(2).toString());
  }

  @Test
  void aFigureMovedToAnOwnerOrItsPlantThatAlreadyStatesItsValueIsThatFigureAndIsNotStatedTwice() {
    String plantFigure = EntityId.metric(PLANT.id(), "cars", "annual", true).toString();
    Entity same = Entity.of(plantFigure, EntityType.METRIC, "BYD plant in Szeged: cars (annual)", List.of(),
        Map.of("name", "cars", "period", "annual", "kind", "target", "unit", "cars", "value", 150000L));
    String cityFigure = EntityId.metric(SZEGED.id(), "cars", "annual", true).toString();
    Entity onTheCity = Entity.of(cityFigure, EntityType.METRIC, "Szeged: cars (annual)", List.of(),
        Map.of("name", "cars", "period", "annual", "kind", "target", "unit", "cars", "value", 150000L));
    ArticleFacts facts = FACTS.with(List.of(BYD, PLANT, SZEGED, same, onTheCity), List.of(
        new Relation(RelationType.OPERATES, BYD.id(), PLANT.id(), SENTENCE, 0.9, "operates.x"),
        new Relation(RelationType.HAS_METRIC, PLANT.id(), plantFigure, SENTENCE, 0.7, "figure.owner"),
        new Relation(RelationType.HAS_METRIC, SZEGED.id(), cityFigure, SENTENCE, 0.7, "figure.owner")));
    for (Entity owner : List.of(PLANT, BYD)) {
      ArticleFacts moved = new FigureOwner(owner.id()).applyTo(facts, cityFigure, 0.8);
      assertThat(moved.entities()).filteredOn(e -> e.type() == EntityType.METRIC).extracting(Entity::id).containsExactly(plantFigure);
      assertThat(moved.relations()).filteredOn(r -> r.type() == RelationType.HAS_METRIC).extracting(Relation::from).containsExactly(PLANT.id());
    }
  }

  @Test
  void figuresThatSwapOwnersGetTheIdsTheirNewOwnersGiveWhateverTheOrderOfTheDecisions() {
    String bydFigure = EntityId.metric(BYD.id(), "cars", "annual", true).toString();
    String plantFigure = EntityId.metric(PLANT.id(), "cars", "annual", true).toString();
    Entity ofByd = Entity.of(bydFigure, EntityType.METRIC, "BYD: cars (annual)", List.of(),
        Map.of("name", "cars", "period", "annual", "kind", "target", "unit", "cars", "value", 150000L));
    Entity ofPlant = Entity.of(plantFigure, EntityType.METRIC, "BYD plant in Szeged: cars (annual)", List.of(),
        Map.of("name", "cars", "period", "annual", "kind", "target", "unit", "cars", "value", 300000L));
    ArticleFacts facts = FACTS.with(List.of(BYD, PLANT, ofByd, ofPlant), List.of(
        new Relation(RelationType.HAS_METRIC, BYD.id(), bydFigure, SENTENCE, 0.7, "figure.owner"),
        new Relation(RelationType.HAS_METRIC, PLANT.id(), plantFigure, SENTENCE, 0.7, "figure.owner")));
    Map<String, FigureOwner> swap = new java.util.LinkedHashMap<>();
    swap.put(plantFigure, new FigureOwner(BYD.id()));
    swap.put(bydFigure, new FigureOwner(PLANT.id()));
    ArticleFacts swapped = FigureOwner.applyAll(facts, swap, Map.of(bydFigure, 0.8, plantFigure, 0.6));
    assertThat(swapped.entitiesById().get(plantFigure).attribute("value")).isEqualTo(150000L);
    assertThat(swapped.entitiesById().get(bydFigure).attribute("value")).isEqualTo(300000L);
    assertThat(swapped.relations()).filteredOn(r -> r.type() == RelationType.HAS_METRIC)
        .extracting(Relation::from, Relation::to, Relation::confidence)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(PLANT.id(), plantFigure, 0.8),
            org.assertj.core.groups.Tuple.tuple(BYD.id(), bydFigure, 0.6));
  }

  @Test
  void figureCandidatesOfferEachOwnerWithWhereItsNameStandsAgainstTheFigure() {
    List<Candidate> candidates = new Candidates(new Cues(), true, true).of(FACTS).stream().filter(c -> c.group() == Group.FIGURE).toList();
    assertThat(candidates).extracting(c -> ((FigureOwner) c.variant()).owner()).containsExactly(BYD.id(), PLANT.id(), SZEGED.id());
    Map<String, Double> byd = candidates.get(0).features();
    Map<String, Double> plant = candidates.get(1).features();
    assertThat(byd).containsEntry("asProposed", 1.0).containsEntry("ownerBefore", 1.0).containsEntry("nearestBefore", 0.0)
        .containsEntry("plantOfProposed", 0.0);
    assertThat(plant).containsEntry("asProposed", 0.0).containsEntry("owner=Plant", 1.0).containsEntry("nearestBefore", 1.0)
        .containsEntry("plantOfProposed", 1.0);
    assertThat(plant.get("ownerDistance")).isLessThan(byd.get("ownerDistance"));
    assertThat(new Candidates(new Cues(), true).of(FACTS)).filteredOn(c -> c.group() == Group.FIGURE).singleElement()
        .satisfies(c -> assertThat(c.variant()).isNull());
  }

  @Test
  void figureCandidatesReadTheNounThatStandsForAnOwnerTheSentenceDoesNotName() {
    String sentence = "The regional government said the Chinese automaker will invest 5.5 billion euros in the complex.";
    Article article = new Article("a2", "BYD picks Bahia", "BYD came to Bahia after Ford left. " + sentence, null, null, null, null);
    Entity byd = BYD;
    Entity ford = Entity.of("automaker/ford", EntityType.AUTOMAKER, "Ford", List.of());
    Entity bahia = Entity.of("region/br-ba", EntityType.REGION, "Bahia", List.of());
    Entity china = Entity.of("country/cn", EntityType.COUNTRY, "China", List.of());
    Entity us = Entity.of("country/us", EntityType.COUNTRY, "United States", List.of());
    String metricId = EntityId.metric(ford.id(), "amount", null, true).toString();
    Entity metric = Entity.of(metricId, EntityType.METRIC, "Ford: amount", List.of(),
        Map.of("name", "amount", "kind", "target", "unit", "EUR", "value", 5500000000L));
    ArticleFacts facts = new ArticleFacts(article, List.of(byd, ford, bahia, china, us, metric),
        List.of(new Relation(RelationType.HEADQUARTERED_IN, byd.id(), china.id(), sentence, 1.0, "reference"),
            new Relation(RelationType.HEADQUARTERED_IN, ford.id(), us.id(), sentence, 1.0, "reference"),
            new Relation(RelationType.HAS_METRIC, ford.id(), metricId, sentence, 0.7, "figure.owner")), "rules/11");
    Map<String, Map<String, Double>> byOwner = new java.util.HashMap<>();
    new Candidates(new Cues(), true, true).of(facts).stream().filter(c -> c.group() == Group.FIGURE)
        .forEach(c -> byOwner.put(((FigureOwner) c.variant()).owner(), c.features()));
    assertThat(byOwner.get(byd.id())).containsEntry("makerCorefOfItsCountry", 1.0).containsEntry("makerCorefOfAnotherCountry", 0.0)
        .containsEntry("owner=Automaker&corefNearestBefore", 1.0).containsEntry("owner=Automaker&mostMentionedOfItsType", 1.0);
    assertThat(byOwner.get(ford.id())).containsEntry("makerCorefOfItsCountry", 0.0).containsEntry("makerCorefOfAnotherCountry", 1.0)
        .containsEntry("owner=Automaker&mostMentionedOfItsType", 0.0);
    assertThat(byOwner.get(bahia.id())).containsEntry("owner=Region&corefInSentence", 1.0)
        .containsEntry("owner=Region&corefNearestBefore", 0.0).containsEntry("owner=Region&onlyOfItsType", 1.0);
  }

  @Test
  void aNounPhraseThatHoldsAnOwnersNameOrRunsIntoAHyphenStandsForNoUnnamedOwner() {
    Entity bahia = Entity.of("region/br-ba", EntityType.REGION, "Bahia", List.of());
    Entity ceara = Entity.of("region/br-ce", EntityType.REGION, "Ceará", List.of());
    Map<String, Map<String, Double>> named = ownerFeatures(List.of(BYD, bahia, ceara),
        "Officials said the Bahia state government will spend 25 million euros on training.", 25000000L, "EUR");
    assertThat(named.get(ceara.id())).containsEntry("owner=Region&corefInSentence", 0.0).containsEntry("owner=Region&corefNearestBefore", 0.0);
    Map<String, Map<String, Double>> hyphen = ownerFeatures(List.of(BYD, bahia, ceara),
        "Officials said the state-owned carmaker will spend 25 million euros on training.", 25000000L, "EUR");
    assertThat(hyphen.get(bahia.id())).containsEntry("owner=Region&corefInSentence", 0.0);
    assertThat(hyphen.get(BYD.id())).containsEntry("owner=Automaker&corefNearestBefore", 1.0)
        .doesNotContainKeys("makerCorefOfItsCountry", "makerCorefOfAnotherCountry"); // no home country in these facts
  }

  /** The features of each owner of one figure of {@code value} in {@code sentence}, the rules having given it to the first entity. */
  private static Map<String, Map<String, Double>> ownerFeatures(List<Entity> entities, String sentence, long value, String unit) {
    Article article = new Article("a3", "A story", "A first sentence. " + sentence, null, null, null, null);
    String owner = entities.get(0).id();
    String metricId = EntityId.metric(owner, "amount", null, true).toString();
    Entity metric = Entity.of(metricId, EntityType.METRIC, "amount", List.of(), Map.of("name", "amount", "kind", "target", "unit", unit, "value", value));
    List<Entity> all = new java.util.ArrayList<>(entities);
    all.add(metric);
    ArticleFacts facts = new ArticleFacts(article, all,
        List.of(new Relation(RelationType.HAS_METRIC, owner, metricId, sentence, 0.7, "figure.owner")), "rules/11");
    Map<String, Map<String, Double>> byOwner = new java.util.HashMap<>();
    new Candidates(new Cues(), true, true).of(facts).stream().filter(c -> c.group() == Group.FIGURE)
        .forEach(c -> byOwner.put(((FigureOwner) c.variant()).owner(), c.features()));
    return byOwner;
  }

  @Test
  void theDeciderStatesTheLikeliestOwnerAndDropsTheFigureWhenEvenThatIsUnlikely() {
    List<Candidate> candidates = FigureOwner.of(FACTS, HAS_METRIC).stream()
        .map(o -> new Candidate(Group.FIGURE, METRIC_ID, "figure.owner", SENTENCE, Map.of(), o)).toList();
    ArticleFacts kept = Decisions.apply(FACTS, candidates, new double[] {0.3, 0.6, 0.1}, Map.of(Group.FIGURE, 0.5));
    assertThat(kept.relations()).filteredOn(r -> r.type() == RelationType.HAS_METRIC).extracting(Relation::from, Relation::confidence)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(PLANT.id(), 0.6));
    ArticleFacts dropped = Decisions.apply(FACTS, candidates, new double[] {0.3, 0.4, 0.1}, Map.of(Group.FIGURE, 0.5));
    assertThat(dropped.entities()).noneMatch(e -> e.type() == EntityType.METRIC);
    assertThat(dropped.relations()).noneMatch(r -> r.type() == RelationType.HAS_METRIC);
  }

  @Test
  void model7MovesAFigureTheRulesGaveToTheWrongOwnerAndOlderModelsKeepTheRulesOwner() {
    Article article = new Article("kia-1", "Kia expands in Kostanay", PLANT_STORY, null, "Wire", "2024-05-17", "test");
    DecisionModel seven = DecisionModel.bundled("/models/model-7.json");
    DecisionModel six = DecisionModel.bundled("/models/model-6.json");
    assertThat(seven.figureOwners()).isTrue();
    assertThat(six.figureOwners()).isFalse();
    ArticleFacts byModel = new LearnedExtractor(seven).extract(article);
    assertThat(byModel.relations()).filteredOn(r -> r.rule().equals(FigureOwner.RULE)).isNotEmpty()
        .allSatisfy(r -> assertThat(byModel.entitiesById()).containsKeys(r.from(), r.to()));
    assertThat(new LearnedExtractor(six).extract(article).relations()).noneMatch(r -> r.rule().equals(FigureOwner.RULE));
  }

  /** The rules give its figures to the plant, model/7 (as trained on 2026-12-07) to the maker, its operator. */
  private static final String PLANT_STORY = "The Kostanay region and Kia signed an agreement on Tuesday. Kia will build a plant in Kostanay "
      + "that can produce 70,000 cars a year and will employ 1,500 people, akim Kumar Aksakalov said.";
}
