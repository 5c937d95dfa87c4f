package org.partnergraph.extract.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of {@code rules/en/governors.rules} and their shared person's name, on sentences written for them. */
class GovernorRulesTest {
  /** The name each match of the rule yields, and the words the whole match covers. */
  private static List<String> names(String rule, String sentence) {
    return EnglishRuleMatches.groupAndMatch(sentence, rule, "name");
  }

  private static List<String> titled(String sentence) {
    return names("governor.titled-name", sentence);
  }

  @Test
  void titledNameFindsANameAfterACapitalisedTitleOnlyARegionsHeadHolds() {
    assertThat(titled("a letter from Governor Zoltan Varkonyi arrived")).containsExactly("Zoltan Varkonyi | Governor Zoltan Varkonyi");
    assertThat(titled("Gov. Zelda Marsh-Okafor signed it")).containsExactly("Zelda Marsh-Okafor | Gov. Zelda Marsh-Okafor");
    assertThat(titled("Chief Minister Zoravar Singh Dhillon and Minister-President Zeno Brandt met"))
        .containsExactly("Zoravar Singh Dhillon | Chief Minister Zoravar Singh Dhillon", "Zeno Brandt | Minister-President Zeno Brandt");
  }

  @Test
  void titledNameFindsALowerCaseGovernorOnlyRightAfterThe() {
    assertThat(titled("said the governor Zakhar Ilyin")).containsExactly("Zakhar Ilyin | the governor Zakhar Ilyin");
    assertThat(titled("said a governor Zakhar Ilyin and governor Zakhar Ilyin")).isEmpty();
  }

  @Test
  void titledNameReadsInitialsParticlesAMiddleInitialAndGluedMarks() {
    assertThat(titled("Akim Z.K. Temirov opened it")).containsExactly("Z.K. Temirov | Akim Z.K. Temirov");
    assertThat(titled("Governor Zina de la Vega Ortiz opened it")).containsExactly("Zina de la Vega Ortiz | Governor Zina de la Vega Ortiz");
    assertThat(titled("Governor Zack T. O'Rourke's office")).containsExactly("Zack T. O'Rourke's | Governor Zack T. O'Rourke's");
  }

  @Test
  void titledNameStopsBeforeACalendarWordAndWantsTwoWordsOrInitials() {
    assertThat(titled("Governor Zoltan Varkonyi Monday said")).containsExactly("Zoltan Varkonyi | Governor Zoltan Varkonyi");
    assertThat(titled("Governor Zoltan said")).isEmpty();
    assertThat(titled("Governor St. Zeno and Governor Dr. Zeno Marsh")).isEmpty();
  }

  @Test
  void titledNameFindsNothingAfterATitleThatIsNotCapitalisedOrNotOnlyARegionsHead() {
    assertThat(titled("governor Zoltan Varkonyi and Premier Zoltan Varkonyi and President Zoltan Varkonyi")).isEmpty();
  }

  private static List<String> former(String sentence) {
    return names("governor.former-head", sentence);
  }

  @Test
  void formerHeadFindsANameAfterAFormerWordAndARegionOnlyTitleInAnyCase() {
    assertThat(former("said former governor Zakhar Ilyin")).containsExactly("Zakhar Ilyin | former governor Zakhar Ilyin");
    assertThat(former("the then akim Zarina Temirova and ex-Governor Zeno Marsh")).containsExactly(
        "Zarina Temirova | then akim Zarina Temirova", "Zeno Marsh | ex-Governor Zeno Marsh");
    assertThat(former("PREVIOUS Chief Minister Z. Varma")).containsExactly("Z. Varma | PREVIOUS Chief Minister Z. Varma");
  }

  @Test
  void formerHeadFindsNothingWithoutTheFormerWordOrAfterATitleAnyHeadShares() {
    assertThat(former("the governor Zakhar Ilyin")).isEmpty();
    assertThat(former("former president Zakhar Ilyin and former head Zakhar Ilyin")).isEmpty();
    assertThat(former("former governor zakhar ilyin")).isEmpty();
  }

  private static List<String> headOfTheRegion(String sentence) {
    return names("governor.head-of-the-region", sentence);
  }

  @Test
  void headOfTheRegionFindsANameAfterTheTitleAndTheRegionOrBeforeThem() {
    assertThat(headOfTheRegion("said the head of the republic, Zaur Temirov, on a visit")).containsExactly(
        "Zaur Temirov | the head of the republic, Zaur Temirov");
    assertThat(headOfTheRegion("said Zaur Temirov, the Chief Minister of the state")).containsExactly(
        "Zaur Temirov | Zaur Temirov, the Chief Minister of the state");
    assertThat(headOfTheRegion("The governor of the oblast, Z. Temirov, said")).containsExactly(
        "Z. Temirov | The governor of the oblast, Z. Temirov");
  }

  @Test
  void headOfTheRegionFindsNothingForADeputyOrACountryOrATitleAnyHeadShares() {
    assertThat(headOfTheRegion("the deputy head of the republic, Zaur Temirov")).isEmpty();
    assertThat(headOfTheRegion("the head of the Republic, Zaur Temirov")).isEmpty();
    assertThat(headOfTheRegion("Zaur Temirov, the president of the republic")).isEmpty();
    assertThat(headOfTheRegion("the head of the regional office, Zaur Temirov")).isEmpty();
  }

