package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partnergraph.model.Article;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.Relation;
import org.partnergraph.model.RelationType;

/** What rules/12 reads of a governor's trips and events, and that rules/11 still reads none of it. */
class EventReadingTest {
  private static final RuleExtractor RULES_12 = new RuleExtractor("rules/12");
  private static final RuleExtractor RULES_11 = new RuleExtractor("rules/11");

  private static final String INSPECTED_CONSTRUCTION =
      "West Java Governor Dedi Mulyadi on Thursday inspected the construction of BYD's car plant in Subang.";
  private static final String SPOKE_AT_SESSION =
      "Speaking at the plenary session of the Eastern Economic Forum, Primorsky Krai Governor Oleg Kozhemyako said the Sollers plant would reopen.";
  private static final String TOOK_PART_IN_OPENING =
      "Tatarstan's Rais Rustam Minnikhanov took part in the opening of the Kazan International Automotive Forum.";

  private static ArticleFacts read(RuleExtractor extractor, String text) {
    return extractor.extract(new Article("t", "t", text, null, null, "2024-05-17", "test"));
  }

  private static List<String> edges(ArticleFacts f, RelationType type) {
    return f.relations().stream().filter(r -> r.type() == type).map(r -> r.from() + " -> " + r.to() + " " + r.rule()).toList();
  }

  @Test
  void aGovernorWhoInspectsTheConstructionOfAPlantVisitedIt() {
    assertThat(edges(read(RULES_12, INSPECTED_CONSTRUCTION), RelationType.VISITED))
        .containsExactly("governor/dedi-mulyadi -> plant/byd-subang visited.subject-cue");
  }

  @Test
  void aGovernorSpeakingAtASessionOfAForumSpokeAtIt() {
    assertThat(edges(read(RULES_12, SPOKE_AT_SESSION), RelationType.SPOKE_AT))
        .containsExactly("governor/oleg-kozhemyako -> forum/eef spoke-at.subject-cue");
  }

  @Test
  void aGovernorTakingPartInTheOpeningOfAForumAttendedIt() {
    assertThat(edges(read(RULES_12, TOOK_PART_IN_OPENING), RelationType.ATTENDED))
        .containsExactly("governor/rustam-minnikhanov -> forum/kazan-international-automotive-forum attended.subject-cue");
  }

  @Test
  void aGovernorWhoAlsoSpokeAtAForumIsNotOnlyAnAttendee() {
    ArticleFacts f = read(RULES_12, "Tatarstan's Rais Rustam Minnikhanov took part in the Kazan International Automotive Forum. "
        + "Minnikhanov spoke at a session of the Kazan International Automotive Forum on Tuesday.");
    assertThat(edges(f, RelationType.SPOKE_AT)).hasSize(1);
    assertThat(edges(f, RelationType.ATTENDED)).isEmpty();
  }

  @Test
  void aNegatedVisitGivesNone() {
    assertThat(edges(read(RULES_12, "West Java Governor Dedi Mulyadi did not inspect the construction of BYD's car plant in Subang."),
        RelationType.VISITED)).isEmpty();
  }

  @Test
  void anExpectedVisitGivesNone() {
    assertThat(edges(read(RULES_12, "West Java Governor Dedi Mulyadi is expected to inspect the construction of BYD's car plant in Subang."),
        RelationType.VISITED)).isEmpty();
  }

  @Test
  void aVisitSomeoneMadeStandingInForTheGovernorGivesNone() {
    assertThat(edges(read(RULES_12, "The deputy governor, standing in for West Java Governor Dedi Mulyadi, inspected the construction of BYD's car plant in Subang."),
        RelationType.VISITED)).isEmpty();
  }

  @Test
  void aVisitTheGovernorOnlyReportsIsNotHis() {
    assertThat(edges(read(RULES_12, "West Java Governor Dedi Mulyadi said the delegation inspected the construction of BYD's car plant in Subang."),
        RelationType.VISITED)).isEmpty();
  }

  @Test
  void rules11EmitsNoRuleOfALaterVersion() {
    Set<String> newer = Arrays.stream(Rule.values()).filter(r -> !r.runsIn(11)).map(Rule::id).collect(Collectors.toSet());
    String text = String.join(" ", INSPECTED_CONSTRUCTION, SPOKE_AT_SESSION, TOOK_PART_IN_OPENING);
    assertThat(read(RULES_12, text).relations()).extracting(Relation::rule).containsAnyElementsOf(newer);
    assertThat(read(RULES_11, text).relations()).extracting(Relation::rule).doesNotContainAnyElementsOf(newer);
    assertThat(read(RULES_11, text).extractor()).isEqualTo("rules/11");
  }

  @Test
  void everyRuleVersionRunsByNameAndRules18IsTheDefault() {
    assertThat(Extractors.DEFAULT).isEqualTo("rules/18");
    assertThat(Extractors.byName("rules/11").version()).isEqualTo("rules/11");
    assertThat(Extractors.byName("rules/12").version()).isEqualTo("rules/12");
    assertThat(Extractors.byName("rules/17").version()).isEqualTo("rules/17");
    assertThat(new RuleExtractor().version()).isEqualTo("rules/18");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RuleExtractor("rules/10"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rules/12");
  }
}
