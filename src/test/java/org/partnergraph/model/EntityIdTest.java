package org.partnergraph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
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

  @Test
  void referenceKeysAreKeptAsWrittenAndIsoCodesAreLowerCased() {
    assertThat(EntityId.of(EntityType.CITY, "kaluga").toString()).isEqualTo("city/kaluga");
    assertThat(EntityId.country("CN").toString()).isEqualTo("country/cn");
    assertThat(EntityId.region("RU-KLU").toString()).isEqualTo("region/ru-klu");
    assertThat(EntityId.named(EntityType.GOVERNOR, "Gleb Nikitin").toString()).isEqualTo(Ids.of(EntityType.GOVERNOR, "Gleb Nikitin"));
  }

  @Test
  void aPartnershipIsKeyedByItsPartiesInIdOrderThenItsCounterpart() {
    EntityId id = EntityId.partnership(List.of("region/ru-klu", "automaker/hyundai"), "country/kr");
    assertThat(id.toString()).isEqualTo("partnership/automaker-hyundai-region-ru-klu-country-kr");
    assertThat(EntityId.partnership(Set.of("region/ru-klu", "automaker/hyundai"), "country/kr")).isEqualTo(id);
    assertThat(EntityId.partnership(List.of("automaker/hyundai"), null).toString()).isEqualTo("partnership/automaker-hyundai");
    assertThat(id.another("Production", 2).toString()).isEqualTo(id + "--production");
    assertThat(id.another("Production", 3).toString()).isEqualTo(id + "--production-3");
  }

  @Test
  void aFigureIsKeyedByItsOwnerWhatItCountsItsPeriodAndWhetherItIsATarget() {
    assertThat(EntityId.metric("automaker/byd", "Vehicles sold", "2025", true).toString()).isEqualTo("metric/byd/vehicles-sold/2025/target");
    EntityId actual = EntityId.metric("automaker/byd", "vehicles", null, false);
    assertThat(actual.toString()).isEqualTo("metric/byd/vehicles");
    assertThat(actual.numbered(1)).isEqualTo(actual);
    assertThat(actual.numbered(2).toString()).isEqualTo("metric/byd/vehicles/2");
  }

  @Test
  void onlyACountryIdHasAnIsoCode() {
    assertThat(EntityId.parse("country/cn").isoCode()).isEqualTo("CN");
    assertThat(EntityId.country("KR").isoCode()).isEqualTo("KR");
    assertThatThrownBy(() -> EntityId.parse("region/ru-klu").isoCode()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("region/ru-klu");
  }

  @Test
  void aRegionIsInTheCountryWhoseCodeStartsItsKey() {
    assertThat(EntityId.isRegionIn("region/ru-klu", "RU")).isTrue();
    assertThat(EntityId.isRegionIn("region/ru-klu", "ru")).isTrue();
    assertThat(EntityId.isRegionIn("region/rus-x", "ru")).isFalse();
    assertThat(EntityId.isRegionIn("country/ru", "ru")).isFalse();
    assertThat(EntityId.isRegionIn("region/us-ga", "RU")).isFalse();
  }

  /** Ids are put together only by this class's factories: no other source spells out an id's type prefix. */
  @Test
  void noOtherMainSourceJoinsAnIdByItsTypePrefix() throws IOException {
    List<String> offenders = new ArrayList<>();
    Path self = Path.of("src/main/java/org/partnergraph/model/EntityId.java");
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(f -> f.toString().endsWith(".java") && !f.equals(self)).toList()) {
        String text = Files.readString(source);
        for (EntityType type : EntityType.values()) {
          if (text.contains("\"" + type.idPrefix() + "/")) {
            offenders.add(source + ": \"" + type.idPrefix() + "/");
          }
        }
      }
    }
    assertThat(offenders).isEmpty();
  }
}
