package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnergraph.Seeds;
import org.partnergraph.ingest.ArticleReader;
import org.partnergraph.model.Article;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.Entity;
import org.partnergraph.model.EntityType;
import org.partnergraph.model.InputException;
import org.partnergraph.model.RelationType;

/** Every fact of the two seed articles, and none of their noise, straight from the extractor. */
class RuleExtractorSeedTest {
  private static final List<ArticleFacts> facts = new ArrayList<>();

  @BeforeAll
  static void extractSeeds() {
    Path seeds = Seeds.dir();
    RuleExtractor extractor = new RuleExtractor();
    new ArticleReader().read(List.of(seeds), new ArticleReader.Handler() {
      @Override
      public void article(Article article) {
        facts.add(extractor.extract(article));
      }

      @Override
      public void rejected(InputException problem) {
        throw problem;
      }
    });
  }

  private static List<String> edges(RelationType type) {
    return facts.stream().flatMap(f -> f.relations().stream()).filter(r -> r.type() == type)
        .map(r -> r.from() + " -> " + r.to()).distinct().sorted().toList();
  }

  private static Map<String, Entity> entities() {
    return facts.stream().flatMap(f -> f.entities().stream()).collect(Collectors.toMap(Entity::id, e -> e, (a, b) -> a));
  }

  @Test
  void findsWhoGovernsWhichRegion() {
    assertThat(edges(RelationType.GOVERNS)).containsExactly(
        "governor/andrei-vorobyov -> region/ru-mos", "governor/gleb-nikitin -> region/ru-niz");
  }

  @Test
  void findsTheForumsWhereTheyWereHeldAndWhoSpoke() {
    assertThat(edges(RelationType.HELD_IN)).containsExactlyInAnyOrder(
        "forum/russian-chinese-business-forum -> city/shanghai", "forum/belt-and-road-forum -> city/beijing");
    assertThat(edges(RelationType.SPOKE_AT)).containsExactly("governor/gleb-nikitin -> forum/russian-chinese-business-forum");
    assertThat(edges(RelationType.ATTENDED)).isEmpty();
  }

  @Test
  void findsTheVisitAndTheInvitation() {
    assertThat(edges(RelationType.VISITED)).containsExactlyInAnyOrder(
        "governor/andrei-vorobyov -> country/cn", "governor/andrei-vorobyov -> automaker/changan");
    assertThat(edges(RelationType.INVITED)).containsExactly("governor/andrei-vorobyov -> automaker/changan");
  }

  @Test
  void findsChangansBrandsAndAvtoVazsPlant() {
    assertThat(edges(RelationType.OWNS_BRAND)).containsExactly(
        "automaker/changan -> brand/chana", "automaker/changan -> brand/changan", "automaker/changan -> brand/hafei");
    assertThat(edges(RelationType.OPERATES)).containsExactly("automaker/avtovaz -> plant/avtovaz-saint-petersburg");
    assertThat(edges(RelationType.LOCATED_IN)).containsExactly("plant/avtovaz-saint-petersburg -> city/saint-petersburg");
  }

  @Test
  void findsThreeCrossBorderPartnershipsWithTheirStatus() {
    Map<String, Object> status = entities().values().stream().filter(e -> e.type() == EntityType.PARTNERSHIP)
        .collect(Collectors.toMap(e -> edgesOf(e.id()), e -> e.attribute("status") + "/" + e.attribute("kind") + "/" + e.attribute("crossBorder")));
    assertThat(status).containsOnly(
        Map.entry("PARTNER_COUNTRY country/cn, PARTY region/ru-niz", "negotiating/production/true"),
        Map.entry("AT_PLANT plant/avtovaz-saint-petersburg, PARTNER_COUNTRY country/cn, PARTY automaker/avtovaz", "planned/assembly/true"),
        Map.entry("PARTY automaker/changan, PARTY region/ru-mos", "invited/other/true"));
  }

  private static String edgesOf(String id) {
    return facts.stream().flatMap(f -> f.relations().stream()).filter(r -> r.from().equals(id))
        .map(r -> r.type() + " " + r.to()).sorted((a, b) -> a.compareTo(b)).collect(Collectors.joining(", "));
  }

  @Test
  void readsTheFiguresWithUnitsQualifiersAndKinds() {
    Map<String, String> metrics = entities().values().stream().filter(e -> e.type() == EntityType.METRIC)
        .collect(Collectors.toMap(e -> e.attribute("value").toString(), e -> e.attribute("kind") + " " + e.attribute("unit") + " " + e.attribute("qualifier")));
    assertThat(metrics).containsOnly(
        Map.entry("800", "actual companies more than"),
        Map.entry("8", "actual brands null"),
        Map.entry("14", "actual plants null"),
        Map.entry("33", "actual facilities null"),
        Map.entry("90000", "actual employees around"),
        Map.entry("2300000", "actual vehicles approximately"),
        Map.entry("2800000", "target units around"));
    assertThat(edges(RelationType.HAS_METRIC)).allMatch(e -> e.startsWith("automaker/changan") || e.startsWith("region/ru-niz"));
  }

  @Test
  void isNotFooledByTheNoise() {
    assertThat(facts.stream().flatMap(f -> f.relations().stream()))
        .noneMatch(r -> r.to().equals("country/us") || r.to().equals("country/ca") || r.from().equals("country/us"));
    assertThat(entities().values()).noneMatch(e -> e.name().toLowerCase().contains("israel") || e.name().toLowerCase().contains("heart"));
    assertThat(facts).extracting(f -> f.article().source()).contains("TASS");
  }
}
