package org.partnergraph.extract.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule {@code maker.introduced-by-kind} of {@code rules/en/entities.rules}, on sentences written for it. */
class MakerIntroducedRuleTest {
  /** The name each match yields. */
  private static List<String> makers(String sentence) {
    return EnglishRuleMatches.groups(sentence, "maker.introduced-by-kind", "name");
  }

  @Test
  void findsACompanyAfterAMakerKindSpacedHyphenatedOrInOneWord() {
    assertThat(makers("The bus maker Zorka and the EV-maker Vesna met the truckmaker Korvo.")).containsExactly("Zorka", "Vesna", "Korvo");
    assertThat(makers("the electric vehicle maker Zorka Auto")).containsExactly("Zorka Auto");
    assertThat(makers("the truck manufacturer Zorka")).containsExactly("Zorka");
  }

  @Test
  void readsTheCueInAnyCaseButTheNameOnlyCapitalised() {
    assertThat(makers("said Truck-Maker Zorka and the AUTOMAKER Vesna")).containsExactly("Zorka", "Vesna");
    assertThat(makers("the carmaker zorka")).isEmpty();
  }

  @Test
  void takesUpToThreeCapitalisedWordsWithTheirGluedPunctuation() {
    assertThat(makers("the assembler Zorka Bus&Coach Vesna Auto opened")).containsExactly("Zorka Bus&Coach Vesna");
    assertThat(makers("electric carmaker Zorka's plant")).as("the reader drops the 's").containsExactly("Zorka's");
  }

  @Test
  void findsNoCompanyAfterAPluralOrAWordThatOnlyEndsInACue() {
    assertThat(makers("the carmakers Zorka and Vesna")).isEmpty();
    assertThat(makers("the supercar maker Zorka")).isEmpty();
    assertThat(makers("a car parts manufacturer Zorka")).isEmpty();
  }
}
