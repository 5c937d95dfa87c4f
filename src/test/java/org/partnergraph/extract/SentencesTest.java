package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

  @Test
  void keepsStPetersburgInOneSentence() {
    assertThat(Sentences.splitLine("A plant opened in St. Petersburg, where AvtoVAZ works. It is new."))
        .containsExactly("A plant opened in St. Petersburg, where AvtoVAZ works.", "It is new.");
  }

  @Test
  void survivesTitlesCompanyFormsAndInitials() {
    assertThat(Sentences.splitLine("Gov. Brian P. Kemp met Hyundai Motor Co. officials. They agreed."))
        .containsExactly("Gov. Brian P. Kemp met Hyundai Motor Co. officials.", "They agreed.");
  }

  @Test
  void keepsRunTogetherInitialsWithTheSurname() {
    assertThat(Sentences.splitLine("Chief Minister M.K. Stalin opened the plant. It is new."))
        .containsExactly("Chief Minister M.K. Stalin opened the plant.", "It is new.");
  }

  @Test
  void endsASentenceAtAClosingQuote() {
    assertThat(Sentences.splitLine("\u201cWe are ready.\u201d Vorobyov said."))
        .containsExactly("\u201cWe are ready.\u201d", "Vorobyov said.");
  }

  @Test
  void aLineBreakAlwaysEndsASentence() {
    assertThat(Sentences.split("Headline without stop\nBody text.")).hasSize(2);
  }

  @Test
  void cutsARunOnSentenceIntoPiecesThatFitTheEvidenceLimit() {
    String runOn = "Geely and Kaluga region ".repeat(400); // 9,600 characters, no full stop
    assertThat(Sentences.split(runOn))
        .hasSizeGreaterThan(4)
        .allSatisfy(s -> assertThat(s.text().length()).isBetween(1, Sentences.MAX_SENTENCE));
  }

  @Test
  void neverSplitsASurrogatePairWhenCuttingWithoutWhitespace() {
    String emoji = "x" + "\uD83D\uDE97".repeat(3_000); // odd offset: the cut lands mid-pair
    assertThat(Sentences.split(emoji))
        .allSatisfy(s -> assertThat(Character.isLowSurrogate(s.text().charAt(0))).isFalse());
  }
}
