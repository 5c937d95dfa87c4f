package org.partnergraph.extract.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.extract.Lexicon;
import org.partnergraph.model.InputException;

/** The engine: the conflict policy, quantifiers, lexicon phrases, groups, and rule files that fail at load naming file:line. */
class TokenRulesTest {
  private static TokenRules rules(String... lines) {
    return TokenRules.parse("test.rules", List.of(lines), Lexicon.english());
  }

  /** "rule-id:matched text" for every match kept, in the order the engine returns them. */
  private static List<String> found(TokenRules rules, String sentence) {
    return rules.run(sentence).matches().stream().map(m -> m.rule() + ":" + sentence.substring(m.start(), m.end())).toList();
  }

  @Test
  void theLongestOverlappingMatchWinsOverAHigherPriority() {
    TokenRules rules = rules(
        "rule city.short phase=entities priority=9 : [word=Kazan] [word=Motor]",
        "rule show.long phase=entities priority=1 : [word=Kazan] [word=Motor] [word=Show]");
    assertThat(found(rules, "at the Kazan Motor Show today")).containsExactly("show.long:Kazan Motor Show");
  }

  @Test
  void equallyLongOverlappingMatchesGoToTheHigherPriorityThenTheEarlierStart() {
    TokenRules byPriority = rules(
        "rule left phase=entities priority=1 : [word=Nizhny] [word=Novgorod]",
        "rule right phase=entities priority=5 : [word=Novgorod] [word=Region]");
    assertThat(found(byPriority, "Nizhny Novgorod Region")).containsExactly("right:Novgorod Region");

    TokenRules samePriority = rules(
        "rule right phase=entities : [word=Novgorod] [word=Region]",
        "rule left phase=entities : [word=Nizhny] [word=Novgorod]");
    assertThat(found(samePriority, "Nizhny Novgorod Region")).containsExactly("left:Nizhny Novgorod");
  }

  @Test
  void aRuleWhoseOverlapsAreKeptKeepsItsMatchAtEveryTokenAndHidesNoOtherRules() {
    TokenRules rules = rules(
        "rule name phase=entities overlaps=kept : [short-shape:Xx]{2,3}",
        "rule city phase=entities : [word=Kaluga]");
    assertThat(found(rules, "in Kaluga Vladislav Shapsha said"))
        .containsExactly("name:Kaluga Vladislav Shapsha", "city:Kaluga", "name:Vladislav Shapsha");
    assertThat(found(rules("rule name phase=entities : [short-shape:Xx]{2,3}"), "in Kaluga Vladislav Shapsha said"))
        .containsExactly("name:Kaluga Vladislav Shapsha");
    assertThatThrownBy(() -> rules("rule r phase=entities overlaps=hidden : [word=A]"))
        .isInstanceOf(InputException.class).hasMessageContaining("unknown rule attribute 'overlaps=hidden'");
  }

  @Test
  void aRulesVersionRunsOnlyTheRulesSinceItOrOlderAndTheirMatchesStayWhatTheyWere() {
    TokenRules rules = rules(
        "rule name phase=names : [short-shape:Xx]{2,3}",
        "rule then-name phase=names-then since=14 : [word=then] (?<name> [short-shape:Xx]{2,3})");
    assertThat(found(rules.forVersion(13), "met then Roy Cooper there")).containsExactly("name:Roy Cooper");
    assertThat(found(rules.forVersion(14), "met then Roy Cooper there")).containsExactly("name:Roy Cooper", "then-name:then Roy Cooper");
    assertThat(rules.forVersion(13).phases()).containsExactly("names");
    assertThat(rules.versionsNamed()).containsExactly(14);
  }

