package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.extract.tokens.TokenRules;
import org.partnergraph.model.EntityType;
import org.partnergraph.reference.Gazetteer;
import org.partnergraph.reference.ReferenceData;
import org.partnergraph.resolve.ArticleEntities;

/** Capitalised words that name no town ({@code lexicon/en/not-places.tsv} and the calendar): a plant "in" them mints none. */
class NotPlacesMentionsTest {
  private final ReferenceData reference = ReferenceData.bundled();
  private final ArticleEntities entities = new ArticleEntities(reference);
  private final MentionFinder finder = new MentionFinder(new Gazetteer(reference), TokenRules.english(), entities, new ArticleMemory(entities));

  private List<String> towns(String s) {
    return finder.find(s).stream().filter(m -> m.type() == EntityType.CITY).map(m -> s.substring(m.start(), m.end())).toList();
  }

  @Test
  void readsTheWordsOfTheNotPlacesFamilyAndTheCalendar() {
    assertThat(PlaceMentions.NOT_PLACES).contains("The", "Its", "Europe", "Caucasus", "Monday", "May");
    assertThat(PlaceMentions.NOT_PLACES).doesNotContain("the", "Zetovsk");
  }

  @Test
  void mintsNoTownForAPlantInAWorldRegionOrAFunctionWordOrAMonth() {
    assertThat(towns("The group opened a plant in Scandinavia Zetovsk.")).isEmpty();
    assertThat(towns("The group opened a plant in This Zetovsk.")).isEmpty();
    assertThat(towns("The group will open a plant in March.")).isEmpty();
  }

  @Test
  void stillMintsATownForAPlantInAnUnknownName() {
    assertThat(towns("The group opened a plant in Zetovsk.")).containsExactly("Zetovsk");
  }
}
