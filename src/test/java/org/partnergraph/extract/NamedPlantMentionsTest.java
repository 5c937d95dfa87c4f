package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.resolve.ArticleEntities;

/** Plants known by a proper name, read from rule {@code plant.named}'s matches by the mention finder. */
class NamedPlantMentionsTest {
  private final OneSentence sentence = new OneSentence();
  private final MentionFinder finder = sentence.finder();
  private final ArticleEntities entities = sentence.entities();

  /** Each plant found: its name as the sentence writes it, then its operator's name. */
  private List<String> plants(String s) {
    List<Mention> found = finder.find(s);
    return finder.plantsFound().stream()
        .map(p -> found.stream().filter(m -> m.id().equals(p.plant())).map(m -> s.substring(m.start(), m.end())).findFirst().orElse("?")
            + " | " + entities.name(p.operator()))
        .toList();
  }

  @Test
  void aNamedPlantIsRunByTheAutomakerItsNameHoldsOrNamedBefore() {
    assertThat(plants("Workers at Tesla's Gigafactory Nevada went on strike.")).singleElement().asString().startsWith("Gigafactory Nevada | Tesla");
    assertThat(plants("BMW said output at its Plant Spartanburg rose.")).singleElement().asString().startsWith("Plant Spartanburg | BMW");
  }

  @Test
  void aNamedPlantWithoutAnAutomakerOrOfOneWordIsNone() {
    assertThat(plants("Workers at Gigafactory Nevada went on strike.")).isEmpty();
    assertThat(plants("BMW said output at the Plant rose.")).isEmpty();
  }
}
