package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnergraph.extract.tokens.RuleMatch;
import org.partnergraph.model.EntityType;

/** The finder runs the token rules once per sentence and hands their matches to whoever reads them. */
class MentionFinderRuleMatchesTest {
  private final OneSentence sentence = new OneSentence();
  private final MentionFinder finder = sentence.finder();

  @Test
  void theSentencesRuleMatchesAreHandedOnAndTheForumReaderUsesThem() {
    String s = "Putin spoke at the Kazan International Automotive Forum on Tuesday.";
    assertThat(finder.find(s)).anySatisfy(m -> {
      assertThat(m.type()).isEqualTo(EntityType.FORUM);
      assertThat(s.substring(m.start(), m.end())).isEqualTo("Kazan International Automotive Forum");
    });
    // one run of every rule file: the forum reader's rule and the event reader's (rules/12) both matched
    // (governor.name-after, whose overlaps are kept, matches every name-like run of capitalised words too)
    assertThat(finder.ruleMatches()).extracting(RuleMatch::rule).filteredOn(r -> !r.equals("governor.name-after"))
        .containsExactly("forum.named", "event.speak");
  }

  @Test
  void eachSentenceReplacesTheMatchesOfTheOneBefore() {
    finder.find("Putin spoke at the Kazan International Automotive Forum on Tuesday.");
    finder.find("Geely will build cars in Russia.");
    assertThat(finder.ruleMatches()).isEmpty();
  }
}
