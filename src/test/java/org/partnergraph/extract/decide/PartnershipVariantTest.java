package org.partnergraph.extract.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnergraph.extract.decide.Candidate.Group;
import org.partnergraph.model.Article;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.Entity;
import org.partnergraph.model.EntityId;
import org.partnergraph.model.EntityType;
import org.partnergraph.model.PartnershipStatus;
import org.partnergraph.model.Relation;
import org.partnergraph.model.RelationType;

/** A partnership can be stated another way than the rules proposed: another status, or its region's country as the partner. */
class PartnershipVariantTest {
  private static final Article ARTICLE = new Article("a1", "t", "text", null, null, null, null);
  private static final Entity REGION = Entity.of("region/hu-cs", EntityType.REGION, "Csongrád-Csanád County", List.of());
  private static final Entity HUNGARY = Entity.of("country/hu", EntityType.COUNTRY, "Hungary", List.of());
  private static final Entity BYD = Entity.of("automaker/byd", EntityType.AUTOMAKER, "BYD", List.of());
  private static final String DEAL_ID = EntityId.partnership(List.of(REGION.id(), BYD.id()), null).toString();
  private static final Entity DEAL = Entity.of(DEAL_ID, EntityType.PARTNERSHIP, "Csongrád-Csanád County – BYD (production)", List.of(),
      Map.of("status", "planned", "kind", "production", "crossBorder", true));
  private static final Relation IN_COUNTRY = new Relation(RelationType.IN_COUNTRY, REGION.id(), HUNGARY.id(), "s0", 1.0, "reference");
  private static final Relation PARTY_REGION = new Relation(RelationType.PARTY, DEAL_ID, REGION.id(), "s1", 0.8, "partnership.plant");
  private static final Relation PARTY_BYD = new Relation(RelationType.PARTY, DEAL_ID, BYD.id(), "s1", 0.8, "partnership.plant");
  private static final ArticleFacts FACTS = new ArticleFacts(ARTICLE, List.of(REGION, HUNGARY, BYD, DEAL),
      List.of(IN_COUNTRY, PARTY_REGION, PARTY_BYD), "rules/11");

  @Test
  void everyStatusIsOfferedWithAndWithoutTheRegionTheRulesOwnFirst() {
    List<PartnershipVariant> variants = PartnershipVariant.of(FACTS, DEAL);
    assertThat(variants).hasSize(2 * PartnershipStatus.values().length);
    assertThat(variants.get(0)).isEqualTo(new PartnershipVariant(PartnershipStatus.PLANNED, false));
    assertThat(variants).contains(new PartnershipVariant(PartnershipStatus.SIGNED, true));
  }

  @Test
  void aRegionNoFactPlacesInACountryOffersOnlyOtherStatuses() {
    ArticleFacts unplaced = FACTS.with(FACTS.entities(), List.of(PARTY_REGION, PARTY_BYD));
    assertThat(PartnershipVariant.of(unplaced, DEAL)).hasSize(PartnershipStatus.values().length).noneMatch(PartnershipVariant::regionAsCountry);
  }

