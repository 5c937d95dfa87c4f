package org.partnergraph.extract.tokens;

import java.util.Map;
import java.util.Optional;

/**
 * What one rule matched in a sentence, kept after the conflicts of its phase were settled: the
 * rule's id, the tokens ({@code firstToken} to {@code endToken}, exclusive) and the characters
 * they cover, and the named groups it yields.
 */
public record RuleMatch(String rule, String phase, int firstToken, int endToken, int start, int end, Map<String, Span> groups) {
  /** Characters of the sentence, end exclusive. */
  public record Span(int start, int end) {}

  /** The characters of a named group, if the path that matched went through it. */
  public Optional<Span> group(String name) {
    return Optional.ofNullable(groups.get(name));
  }
}
