package org.partnergraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnergraph.model.EntityType;
import org.partnergraph.reference.ReferenceData;

class NameResolverTest {
  private static final ReferenceData REFERENCE = ReferenceData.bundled();
  private static final NameResolver NAMES = new NameResolver(REFERENCE);

  @Test
  void aKnownNameResolvesToItsReferenceEntryWhicheverSpellingComesFirst() {
    ArticleEntities entities = new ArticleEntities(REFERENCE);
    String id = NAMES.resolve(entities, EntityType.REGION, "Kaluga region", List.of("Kaluga region", "Kaluga Oblast"));
    assertThat(id).isEqualTo("region/ru-klu");
    assertThat(entities.name(id)).isEqualTo("Kaluga Oblast");
    assertThat(entities.names(id)).contains("Kaluga region");
  }

  @Test
  void theTypeDecidesBetweenEntriesOfOneName() {
    assertThat(NAMES.entryNamed("Kaluga", Set.of(EntityType.CITY))).get().extracting(e -> e.id()).isEqualTo("city/kaluga");
    assertThat(NAMES.entryNamed("Kaluga", Set.of(EntityType.COUNTRY))).isEmpty();
  }

  @Test
  void aKnownNameInsideALongerNameIsNotTheWholeName() {
    assertThat(NAMES.entryNamed("Kaluga Motor Works", Set.of(EntityType.CITY, EntityType.REGION))).isEmpty();
    assertThat(NAMES.entryNamed(" Kaluga", Set.of(EntityType.CITY))).isEmpty();
  }

  @Test
  void anUnknownNameIsMintedFromItsCanonicalNameWithEveryNameAnAlias() {
    ArticleEntities entities = new ArticleEntities(REFERENCE);
    String id = NAMES.resolve(entities, EntityType.GOVERNOR, "Vladislav Shapsha", List.of("Vladislav Shapsha", "Shapsha"));
    assertThat(id).isEqualTo("governor/vladislav-shapsha");
    assertThat(entities.names(id)).containsExactlyInAnyOrder("Vladislav Shapsha", "Shapsha");
  }
}
