package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lexicon's cues that part a plant placed by its town from the automaker named before it
 * (operator-cues.tsv, product-words.tsv tag not-a-car-plant): a supplier's plant, a plan denied, a
 * plant sold or run until a year.
 */
class PlantOperatorCuesMentionsTest {
  private final OneSentence sentence = new OneSentence();
  private final MentionFinder finder = sentence.finder();

  /** The operators of the plants found in the sentence. */
  private List<String> operators(String s) {
    finder.find(s);
    return finder.plantsFound().stream().map(PlantMentions.PlantFound::operator).toList();
  }

  @Test
  void aCarPlantPlacedInATownIsRunByTheAutomakerNamedBefore() {
    assertThat(operators("BYD is building a new car plant in Szeged.")).hasSize(1);
    assertThat(operators("BYD made cars in 2021 at a plant in Szeged.")).hasSize(1);
  }

  @Test
  void aSuppliersPlantHasNoAutomakerOperator() {
    assertThat(operators("BYD is building a new battery plant in Szeged.")).isEmpty();
    assertThat(operators("BYD buys from the Tyres plant in Szeged.")).isEmpty();
    assertThat(operators("BYD gets its steel from a plant in Szeged.")).isEmpty();
  }

  @Test
  void aPlantTheAutomakerDeniedPlanningIsNone() {
    assertThat(operators("BYD has ruled out building a plant in Szeged.")).isEmpty();
    assertThat(operators("BYD said it had no plans for another plant in Szeged.")).isEmpty();
  }

  @Test
  void aPlantTheAutomakerSoldOrRanUntilAYearIsNotItsNow() {
    assertThat(operators("BYD sold its plant in Szeged last year.")).isEmpty();
    assertThat(operators("BYD Formerly ran the plant in Szeged.")).isEmpty();
    assertThat(operators("BYD made cars until 2021 at a plant in Szeged.")).isEmpty();
  }
}