  private static List<String> titleNameOf(String sentence) {
    return names("governor.title-name-of", sentence);
  }

  @Test
  void titleNameOfFindsACapitalisedTitleANameAndOfWithOrWithoutThe() {
    assertThat(titleNameOf("said Premier Zaur Temirov of the Zeta region")).containsExactly("Zaur Temirov | Premier Zaur Temirov of the");
    assertThat(titleNameOf("said Acting Governor Z. Temirov of Zetania")).containsExactly("Z. Temirov | Acting Governor Z. Temirov of");
  }

  @Test
  void titleNameOfFindsNothingWithoutOfOrAfterALowerCaseTitle() {
    assertThat(titleNameOf("said Premier Zaur Temirov in Zetania")).isEmpty();
    assertThat(titleNameOf("said premier Zaur Temirov of Zetania")).isEmpty();
  }

  private static List<String> nameCommaTitleOf(String sentence) {
    return names("governor.name-comma-title-of", sentence);
  }

  @Test
  void nameCommaTitleOfFindsANameACommaAndAnyHeadsTitleInAnyCaseThenOf() {
    assertThat(nameCommaTitleOf("said Zaur Temirov, the Head of the Zeta region")).containsExactly("Zaur Temirov | Zaur Temirov, the Head of the");
    assertThat(nameCommaTitleOf("said Zaur de la Vega, CHAIRMAN of Zetania")).containsExactly("Zaur de la Vega | Zaur de la Vega, CHAIRMAN of");
  }

  @Test
  void nameCommaTitleOfFindsNothingWithoutTheCommaOrWithATitleNoHeadHolds() {
    assertThat(nameCommaTitleOf("said Zaur Temirov the governor of Zetania")).isEmpty();
    assertThat(nameCommaTitleOf("said Zaur Temirov, mayor of Zetania")).isEmpty();
  }

  private static List<String> titleNameAfter(String sentence) {
    return names("governor.title-name-after", sentence);
  }

  @Test
  void titleNameAfterFindsACapitalisedHeadsTitleOrALowerCaseOneTaggedForItThenAName() {
    assertThat(titleNameAfter("in Zetania Regional Chairman Zaur Temirov said")).containsExactly("Zaur Temirov | Regional Chairman Zaur Temirov");
    assertThat(titleNameAfter("the Zeta region's governor Zina Marsh said")).containsExactly("Zina Marsh | 's governor Zina Marsh");
    assertThat(titleNameAfter("the Zeta region's head Zina Marsh said")).containsExactly("Zina Marsh | 's head Zina Marsh");
  }

  @Test
  void titleNameAfterFindsNothingAfterALowerCaseTitleNotTaggedForItOrAGluedTitle() {
    assertThat(titleNameAfter("in Zetania chairman Zaur Temirov said")).isEmpty();
    assertThat(titleNameAfter("in Zetania premier Zaur Temirov said")).isEmpty();
    assertThat(titleNameAfter("in Zetania-Governor Zaur Temirov said")).isEmpty();
  }

  /** The text of each group of each match of {@code governor.title-of}, "-" for a group that matched nothing. */
  private static List<String> titleOf(String sentence) {
    return TokenRules.english().run(sentence).matches().stream()
        .filter(m -> m.rule().equals("governor.title-of"))
        .map(m -> String.join(" | ", java.util.stream.Stream.of("aside", "of", "the", "government-of", "the-government")
            .map(g -> m.group(g).map(x -> sentence.substring(x.start(), x.end())).orElse("-")).toList()))
        .toList();
  }

  @Test
  void titleOfFindsAnyHeadsTitleInAnyCaseAsideOfTheAndAGovernmentMarkingWhereARegionMayStart() {
    assertThat(titleOf("said the GOVERNOR (acting) of the Zeta region")).containsExactly("(acting) | of | the | - | -");
    assertThat(titleOf("said the chief executive of the regional government of the Zeta Republic"))
        .containsExactly("- | of | the | of | the");
    assertThat(titleOf("said the head of the Xunta de Zetania")).containsExactly("- | of | the | de | -");
  }

  @Test
  void titleOfFindsNothingAfterATitleNoHeadHoldsOrWithoutOf() {
    assertThat(titleOf("said the mayor of the Zeta region")).isEmpty();
    assertThat(titleOf("said the governor in the Zeta region")).isEmpty();
  }

  private static List<String> nameAfter(String sentence) {
    return names("governor.name-after", sentence);
  }

  @Test
  void nameAfterFindsANameAfterASuffixPossessiveAsideAndCommaAndKeepsTheMatchesItOverlaps() {
    assertThat(nameAfter("of the Zeta region's (acting), Zina Marsh said")).containsExactly("Zina Marsh | region's (acting), Zina Marsh",
        "Zina Marsh | 's (acting), Zina Marsh", "Zina Marsh | (acting), Zina Marsh", "Zina Marsh | , Zina Marsh", "Zina Marsh | Zina Marsh");
    assertThat(nameAfter("of Zetania Zina Marsh said")).containsExactly("Zetania Zina Marsh | Zetania Zina Marsh", "Zina Marsh | Zina Marsh");
  }

  @Test
  void nameAfterFindsNothingWithoutACapitalisedName() {
    assertThat(nameAfter("of the Zeta region, said a spokesman")).isEmpty();
  }
}
