package org.partnergraph.extract.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule {@code place.plant-in-town} of {@code rules/en/places.rules}, on sentences written for it. */
class PlantInTownRuleTest {
  /** The place each match yields, and the words the whole match covers. */
  private static List<String> places(String sentence) {
    return EnglishRuleMatches.groupAndMatch(sentence, "place.plant-in-town", "place");
  }

  @Test
  void findsAPlaceAfterAPlantNounAndInAtNearOrOutsideInAnyCase() {
    assertThat(places("Korvo runs a plant in Zetovsk and a factory NEAR Tverskoy.")).containsExactly(
        "Zetovsk | plant in Zetovsk", "Tverskoy | factory NEAR Tverskoy");
    assertThat(places("An Assembly Line outside Nova Zeta opened.")).containsExactly("Nova Zeta | Assembly Line outside Nova Zeta");
  }

  @Test
  void findsThePlaceAfterTheTownOrCityOf() {
    assertThat(places("a works in the town of Zetovsk")).containsExactly("Zetovsk | works in the town of Zetovsk");
    assertThat(places("a plant at The City Of Tverskoy")).containsExactly("Tverskoy | plant at The City Of Tverskoy");
  }

  @Test
  void findsUpToThreeWordsWithPlaceParticlesHyphensAndApostrophes() {
    assertThat(places("a plant in Zeta nad Vltavou Nova Gora")).containsExactly("Zeta nad Vltavou Nova | plant in Zeta nad Vltavou Nova");
    assertThat(places("a plant in Villa de-Zeta, Mexico")).containsExactly("Villa de-Zeta | plant in Villa de-Zeta");
    assertThat(places("a plant in Ust-Zetinsk's district")).containsExactly("Ust-Zetinsk's | plant in Ust-Zetinsk's");
    assertThat(places("a plant in O'Zeta")).containsExactly("O'Zeta | plant in O'Zeta");
  }

  @Test
  void endsTheNameAtALetterAndAtTwoSpacesOrALowerCaseWord() {
    assertThat(places("a plant in Zetovsk' yard")).containsExactly("Zetovsk | plant in Zetovsk");
    assertThat(places("a plant in Nova  Zeta")).containsExactly("Nova | plant in Nova");
    assertThat(places("a plant in Nova with Zeta")).containsExactly("Nova | plant in Nova");
  }

  @Test
  void findsNoPlaceWithoutAPlantNounOrACapitalOrInAOneLetterOrDigitWord() {
    assertThat(places("an office in Zetovsk")).isEmpty();
    assertThat(places("a plant in zetovsk")).isEmpty();
    assertThat(places("a plant in Z and a plant in Z4")).isEmpty();
    assertThat(places("a plant inside Zetovsk")).isEmpty();
  }
}