  @Test
  void rejectsASinceThatIsNotANumberAndANewerRuleInAnOlderRulesPhase() {
    assertThatThrownBy(() -> rules("rule r phase=entities since=next : [word=A]"))
        .isInstanceOf(InputException.class).hasMessageContaining("test.rules:1").hasMessageContaining("since=N");
    assertThatThrownBy(() -> rules("rule old phase=names : [word=A]", "rule new phase=names since=14 : [word=B]"))
        .isInstanceOf(InputException.class).hasMessageContaining("test.rules:2").hasMessageContaining("phase of its own");
  }

  @Test
  void matchesThatDoNotOverlapAreAllKeptInOrder() {
    TokenRules rules = rules("rule capitalised phase=entities : [short-shape:Xx]+");
    assertThat(found(rules, "Kazan and Ufa Motors met in Perm")).containsExactly("capitalised:Kazan", "capitalised:Ufa Motors", "capitalised:Perm");
  }

  @Test
  void phasesRunInFileOrderAndEachSettlesOnlyItsOwnConflicts() {
    TokenRules rules = rules(
        "rule late.year phase=figures : [shape:dddd]",
        "rule early.name phase=names : [short-shape:Xx] [shape:dddd]");
    assertThat(rules.phases()).containsExactly("figures", "names");
    assertThat(found(rules, "Expo 2026 opens")).containsExactly("late.year:2026", "early.name:Expo 2026");
  }

  @Test
  void quantifiersBoundHowManyTokensARuleTakes() {
    TokenRules rules = rules("rule digits phase=figures : [shape:d]{2,3}");
    assertThat(found(rules, "1 2 3 4 5 x 6")).containsExactly("digits:1 2 3", "digits:4 5");

    TokenRules optional = rules("rule plant phase=entities : [lower=new]? [short-shape:Xx]+ [lower=plant] [lower=site]*");
    assertThat(found(optional, "the new Kazan Ufa plant site site opened")).containsExactly("plant:new Kazan Ufa plant site site");
    assertThat(found(optional, "the Kazan plant opened")).containsExactly("plant:Kazan plant");
    assertThat(found(optional, "the new plant opened")).isEmpty();
  }

  @Test
  void aLexiconPhraseOfSeveralWordsCoversItsTokensInTheCaseTheTestAsksFor() {
    TokenRules asWritten = rules("rule show phase=entities : [short-shape:Xx] [lex:forum-words/event]");
    assertThat(found(asWritten, "the Munich motor show")).containsExactly("show:Munich motor show");
    assertThat(found(asWritten, "the Munich Motor show")).isEmpty();

    TokenRules eitherInitial = rules("rule show phase=entities : [short-shape:Xx] [lex-initial:forum-words/event]");
    assertThat(found(eitherInitial, "the Munich Motor show")).containsExactly("show:Munich Motor show");
    assertThat(found(eitherInitial, "the Munich MOTOR SHOW")).isEmpty();
    assertThat(found(eitherInitial, "the Munich motor shows")).as("a phrase ends where a token ends").isEmpty();
  }

  @Test
  void anyCaseLexiconTestReadsAsciiLettersInEitherCaseButNoOtherLetterForThem() {
    TokenRules anyCase = rules("rule show phase=entities : [short-shape:Xx] [lex-any-case:forum-words/event]");
    assertThat(found(anyCase, "the Munich MOTOR SHOW")).containsExactly("show:Munich MOTOR SHOW");
    assertThat(found(anyCase, "the Munich mOtOr sHoW")).containsExactly("show:Munich mOtOr sHoW");
    assertThat(found(anyCase, "the Munich motor \u017Fhow")).as("a long s is no S, as (?i) without UNICODE_CASE reads it").isEmpty();
  }

  @Test
  void capitalisedLexiconTestWantsEveryWordCapitalisedAfterASpaceOrAHyphenAndTheRestAsWritten() {
    TokenRules capitalised = rules("rule title phase=entities : [lex-capitalised:region-head-titles/titled] [short-shape:Xx]");
    assertThat(found(capitalised, "then Chief Minister Zeta spoke")).containsExactly("title:Chief Minister Zeta");
    assertThat(found(capitalised, "then Minister-President Zeta spoke")).containsExactly("title:Minister-President Zeta");
    assertThat(found(capitalised, "then Chief minister Zeta, Minister-president Zeta")).isEmpty();
    assertThat(found(capitalised, "then GOVERNOR Zeta and governor Zeta")).isEmpty();
  }

