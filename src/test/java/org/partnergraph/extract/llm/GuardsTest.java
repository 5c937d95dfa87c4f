package org.partnergraph.extract.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.extract.annotation.Gold;
import org.partnergraph.extract.annotation.Gold.GoldEntity;
import org.partnergraph.extract.annotation.Gold.GoldPartnership;
import org.partnergraph.extract.annotation.Gold.GoldRelation;
import org.partnergraph.model.EntityType;
import org.partnergraph.model.RelationType;
import org.partnergraph.reference.ReferenceData;

/** What the guards let through of a model's answer, one case each. */
class GuardsTest {
  private static final String ARTICLE = "The Kaluga region is talking to a Chinese partner about assembling cars at the \u201cKaluga plant\u201d,"
      + "  governor Vladislav Shapsha said.";
  private static final List<GoldEntity> ENTITIES = List.of(
      new GoldEntity(EntityType.GOVERNOR, "Vladislav Shapsha", List.of("Shapsha", "Vlad the Invented"), null, null),
      new GoldEntity(EntityType.REGION, "Kaluga Oblast", List.of("Kaluga region"), null, null));

  @Test
  void acceptsAQuoteThatDiffersOnlyInSpacingAndQuoteMarks() {
    List<Guard> dropped = new ArrayList<>();
    Gold kept = guards(dropped).apply(answer(List.of(new GoldRelation(RelationType.GOVERNS, "Vladislav Shapsha", "Kaluga Oblast",
        "assembling cars at the \"Kaluga plant\", governor Vladislav Shapsha said")), List.of()));
    assertThat(dropped).isEmpty();
    assertThat(kept.relations()).hasSize(1);
    assertThat(kept.entities().get(0).aliases()).as("an alias the article never uses is removed").containsExactly("Shapsha");
  }

  @Test
  void keepsAPartnerCountryTheArticleNamesByDemonymAndDropsAnInventedOne() {
    List<Guard> dropped = new ArrayList<>();
    String quote = "The Kaluga region is talking to a Chinese partner";
    Gold kept = guards(dropped).apply(answer(List.of(), List.of(
        new GoldPartnership(List.of("Kaluga Oblast"), "China", "negotiating", "assembly", quote),
        new GoldPartnership(List.of("Kaluga Oblast"), "Germany", "negotiating", "assembly", quote))));
    assertThat(kept.partnerships()).extracting(GoldPartnership::partnerCountry).containsExactly("China");
    assertThat(dropped).containsExactly(Guard.NAME_NOT_IN_ARTICLE);
  }

  @Test
  void dropsAQuoteTooShortToStateAnything() {
    List<Guard> dropped = new ArrayList<>();
    guards(dropped).apply(answer(List.of(new GoldRelation(RelationType.GOVERNS, "Vladislav Shapsha", "Kaluga Oblast", "said")), List.of()));
    assertThat(dropped).containsExactly(Guard.EVIDENCE_NOT_IN_ARTICLE);
  }

  private static Guards guards(List<Guard> dropped) {
    return new Guards(ARTICLE, ReferenceData.bundled(), dropped::add);
  }

  private static Gold answer(List<GoldRelation> relations, List<GoldPartnership> partnerships) {
    return new Gold("a", ENTITIES, relations, partnerships, List.of());
  }
}
