package org.partnergraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnergraph.model.EntityId;
import org.partnergraph.model.EntityType;
import org.partnergraph.reference.ReferenceData;

class ArticleEntitiesTest {
  private static final ReferenceData REFERENCE = ReferenceData.bundled();

  @Test
  void aPartnershipIsNamedAfterItsPartiesThenItsCounterpartThenItsKind() {
    ArticleEntities entities = new ArticleEntities(REFERENCE);
    String region = entities.knownId("region/ru-klu").orElseThrow();
    String korea = entities.country("KR", "South Korean").orElseThrow();
    String id = EntityId.partnership(List.of(region), korea).toString();
    assertThat(entities.partnership(id, List.of(region), korea, "production")).isEqualTo(id);
    assertThat(entities.type(id)).isEqualTo(EntityType.PARTNERSHIP);
    assertThat(entities.name(id)).isEqualTo("Kaluga Oblast – South Korea (production)");
  }

  @Test
  void aPartnershipWithoutCounterpartIsNamedAfterItsPartiesAlone() {
    assertThat(ArticleEntities.partnershipName(List.of("BYD", "Szeged"), null, "assembly")).isEqualTo("BYD – Szeged (assembly)");
  }

  @Test
  void aFigureIsNamedAfterItsOwnerWhatItCountsAndItsPeriodAndKeepsItsAttributes() {
    ArticleEntities entities = new ArticleEntities(REFERENCE);
    String byd = entities.knownId("automaker/byd").orElseThrow();
    String id = EntityId.metric(byd, "vehicles", "2025", false).toString();
    entities.figure(id, byd, "vehicles", "2025", Map.of("value", 150000L, "unit", "vehicles"));
    assertThat(entities.type(id)).isEqualTo(EntityType.METRIC);
    assertThat(entities.name(id)).isEqualTo(entities.name(byd) + ": vehicles (2025)");
    assertThat(entities.attribute(id, "value")).isEqualTo(150000L);
    String undated = EntityId.metric(byd, "vehicles", null, true).toString();
    entities.figure(undated, byd, "vehicles", null, Map.of());
    assertThat(entities.name(undated)).isEqualTo(entities.name(byd) + ": vehicles");
  }
}