  @Test
  void capitalisedLexiconTestTakesAWholePhraseOnlyInItsCapitalisedForm() {
    TokenRules capitalised = rules("rule park phase=entities : [lex-capitalised:plant-nouns/names-a-plant]");
    assertThat(found(capitalised, "the Battery Park and the Gigafactory")).containsExactly("park:Battery Park", "park:Gigafactory");
    assertThat(found(capitalised, "the Battery park, the battery Park, the GIGAFACTORY, the gigafactory")).isEmpty();
  }

  @Test
  void aNegatedLexiconTestFiltersTheTokenWithoutTakingThePhrase() {
    TokenRules rules = rules("rule not.event phase=entities : [short-shape:Xx] [!lex-initial:forum-words/event]");
    assertThat(found(rules, "Munich Motor Show")).containsExactly("not.event:Motor Show");
  }

  @Test
  void gluedTellsAHyphenatedNameFromSpacedWords() {
    TokenRules rules = rules("rule pair phase=entities : [word=China] [glued & word=-] [glued & word=Russia]");
    assertThat(found(rules, "the China-Russia Expo")).containsExactly("pair:China-Russia");
    assertThat(found(rules, "China - Russia")).isEmpty();
  }

  @Test
  void oneSpaceTellsWordsSetOffByOneSpaceFromATabOrTwoSpaces() {
    TokenRules rules = rules("rule pair phase=entities : [word=Nova] [one-space & word=Vas]");
    assertThat(found(rules, "in Nova Vas today")).containsExactly("pair:Nova Vas");
    assertThat(found(rules, "in Nova  Vas today")).isEmpty();
    assertThat(found(rules, "in Nova\tVas today")).isEmpty();
    assertThat(found(rules, "in Nova-Vas today")).isEmpty();
  }

  @Test
  void lexWordStartTakesAPhraseAsWrittenThatStartsAWordAndTheTokensItTouches() {
    TokenRules rules = rules("rule compass phase=entities : [lex-word-start:compass-words/apposition]");
    assertThat(found(rules, "in southern Zeta")).containsExactly("compass:southern");
    assertThat(found(rules, "in north-eastern Zeta")).containsExactly("compass:north-eastern");
    assertThat(found(rules, "in Southern Zeta, in unsouthern Zeta")).isEmpty();
  }

  @Test
  void sentenceStartTakesOnlyTheFirstToken() {
    TokenRules rules = rules("rule first phase=entities : [sentence-start & word~/\\p{Lu}+/]");
    assertThat(found(rules, "ZETA and KORVO")).containsExactly("first:ZETA");
    assertThat(found(rules, "and KORVO")).isEmpty();
  }

  @Test
  void aNamedGroupYieldsItsCharactersAndAMacroIsReused() {
    TokenRules rules = rules(
        "define $name-word = [word~/\\p{Lu}\\p{L}*/]",
        "rule titled phase=entities :",
        "    [lower=the]? (?<name> $name-word+)");
    RuleMatch m = rules.run("the Eastern Economic Forum").matches().get(0);
    assertThat(m.start()).isZero();
    assertThat(m.group("name")).contains(new RuleMatch.Span(4, 26));
    assertThat(m.group("other")).isEmpty();
  }

