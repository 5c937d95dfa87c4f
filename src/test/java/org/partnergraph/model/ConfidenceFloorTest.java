package org.partnergraph.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnergraph.extract.Extractors;

/** {@code --min-confidence}: what an analyst keeps when trading recall for precision. */
class ConfidenceFloorTest {
  private static final Article ARTICLE = new Article("a1", "t", "text", null, null, null, null);
  private static final Entity GOVERNOR = Entity.of("governor/jane-roe", EntityType.GOVERNOR, "Jane Roe", List.of());
  private static final Entity REGION = Entity.of("region/ru-tul", EntityType.REGION, "Tula Oblast", List.of());
  private static final Entity MAKER = Entity.of("automaker/haval", EntityType.AUTOMAKER, "Haval", List.of());
  private static final Entity DEAL = Entity.of("partnership/ru-tul--haval", EntityType.PARTNERSHIP, "Tula – Haval", List.of(),
      Map.of("status", "signed", "kind", "production"));
  private static final Entity FIGURE = Entity.of("metric/haval/cars", EntityType.METRIC, "Haval: cars", List.of(),
      Map.of("value", 150000, "kind", "actual", "name", "cars"));
  private static final ArticleFacts FACTS = new ArticleFacts(ARTICLE, List.of(GOVERNOR, REGION, MAKER, DEAL, FIGURE), List.of(
      new Relation(RelationType.GOVERNS, GOVERNOR.id(), REGION.id(), "s", 0.95, "governs.titled"),
      new Relation(RelationType.PARTY, DEAL.id(), REGION.id(), "s", 0.4, "partnership.cooperation"),
      new Relation(RelationType.PARTY, DEAL.id(), MAKER.id(), "s", 0.4, "partnership.cooperation"),
      new Relation(RelationType.HAS_METRIC, MAKER.id(), FIGURE.id(), "s", 0.8, "figure.owner")), "rules/11");

  @Test
  void relationsUnderTheFloorGoAndAPartnershipLeftWithoutEdgesGoesWithThem() {
    ArticleFacts kept = FACTS.atLeast(0.7);
    assertThat(kept.relations()).extracting(Relation::type).containsExactly(RelationType.GOVERNS, RelationType.HAS_METRIC);
    assertThat(kept.entities()).extracting(Entity::id).containsExactly(GOVERNOR.id(), REGION.id(), MAKER.id(), FIGURE.id());
  }

  @Test
  void noFloorKeepsEverything() {
    assertThat(FACTS.atLeast(0)).isEqualTo(FACTS);
  }

  @Test
  void theFloorIsPartOfTheExtractorsVersionSoAChangedFloorReExtracts() {
    assertThat(Extractors.atLeast(Extractors.byName("rules/11"), 0.7).version()).isEqualTo("rules/11>=0.7");
    assertThat(Extractors.atLeast(Extractors.byName("rules/11"), 0).version()).isEqualTo("rules/11");
  }
}
