package org.partnergraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.model.EntityType;
import org.partnergraph.model.Relation;
import org.partnergraph.reference.ReferenceData;

class ReferenceFactsTest {
  private static final ReferenceData REFERENCE = ReferenceData.bundled();
  private static final NameResolver NAMES = new NameResolver(REFERENCE);
  private static final List<String> SENTENCES = List.of(
      "Chery is weighing a second assembly line.",
      "Officials of the Kaluga region met the company's delegation.",
      "A plant in the Kaluga Oblast would follow.");

  @Test
  void aKnownRegionIsInItsCountryEvidencedByTheFirstSentenceNamingIt() {
    ArticleEntities entities = new ArticleEntities(REFERENCE);
    String region = NAMES.resolve(entities, EntityType.REGION, "Kaluga Oblast", List.of("Kaluga Oblast", "Kaluga region"));

    List<Relation> facts = ReferenceFacts.of(entities, ReferenceFacts.firstNaming(entities, SENTENCES));

    assertThat(facts).singleElement().satisfies(r -> {
      assertThat(r.from()).isEqualTo(region);
      assertThat(r.to()).isEqualTo("country/ru");
      assertThat(r.rule()).isEqualTo(ReferenceFacts.IN_COUNTRY_RULE);
      assertThat(r.evidence()).isEqualTo(SENTENCES.get(1));
    });
    assertThat(entities.contains("country/ru")).as("the country joins the article's entities").isTrue();
  }

  @Test
  void aKnownAutomakerIsHeadquarteredInItsHomeCountry() {
    ArticleEntities entities = new ArticleEntities(REFERENCE);
    String chery = NAMES.resolve(entities, EntityType.AUTOMAKER, "Chery", List.of("Chery"));

    assertThat(ReferenceFacts.of(entities, ReferenceFacts.firstNaming(entities, SENTENCES)))
        .extracting(r -> r.type() + " " + r.from() + " " + r.to() + " " + r.evidence())
        .containsExactly("HEADQUARTERED_IN " + chery + " country/cn " + SENTENCES.get(0));
  }

  @Test
  void noFactForAnEntityTheReferenceDataDoesNotPlaceOrNoSentenceNames() {
    ArticleEntities entities = new ArticleEntities(REFERENCE);
    NAMES.resolve(entities, EntityType.REGION, "Upper Nowhere Province", List.of("Upper Nowhere Province"));
    NAMES.resolve(entities, EntityType.AUTOMAKER, "Chery", List.of("Chery"));

    assertThat(ReferenceFacts.of(entities, ReferenceFacts.firstNaming(entities, List.of("Cherylyn spoke.")))).isEmpty();
  }

  @Test
  void aNameCountsOnlyAsWholeWords() {
    assertThat(ReferenceFacts.holdsWord("officials of the kaluga region met", "kaluga region")).isTrue();
    assertThat(ReferenceFacts.holdsWord("the kalugan delegation", "kaluga")).isFalse();
    assertThat(ReferenceFacts.holdsWord("kaluga", "kaluga")).isTrue();
    assertThat(ReferenceFacts.holdsWord("xkaluga, then kaluga.", "kaluga")).isTrue();
  }
}
