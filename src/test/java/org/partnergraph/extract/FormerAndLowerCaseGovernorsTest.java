package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.model.EntityType;

/**
 * The governors rules/14 finds and rules/13 does not: former heads written with a hyphen or after
 * the name, a lower-case title before a name, a title after a word that merely starts like a
 * qualifier ("executives"), a name after honorifics, a titled name holding a carmaker's name.
 */
class FormerAndLowerCaseGovernorsTest {
  private static List<String> governors(int version, String s) {
    return new OneSentence(version).mentions(EntityType.GOVERNOR, s);
  }

  @Test
  void aFormerHeadHyphenatedToTheTitleIsAGovernorWithNoRegion() {
    String s = "The groundbreaking in Ohio was attended by then-governor Roy Cooper.";
    OneSentence v14 = new OneSentence(14);
    assertThat(v14.mentions(EntityType.GOVERNOR, s)).containsExactly("Roy Cooper");
    assertThat(v14.finder().governorsFound()).isEmpty();
    assertThat(governors(13, s)).isEmpty();
  }

  @Test
  void aNameThenAFormerTitleIsAGovernor() {
    assertThat(governors(14, "The project was championed by Alexey Dyumin, then governor of the region, in 2017.")).containsExactly("Alexey Dyumin");
    assertThat(governors(14, "In 2015 Mukhriz Mahathir, then the state's Menteri Besar, said so.")).containsExactly("Mukhriz Mahathir");
    assertThat(governors(14, "The deal was backed by Arkhimed Mukhambetov, a former akim, at the time.")).containsExactly("Arkhimed Mukhambetov");
    assertThat(governors(13, "The project was championed by Alexey Dyumin, then governor of the region, in 2017.")).isEmpty();
  }

  @Test
  void aNameThenANonHeadsTitleIsNoGovernor() {
    assertThat(governors(14, "The deal was backed by Ivan Zorin, then deputy governor of the region.")).isEmpty();
    assertThat(governors(14, "The deal was backed by Ivan Zorin, then president of the company.")).isEmpty();
    assertThat(governors(14, "The rate was set by Mark Zorin, then the Bank's governor, in 2008.")).isEmpty();
    assertThat(governors(14, "The rate was set by Mark Zorin, then governor of the Central Bank, in 2008.")).isEmpty();
    assertThat(governors(14, "The plant was opened by Ivan Zorin, then governor of Samara Oblast, in 2008.")).containsExactly("Ivan Zorin");
  }

  @Test
  void aLowerCaseTitleOnlyARegionsHeadHoldsNamesAGovernor() {
    String s = "In April of the year when Volkswagen left, governor Vladislav Shapsha spent a week in China.";
    assertThat(governors(14, s)).containsExactly("Vladislav Shapsha");
    assertThat(governors(13, s)).isEmpty();
    assertThat(governors(14, "Regional governor Ricardo Zamora said the sites were ready.")).containsExactly("Ricardo Zamora");
  }

  @Test
  void aLowerCaseTitleOfADeputyABankOrAFormerHeadIsNoCurrentGovernor() {
    assertThat(governors(14, "The central bank governor Elvira Zorina said rates would hold.")).isEmpty();
    assertThat(governors(14, "The deputy governor Ivan Zorin said so.")).isEmpty();
    String bank = "Rates were held, RBI governor Sanjay Zorin said.";
    assertThat(governors(14, bank)).isEqualTo(governors(13, bank)); // the lower-case title adds no governor
    assertThat(governors(14, "The talks were led by city akim Yerlan Zorin.")).isEmpty();
    OneSentence v14 = new OneSentence(14);
    v14.mentions(EntityType.REGION, "Samara Oblast courts carmakers.");
    assertThat(v14.mentions(EntityType.GOVERNOR, "The plant was opened by former governor Ivan Zorin.")).containsExactly("Ivan Zorin");
    assertThat(v14.finder().governorsFound()).isEmpty();
  }

  @Test
  void aQualifierBeforeATitleIsAWholeWord() {
    String s = "The move followed meetings between Ford executives and Chief Minister M.K. Stalin during his visit.";
    assertThat(governors(14, s)).containsExactly("M.K. Stalin");
    assertThat(governors(13, s)).isEmpty();
    assertThat(governors(14, "The meeting with Vice Governor Ivan Zorin ended.")).isEmpty();
    assertThat(governors(14, "The meeting with Lt. Governor Ivan Zorin ended.")).isEmpty();
  }

  @Test
  void honorificsAreNoPartOfAGovernorsName() {
    String s = "The state will review it, Perak Menteri Besar Datuk Seri Saarani Mohamad said.";
    assertThat(governors(14, s)).containsExactly("Saarani Mohamad");
    assertThat(governors(13, s)).containsExactly("Datuk Seri Saarani Mohamad");
  }

  @Test
  void honorificsStayWhereTheyWouldLeaveOneWordOrOnlyAnotherHonorific() {
    assertThat(governors(14, "The state will review it, Perak Menteri Besar Datuk Seri Saarani said.")).containsExactly("Datuk Seri Saarani");
  }
}
