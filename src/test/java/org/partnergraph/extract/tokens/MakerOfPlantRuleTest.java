package org.partnergraph.extract.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule {@code maker.named-by-plant} of {@code rules/en/entities.rules}, on sentences written for it. */
class MakerOfPlantRuleTest {
  /** The name each match yields, and the words the whole match covers. */
  private static List<String> makers(String sentence) {
    return EnglishRuleMatches.groupAndMatch(sentence, "maker.named-by-plant", "name");
  }

  @Test
  void findsACompanyOfCapitalsOrWithACapitalInsideBeforeAPlantNoun() {
    assertThat(makers("The ZETA factory in Tver opened.")).containsExactly("ZETA | ZETA factory");
    assertThat(makers("Workers of the KorvoAuto assembly plant and of BRK-ZETA's car plant")).containsExactly(
        "KorvoAuto | KorvoAuto assembly plant", "BRK-ZETA | BRK-ZETA's car plant");
    assertThat(makers("near the ZETA' vehicle factory")).containsExactly("ZETA | ZETA' vehicle factory");
  }

  @Test
  void findsTheSecondHalfOfAHyphenatedNameWhenTheFirstIsNotAllCapitals() {
    assertThat(makers("the Ural-ZETA plant")).containsExactly("ZETA | ZETA plant");
  }

  @Test
  void findsNoCompanyInAPlainCapitalisedWordOrBeforeAnotherNounOrTwoModifiers() {
    assertThat(makers("the Korvo plant and the Z plant")).isEmpty();
    assertThat(makers("the ZETA plants, the ZETA Plant and the ZETA works")).isEmpty();
    assertThat(makers("the ZETA car assembly plant")).isEmpty();
    assertThat(makers("the ZETA2 plant and the ZETA-Auto factory")).isEmpty();
  }
}
