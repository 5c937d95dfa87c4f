package org.partnergraph.extract.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules {@code brand.before-the-word} and {@code brand.after-the-word} of {@code rules/en/entities.rules}, on sentences written for them. */
class BrandRuleTest {
  /** The rule and the name of each brand match, in sentence order. */
  private static List<String> brands(String sentence) {
    return TokenRules.english().run(sentence).matches().stream()
        .filter(m -> m.rule().startsWith("brand."))
        .sorted((a, b) -> Integer.compare(a.start(), b.start()))
        .map(m -> m.rule() + " " + m.group("name").map(n -> sentence.substring(n.start(), n.end())).orElseThrow())
        .toList();
  }

  @Test
  void findsABrandNamedBetweenTheOrItsOrTheirAndTheWordBrand() {
    assertThat(brands("AGR assembles the Zorka brand cars in Shushary.")).containsExactly("brand.before-the-word Zorka");
    assertThat(brands("Chery launched its Vesna brand, and Geely their Sino-Auto brand.")).containsExactly(
        "brand.before-the-word Vesna", "brand.before-the-word Sino-Auto");
  }

  @Test
  void findsABrandNamedAfterTheWordBrandEvenInsideAHyphenatedNoun() {
    assertThat(brands("The new Russian brand Vesna opened a showroom.")).containsExactly("brand.after-the-word Vesna");
    assertThat(brands("It sells the sub-brand Zorka-Auto's cars.")).containsExactly("brand.after-the-word Zorka-Auto");
    assertThat(brands("The brand Zorka-auto is new.")).as("a lower-case part after the hyphen is left out").containsExactly("brand.after-the-word Zorka");
  }

  @Test
  void findsBothReadingsWhereTheyShareTheWordBrandForTheReaderToChoose() {
    assertThat(brands("It owns the Zorka brand Vesna-Auto.")).containsExactly("brand.before-the-word Zorka", "brand.after-the-word Vesna-Auto");
  }

  @Test
  void findsNoBrandInAPluralALowerCaseOrACapitalisedWordOrANameWithDigits() {
    assertThat(brands("the Zorka brands")).isEmpty();
    assertThat(brands("the zorka brand and the Zorka Brand")).isEmpty();
    assertThat(brands("They rebrand Vesna cars as the X5 brand.")).isEmpty();
    assertThat(brands("The Zorka brand is sold as the Zorka-auto brand.")).as("'The' with a capital, and a name of a lower-case part, are not read").isEmpty();
  }
}
