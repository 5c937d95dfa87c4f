package org.partnergraph.extract.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnergraph.extract.tokens.EnglishRuleMatches.groups;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules {@code place.town-then-in} and {@code place.then-in-a-region} of {@code rules/en/places.rules}, on sentences written for them. */
class TownThenInRuleTest {
  private static List<String> towns(String sentence) {
    return groups(sentence, "place.town-then-in", "town");
  }

  private static List<String> regionStarts(String sentence) {
    return groups(sentence, "place.then-in-a-region", "next");
  }

  @Test
  void findsATownOfUpToThreeWordsSetOffByBlanksBeforeItsComma() {
    assertThat(towns("They build in Zetovsk, in Lipa.")).containsExactly("Zetovsk");
    assertThat(towns("They build near Villa da  Zeta, in Lipa.")).containsExactly("Villa da  Zeta");
    assertThat(towns("They build at Nova Zeta Lipova, in Lipa.")).containsExactly("Nova Zeta Lipova");
  }

  @Test
  void findsNoTownOfFourWordsOrAfterOutsideOrWithAParticleTheTownListDoesNotTag() {
    assertThat(towns("They build in Nova Zeta Lipova Vas, in Lipa.")).isEmpty();
    assertThat(towns("They build outside Zetovsk, in Lipa.")).isEmpty();
    assertThat(towns("They build in Ústí nad Zetou, in Lipa.")).isEmpty();
  }

  @Test
  void readsInOrAlsoInAfterTheComma() {
    assertThat(regionStarts("They build in Zetovsk, in Lipa.")).containsExactly("Lipa");
    assertThat(regionStarts("They build in Zetovsk, also in Lipa.")).containsExactly("Lipa");
    assertThat(regionStarts("They build in Zetovsk, near Lipa.")).isEmpty();
    assertThat(regionStarts("They build in Zetovsk,in Lipa.")).isEmpty();
  }

  @Test
  void readsEveryTownOfAChainWhoseInAlsoStartsTheNext() {
    String sentence = "They build in Zetovsk, in Lipovo, in Lipa.";
    assertThat(towns(sentence)).containsExactly("Zetovsk", "Lipovo");
    assertThat(regionStarts(sentence)).containsExactly("Lipovo", "Lipa");
  }
}
