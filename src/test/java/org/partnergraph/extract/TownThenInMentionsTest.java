package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A city's name read as its region's after a town and "in" ("in Zetovsk, in Kostanay"), from rules
 * {@code place.town-then-in} and {@code place.then-in-a-region}.
 */
class TownThenInMentionsTest {
  private final OneSentence sentence = new OneSentence();
  private final MentionFinder finder = sentence.finder();

  /** The type of the mention that starts at {@code name}. */
  private String typeOf(String s, String name) {
    int at = s.indexOf(name);
    return finder.find(s).stream().filter(m -> m.start() == at).map(m -> m.type().name()).findFirst().orElse("none");
  }

  @Test
  void readsTheStateAfterATownAndIn() {
    assertThat(typeOf("The supplier builds parts in Zetovsk, in Kostanay, for export.", "Kostanay")).isEqualTo("REGION");
    assertThat(typeOf("The supplier builds parts near Villa da Zeta, also in Kostanay.", "Kostanay")).isEqualTo("REGION");
  }

  @Test
  void readsTheCityWithoutTheTownsCommaOrWhenTheTownIsTooFarBefore() {
    assertThat(typeOf("The supplier builds parts in Kostanay for export.", "Kostanay")).isEqualTo("CITY");
    assertThat(typeOf("The supplier builds parts in Zetovsk in Kostanay.", "Kostanay")).isEqualTo("CITY");
    assertThat(typeOf("The supplier builds parts in Zetovskgradovskayanovaya Lipovogorodskayastaraya Novozetinskayabolshaya, also in Kostanay.", "Kostanay"))
        .isEqualTo("CITY");
  }
}
