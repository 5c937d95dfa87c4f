package org.partnergraph.extract.tokens;

import java.util.List;

/** What one rule of the English rule files matches in a sentence, written out as the rule tests compare it. */
final class EnglishRuleMatches {
  private EnglishRuleMatches() {}

  /** The words of one group of each match of the rule; a match whose path skipped the group gives none. */
  static List<String> groups(String sentence, String rule, String group) {
    return TokenRules.english().run(sentence).matches().stream()
        .filter(m -> m.rule().equals(rule))
        .flatMap(m -> m.group(group).stream())
        .map(g -> sentence.substring(g.start(), g.end()))
        .toList();
  }

  /** The words of one group of each match of the rule, then the words the whole match covers: "Tver | the plant in Tver". */
  static List<String> groupAndMatch(String sentence, String rule, String group) {
    return TokenRules.english().run(sentence).matches().stream()
        .filter(m -> m.rule().equals(rule))
        .map(m -> m.group(group).map(g -> sentence.substring(g.start(), g.end())).orElseThrow() + " | " + sentence.substring(m.start(), m.end()))
        .toList();
  }
}