  @Test
  void theCountryFormDropsTheRegionPartyAndMintsTheIdTheRulesWouldHave() {
    ArticleFacts stated = new PartnershipVariant(PartnershipStatus.SIGNED, true).applyTo(FACTS, DEAL_ID, 0.7);
    String id = EntityId.partnership(List.of(BYD.id()), HUNGARY.id()).toString();
    Entity deal = stated.entitiesById().get(id);
    assertThat(deal).isNotNull();
    assertThat(deal.attribute("status")).isEqualTo("signed");
    assertThat(deal.name()).isEqualTo("BYD – Hungary (production)");
    assertThat(stated.entitiesById()).doesNotContainKey(DEAL_ID);
    assertThat(stated.relations()).filteredOn(r -> r.from().equals(id))
        .extracting(Relation::type, Relation::to, Relation::confidence)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(RelationType.PARTNER_COUNTRY, HUNGARY.id(), 0.7),
            org.assertj.core.groups.Tuple.tuple(RelationType.PARTY, BYD.id(), 0.7));
    assertThat(stated.relations()).contains(IN_COUNTRY);
  }

  @Test
  void theCountryFormOfAPartnershipTheArticleAlreadyStatesIsNotStatedTwice() {
    String id = EntityId.partnership(List.of(BYD.id()), HUNGARY.id()).toString();
    Entity existing = Entity.of(id, EntityType.PARTNERSHIP, "BYD – Hungary (production)", List.of(), Map.of("status", "signed", "kind", "production"));
    ArticleFacts withBoth = new ArticleFacts(ARTICLE, List.of(REGION, HUNGARY, BYD, DEAL, existing),
        List.of(IN_COUNTRY, PARTY_REGION, PARTY_BYD, new Relation(RelationType.PARTY, id, BYD.id(), "s2", 0.8, "partnership.plant")), "rules/11");
    ArticleFacts stated = new PartnershipVariant(PartnershipStatus.SIGNED, true).applyTo(withBoth, DEAL_ID, 0.7);
    assertThat(stated.entities()).filteredOn(e -> e.type() == EntityType.PARTNERSHIP).extracting(Entity::id).containsExactly(id);
  }

  @Test
  void theDeciderStatesTheLikeliestVariantAndDropsThePartnershipWhenEvenThatIsUnlikely() {
    List<PartnershipVariant> variants = PartnershipVariant.of(FACTS, DEAL);
    List<Candidate> candidates = variants.stream()
        .map(v -> new Candidate(Group.PARTNERSHIP, DEAL_ID, "partnership.plant", "s1", Map.of(), v)).toList();
    double[] p = new double[variants.size()];
    int best = variants.indexOf(new PartnershipVariant(PartnershipStatus.SIGNED, true));
    p[0] = 0.3;
    p[best] = 0.6;
    ArticleFacts kept = Decisions.apply(FACTS, candidates, p, Map.of(Group.PARTNERSHIP, 0.5));
    assertThat(kept.entitiesById()).containsKey(EntityId.partnership(List.of(BYD.id()), HUNGARY.id()).toString()).doesNotContainKey(DEAL_ID);
    ArticleFacts dropped = Decisions.apply(FACTS, candidates, p, Map.of(Group.PARTNERSHIP, 0.7));
    assertThat(dropped.entities()).noneMatch(e -> e.type() == EntityType.PARTNERSHIP);
    assertThat(dropped.relations()).containsExactly(IN_COUNTRY);
  }

  @Test
  void aDroppedPartnershipsVariantIsNotAppliedToTheOneThatTookItsId() {
    // A: the region with BYD, stated in its country form, takes the id of B (BYD with Hungary), which the decider drops
    String bId = EntityId.partnership(List.of(BYD.id()), HUNGARY.id()).toString();
    Entity b = Entity.of(bId, EntityType.PARTNERSHIP, "BYD – Hungary (production)", List.of(), Map.of("status", "announced", "kind", "production"));
    Relation bParty = new Relation(RelationType.PARTY, bId, BYD.id(), "s2", 0.8, "partnership.plant");
    Relation bCountry = new Relation(RelationType.PARTNER_COUNTRY, bId, HUNGARY.id(), "s2", 0.8, "partnership.plant");
    ArticleFacts facts = new ArticleFacts(ARTICLE, List.of(REGION, HUNGARY, BYD, DEAL, b),
        List.of(IN_COUNTRY, PARTY_REGION, PARTY_BYD, bParty, bCountry), "rules/11");
    PartnershipVariant aCountry = new PartnershipVariant(PartnershipStatus.SIGNED, true);
    PartnershipVariant bOperating = new PartnershipVariant(PartnershipStatus.OPERATING, false);
    List<Candidate> candidates = List.of(
        new Candidate(Group.PARTNERSHIP, DEAL_ID, "partnership.plant", "s1", Map.of(), aCountry),
        new Candidate(Group.PARTNERSHIP, bId, "partnership.plant", "s2", Map.of(), bOperating));
    ArticleFacts decided = Decisions.apply(facts, candidates, new double[] {0.9, 0.3}, Map.of(Group.PARTNERSHIP, 0.5));
    Entity stated = decided.entitiesById().get(bId);
    assertThat(stated.attribute("status")).isEqualTo("signed");
    assertThat(decided.relations()).filteredOn(r -> r.from().equals(bId)).allSatisfy(r -> assertThat(r.confidence()).isEqualTo(0.9));
  }

  @Test
  void aPartnershipWithAPartnerCountryOfItsOwnKeepsIt() {
    Entity china = Entity.of("country/cn", EntityType.COUNTRY, "China", List.of());
    ArticleFacts withPartner = new ArticleFacts(ARTICLE, List.of(REGION, HUNGARY, BYD, china, DEAL),
        List.of(IN_COUNTRY, PARTY_REGION, PARTY_BYD, new Relation(RelationType.PARTNER_COUNTRY, DEAL_ID, china.id(), "s1", 0.8, "partnership.plant")),
        "rules/11");
    assertThat(PartnershipVariant.of(withPartner, DEAL)).noneMatch(PartnershipVariant::regionAsCountry);
  }
}
