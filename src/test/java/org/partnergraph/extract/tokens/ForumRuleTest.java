package org.partnergraph.extract.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule {@code forum.named} of {@code rules/en/entities.rules}, on sentences written for it. */
class ForumRuleTest {
  /** The name each forum match yields. */
  private static List<String> forums(String sentence) {
    return EnglishRuleMatches.groups(sentence, "forum.named", "name");
  }

  @Test
  void findsAForumNamedByCapitalisedWordsKindWordsAndTheEventsNoun() {
    assertThat(forums("Putin spoke at the Kazan International Automotive Forum on Tuesday."))
        .containsExactly("Kazan International Automotive Forum");
    assertThat(forums("Talks continued at the Ufa business forum and at the Munich Motor show."))
        .containsExactly("Ufa business forum", "Munich Motor show");
    assertThat(forums("The deal was signed at the Innoprom Expo in Yekaterinburg."))
        .containsExactly("Innoprom Expo");
  }

  @Test
  void keepsAHyphenatedOrPossessiveNameWholeAndLeavesOutALeadingArticle() {
    assertThat(forums("The China-Russia Expo opened in Harbin.")).containsExactly("China-Russia Expo");
    assertThat(forums("She addressed the Farmers' Forum in Pune.")).containsExactly("Farmers' Forum");
    assertThat(forums("The Forum closed.")).as("the article goes; ForumMentions drops a one-word name").containsExactly("Forum");
  }

  @Test
  void findsNoForumInAWordThatOnlyStartsLikeOneOrInALowerCaseName() {
    assertThat(forums("Two Kazan forums were held.")).isEmpty();
    assertThat(forums("an international business forum in Kazan")).isEmpty();
    assertThat(forums("the Kazan EXPO hall")).isEmpty();
  }

  @Test
  void takesAtMostSixCapitalisedWordsBeforeTheNoun() {
    assertThat(forums("the Aa Bb Cc Dd Ee Ff Gg Forum")).containsExactly("Bb Cc Dd Ee Ff Gg Forum");
  }
}
