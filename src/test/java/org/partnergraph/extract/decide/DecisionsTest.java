package org.partnergraph.extract.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnergraph.extract.decide.Candidate.Group;
import org.partnergraph.model.Article;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.Entity;
import org.partnergraph.model.EntityType;
import org.partnergraph.model.Relation;
import org.partnergraph.model.RelationType;

class DecisionsTest {
  private static final Article ARTICLE = new Article("a1", "t", "text", null, null, null, null);
  private static final Entity GOVERNOR = Entity.of("governor/jane-roe", EntityType.GOVERNOR, "Jane Roe", List.of());
  private static final Entity REGION = Entity.of("region/ru-tul", EntityType.REGION, "Tula Oblast", List.of());
  private static final Entity MAKER = Entity.of("automaker/haval", EntityType.AUTOMAKER, "Haval", List.of());
  private static final Entity DEAL = Entity.of("partnership/ru-tul--haval", EntityType.PARTNERSHIP, "Tula – Haval", List.of(),
      Map.of("status", "signed", "kind", "production"));
  private static final Relation GOVERNS = new Relation(RelationType.GOVERNS, GOVERNOR.id(), REGION.id(), "s1", 0.95, "governs.titled");
  private static final Relation VISITED = new Relation(RelationType.VISITED, GOVERNOR.id(), MAKER.id(), "s2", 0.85, "visited.cue");
  private static final Relation PARTY_REGION = new Relation(RelationType.PARTY, DEAL.id(), REGION.id(), "s3", 0.8, "partnership.cooperation");
  private static final Relation PARTY_MAKER = new Relation(RelationType.PARTY, DEAL.id(), MAKER.id(), "s3", 0.8, "partnership.cooperation");
  private static final ArticleFacts PROPOSED = new ArticleFacts(ARTICLE, List.of(GOVERNOR, REGION, MAKER, DEAL),
      List.of(GOVERNS, VISITED, PARTY_REGION, PARTY_MAKER), "rules/11");

  private static final List<Candidate> CANDIDATES = List.of(
      new Candidate(Group.RELATION, GOVERNS.key(), GOVERNS.rule(), "s1", Map.of()),
      new Candidate(Group.RELATION, VISITED.key(), VISITED.rule(), "s2", Map.of()),
      new Candidate(Group.PARTNERSHIP, DEAL.id(), PARTY_REGION.rule(), "s3", Map.of()));

  @Test
  void whatFallsUnderItsThresholdGoesAndWhatStaysCarriesItsProbability() {
    ArticleFacts decided = Decisions.apply(PROPOSED, CANDIDATES, new double[] {0.97, 0.4, 0.7},
        Map.of(Group.RELATION, 0.5, Group.PARTNERSHIP, 0.5));
    assertThat(decided.relations()).extracting(Relation::type, Relation::confidence)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(RelationType.GOVERNS, 0.97),
            org.assertj.core.groups.Tuple.tuple(RelationType.PARTY, 0.7), org.assertj.core.groups.Tuple.tuple(RelationType.PARTY, 0.7));
    assertThat(decided.relations()).allSatisfy(r -> assertThat(r.rule()).isNotBlank());
  }

  @Test
  void aDroppedPartnershipTakesItsEdgesAndLeavesTheNamedEntities() {
    ArticleFacts decided = Decisions.apply(PROPOSED, CANDIDATES, new double[] {0.97, 0.9, 0.2},
        Map.of(Group.RELATION, 0.5, Group.PARTNERSHIP, 0.5));
    assertThat(decided.entities()).extracting(Entity::id).containsExactly(GOVERNOR.id(), REGION.id(), MAKER.id());
    assertThat(decided.relations()).extracting(Relation::type).containsExactly(RelationType.GOVERNS, RelationType.VISITED);
  }
}
