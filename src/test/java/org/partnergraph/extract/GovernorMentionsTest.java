package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.model.EntityType;

/** Governors read by the mention finder from the matches of the rules in {@code rules/en/governors.rules}. */
class GovernorMentionsTest {
  private final OneSentence sentence = new OneSentence();
  private final MentionFinder finder = sentence.finder();

  private List<String> governors(String s) {
    return sentence.mentions(EntityType.GOVERNOR, s);
  }

  @Test
  void titledNameIsAGovernor() {
    assertThat(governors("The press office of Governor Zoltan Varkonyi said so.")).containsExactly("Zoltan Varkonyi");
  }

  @Test
  void titledNameOfADeputyOrABankIsNoGovernor() {
    assertThat(governors("Deputy Governor Zoltan Varkonyi and the Reserve Bank Governor Zeno Marsh spoke.")).isEmpty();
  }

  @Test
  void titledNameThatNamesAnOfficeIsNoGovernor() {
    assertThat(governors("Governor Zetland Administration said so.")).isEmpty();
  }

  @Test
  void formerHeadIsAGovernorWithNoRegion() {
    assertThat(governors("The plant was opened by the then akim Zarina Temirova.")).containsExactly("Zarina Temirova");
    assertThat(finder.governorsFound()).isEmpty();
  }

  @Test
  void headOfTheRegionGovernsTheOneRegionTheArticleNamed() {
    governors("The plant is in Bashkortostan.");
    assertThat(governors("It was opened by the head of the republic, Zaur Temirov.")).containsExactly("Zaur Temirov");
    assertThat(finder.governorsFound()).hasSize(1);
  }

  @Test
  void headOfTheRegionIsNoGovernorBeforeTheArticleNamedARegion() {
    assertThat(governors("It was opened by the head of the republic, Zaur Temirov.")).isEmpty();
  }

  @Test
  void titleNameOfARegionIsItsGovernor() {
    assertThat(governors("President Zaur Temirov of Bashkortostan opened the plant.")).containsExactly("Zaur Temirov");
    assertThat(finder.governorsFound()).hasSize(1);
  }

  @Test
  void titleNameOfSomethingElseIsNoGovernor() {
    assertThat(governors("President Zaur Temirov of the company opened a plant in Bashkortostan.")).isEmpty();
  }

  @Test
  void nameCommaTitleOfARegionIsItsGovernor() {
    assertThat(governors("Zaur Temirov, the president of Bashkortostan, opened the plant.")).containsExactly("Zaur Temirov");
    assertThat(finder.governorsFound()).hasSize(1);
  }

  @Test
  void nameCommaTitleOfSomethingElseIsNoGovernor() {
    assertThat(governors("Zaur Temirov, the president of a company in Bashkortostan, opened the plant.")).isEmpty();
  }

  @Test
  void titleNameRightAfterARegionIsItsGovernor() {
    assertThat(governors("Bashkortostan Head Zaur Temirov opened the plant.")).containsExactly("Zaur Temirov");
    assertThat(finder.governorsFound()).hasSize(1);
    assertThat(governors("Bashkortostan's governor Zarina Temirova opened the plant.")).containsExactly("Zarina Temirova");
  }

  @Test
  void titleNameSetApartFromTheRegionOrInTheWrongCaseIsNoGovernor() {
    assertThat(governors("In Bashkortostan, Head Zaur Temirov opened the plant.")).isEmpty();
    assertThat(governors("Bashkortostan chairman Zaur Temirov opened the plant.")).isEmpty();
  }

  @Test
  void titleOfARegionThenANameIsItsGovernor() {
    assertThat(governors("The governor of Bashkortostan, Zaur Temirov, opened the plant.")).containsExactly("Zaur Temirov");
    assertThat(finder.governorsFound()).hasSize(1);
    assertThat(governors("The head (acting) of Bashkortostan Zarina Temirova opened the plant.")).containsExactly("Zarina Temirova");
  }

  @Test
  void titleOfARegionWithALongAsideOrANameNotRightAfterIsNoGovernor() {
    assertThat(governors("The governor (appointed in the spring) of Bashkortostan, Zaur Temirov, opened it.")).isEmpty();
    assertThat(governors("The governor of Bashkortostan and Zaur Temirov opened it.")).isEmpty();
  }

  @Test
  void aGovernorsSurnameBeforeAVerbOfSpeechIsTheGovernorsNotTheCarmakersOfThatName() {
    governors("Ontario Premier Doug Ford opened the plant.");
    assertThat(governors("Ford insisted the plant would grow.")).containsExactly("Ford");
    assertThat(governors("Ford built the plant.")).isEmpty();
  }
}
