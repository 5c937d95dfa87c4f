package org.partnergraph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EntityIdTest {
  @Test
  void anIdSplitsIntoItsTypeAndKeyAndJoinsBackToTheSameString() {
    EntityId id = EntityId.parse("country/cn");
    assertThat(id.type()).isEqualTo(EntityType.COUNTRY);
    assertThat(id.key()).isEqualTo("cn");
    assertThat(id.toString()).isEqualTo("country/cn");
    assertThat(EntityId.parse(Ids.of(EntityType.AUTOMAKER, "BYD Auto"))).isEqualTo(new EntityId(EntityType.AUTOMAKER, "byd-auto"));
  }

  @Test
  void everyTypeRoundTripsThroughItsIdPrefix() {
    for (EntityType type : EntityType.values()) {
      String id = Ids.of(type, "Some Name");
      assertThat(EntityId.parse(id).type()).as(id).isEqualTo(type);
      assertThat(EntityId.parse(id).toString()).as(id).isEqualTo(id);
    }
  }

  @Test
  void onlyTheFirstSlashSeparatesTheTypeSoAMetricKeepsItsWholeKey() {
    EntityId metric = EntityId.parse("metric/byd/vehicles/2025/target");
    assertThat(metric.type()).isEqualTo(EntityType.METRIC);
    assertThat(metric.key()).isEqualTo("byd/vehicles/2025/target");
    assertThat(metric.toString()).isEqualTo("metric/byd/vehicles/2025/target");
  }

  @Test
  void aMalformedIdIsRejectedWithTheIdInTheMessage() {
    assertThatThrownBy(() -> EntityId.parse("byd")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'byd'");
    assertThatThrownBy(() -> EntityId.parse("carmaker/byd")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'carmaker/byd'").hasMessageContaining("unknown type 'carmaker'");
    assertThatThrownBy(() -> EntityId.parse("Country/cn")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EntityId.parse("country/")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key is empty");
    assertThatThrownBy(() -> EntityId.parse("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void isOfChecksTheTypeWithoutMistakingAPrefixOfAnotherType() {
    assertThat(EntityId.isOf("automaker/byd", EntityType.AUTOMAKER)).isTrue();
    assertThat(EntityId.isOf("brand/byd", EntityType.AUTOMAKER)).isFalse();
    assertThat(EntityId.isOf("automakers/byd", EntityType.AUTOMAKER)).isFalse();
    assertThat(EntityId.isOf("city/x", EntityType.COUNTRY)).isFalse();
  }
}
