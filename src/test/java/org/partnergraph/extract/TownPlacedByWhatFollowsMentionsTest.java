package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.model.EntityType;

/**
 * Towns placed by the known region or country that follows them, read from rules
 * {@code place.town-before-a-comma} and {@code place.placed-by-what-follows} by the mention finder.
 */
class TownPlacedByWhatFollowsMentionsTest {
  private final OneSentence sentence = new OneSentence();

  private List<String> towns(String s) {
    return sentence.mentions(EntityType.CITY, s);
  }

  @Test
  void mintsATownPlacedInAKnownCountry() {
    assertThat(towns("The talks were held in Zetovsk, in southern Hungary, on Monday.")).containsExactly("Zetovsk");
    assertThat(towns("The talks were held near Nova Zeta, Hungary.")).containsExactly("Nova Zeta");
    assertThat(towns("The talks were held outside Zetovsk, about 60 km north-east of Hungary's capital.")).containsExactly("Zetovsk");
  }

  @Test
  void mintsTheLastTownOfAChainWhoseInAlsoEndsTheFirst() {
    assertThat(towns("The talks were held in Zetovsk, in Lipovo, Hungary.")).containsExactly("Lipovo");
  }

  @Test
  void mintsNoTownWhenOtherWordsOrTooLongADistanceStandBeforeTheCountry() {
    assertThat(towns("The talks were held in Zetovsk, far from Hungary.")).isEmpty();
    assertThat(towns("The talks were held in Zetovsk, about sixty long and very winding kilometres west of Hungary.")).isEmpty();
    assertThat(towns("The talks were held in Zetovsk in southern Hungary.")).isEmpty();
  }
}