  @Test
  void aTokenCarriesItsWordAsWrittenItsLowerCaseFormAndItsShape() {
    List<RuleToken> tokens = TokenRules.english().tokens("Kazan’s U.S. plant, 2024");
    assertThat(tokens).extracting(RuleToken::word).containsExactly("Kazan", "’", "s", "U", ".", "S", ".", "plant", ",", "2024");
    assertThat(tokens.get(0).lower()).isEqualTo("kazan");
    assertThat(tokens.get(0).shape()).isEqualTo("Xxxxx");
    assertThat(tokens.get(0).shortShape()).isEqualTo("Xx");
    assertThat(tokens.get(9).shape()).isEqualTo("dddd");
    assertThat(tokens).extracting(RuleToken::glued).startsWith(false, true, true);
  }

  @Test
  void aMalformedRuleFailsAtLoadNamingFileAndLine() {
    assertThatThrownBy(() -> rules("# a comment", "rule ok phase=entities : [word=A]", "", "rule broken phase=entities : [word=A"))
        .isInstanceOf(InputException.class).hasMessageStartingWith("test.rules:4: ").hasMessageContaining("expected ']'");
    assertThatThrownBy(() -> rules("rule r phase=entities :", "    [lex:no-such-family]"))
        .isInstanceOf(InputException.class).hasMessageStartingWith("test.rules:1: ").hasMessageContaining("no lexicon family 'no-such-family'");
    assertThatThrownBy(() -> rules("rule r phase=entities : [lex:forum-words/no-such-tag]"))
        .isInstanceOf(InputException.class).hasMessageStartingWith("test.rules:1: ").hasMessageContaining("has no tag 'no-such-tag'");
    assertThatThrownBy(() -> rules("", "rule r priority=2 : [word=A]"))
        .isInstanceOf(InputException.class).hasMessageStartingWith("test.rules:2: ").hasMessageContaining("names no phase=");
    assertThatThrownBy(() -> rules("rule r phase=entities : [colour:red]"))
        .isInstanceOf(InputException.class).hasMessageStartingWith("test.rules:1: ").hasMessageContaining("unknown test 'colour:'");
    assertThatThrownBy(() -> rules("rule r phase=entities : $undefined"))
        .isInstanceOf(InputException.class).hasMessageStartingWith("test.rules:1: ").hasMessageContaining("$undefined is not defined");
    assertThatThrownBy(() -> rules("rule r phase=entities : [word~/(/]"))
        .isInstanceOf(InputException.class).hasMessageStartingWith("test.rules:1: ").hasMessageContaining("malformed regex");
    assertThatThrownBy(() -> rules("rule r phase=entities : [word=A]{3,1}"))
        .isInstanceOf(InputException.class).hasMessageStartingWith("test.rules:1: ").hasMessageContaining("matches nothing");
    assertThatThrownBy(() -> rules("rule r phase=entities : [word=A]", "rule r phase=entities : [word=B]"))
        .isInstanceOf(InputException.class).hasMessageStartingWith("test.rules:2: ").hasMessageContaining("used twice");
  }

  @Test
  void aRuleThatBacktracksTooMuchGivesUpOnThatSentenceOnlyAndTheOtherRulesStillMatch() {
    TokenRules rules = rules(
        "rule runaway phase=entities : ([short-shape:Xx]+)+ [word=never]",
        "rule letters phase=entities : [word=Aa] [word=Bb]",
        "rule later phase=later : [word=Zz]");
    String capitals = "Aa Bb Cc Dd Ee Ff Gg Hh Ii Jj Kk Ll Mm Nn Oo Pp Qq Rr Ss Tt Uu Vv Ww Xx Yy Zz";
    TokenRules.SentenceMatches onTheLongSentence = rules.run(capitals);
    assertThat(onTheLongSentence.gaveUp()).containsExactly("runaway");
    assertThat(onTheLongSentence.matches()).extracting(RuleMatch::rule).containsExactly("letters", "later");
    TokenRules.SentenceMatches onAShortOne = rules.run("Aa never");
    assertThat(onAShortOne.gaveUp()).as("on a short sentence the same rule runs within its steps").isEmpty();
    assertThat(onAShortOne.matches()).extracting(RuleMatch::rule).containsExactly("runaway");
  }
}
