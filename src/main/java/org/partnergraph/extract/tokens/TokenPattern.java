package org.partnergraph.extract.tokens;

import java.util.List;
import java.util.Optional;

/**
 * A rule's pattern over tokens, as a small tree (element, sequence, choice, repeat, named group),
 * and the backtracking matcher that finds its longest match at a token. Quantifiers are greedy and
 * choices are tried in order, so where two matches from one token are equally long, the one a
 * regex would prefer wins, and so do its groups.
 */
sealed interface TokenPattern {
  /** {@code [test]}: one token, or the tokens of a lexicon phrase. */
  record Element(TokenTest test) implements TokenPattern {}

  record Sequence(List<TokenPattern> parts) implements TokenPattern {}

  /** {@code a | b}: tried in order. */
  record Choice(List<TokenPattern> alternatives) implements TokenPattern {}

  /** {@code ?, *, +, {m,n}}: greedy; {@code max} is {@link Integer#MAX_VALUE} for no bound. */
  record Repeat(TokenPattern body, int min, int max) implements TokenPattern {}

  /** {@code (?<name> …)}: the part of a match a rule yields, found by name. */
  record Group(String name, TokenPattern body) implements TokenPattern {}

  /** The groups a path through the pattern has closed, latest first (a persistent list: backtracking drops them for free). */
  record Captures(String name, int start, int end, Captures earlier) {
    static Captures with(Captures earlier, String name, int start, int end) {
      return new Captures(name, start, end, earlier);
    }
  }

  /** Where a match from a token ends, and its groups. */
  record Found(int end, Captures captures) {}

  /**
   * The longest match of {@code pattern} starting at token {@code start} that covers at least one
   * token; the first found (the regex's choice) among equally long ones.
   *
   * @throws TooManySteps when the pattern takes more than {@code budget} steps from one token
   *     (nested quantifiers over many tokens), rather than hanging the extraction
   */
  static Optional<Found> longestAt(TokenPattern pattern, List<RuleToken> tokens, int start, int budget) {
    Search search = new Search(tokens, budget);
    search.match(pattern, start, null, (end, captures) -> {
      if (end > start && (search.best == null || end > search.best.end())) {
        search.best = new Found(end, captures);
      }
    });
    return Optional.ofNullable(search.best);
  }

  /** A search from one token ran out of steps: the pattern backtracks too much on this sentence. */
  final class TooManySteps extends RuntimeException {
    TooManySteps() {
      super("a token pattern took too many steps", null, false, false);
    }
  }

  /** What to do with each way the pattern so far can end. */
  interface Then {
    void at(int position, Captures captures);
  }

  /** One search from one token: every path, in the order a regex would try them. */
  final class Search {
    private final List<RuleToken> tokens;
    private int stepsLeft;
    private Found best;

    private Search(List<RuleToken> tokens, int budget) {
      this.tokens = tokens;
      this.stepsLeft = budget;
    }

    void match(TokenPattern p, int at, Captures captures, Then then) {
      if (--stepsLeft < 0) {
        throw new TooManySteps();
      }
      if (p instanceof Element e) {
        if (at < tokens.size()) {
          for (int length : e.test().test(tokens, at).longestFirst()) {
            then.at(at + length, captures);
          }
        }
      } else if (p instanceof Sequence s) {
        sequence(s.parts(), 0, at, captures, then);
      } else if (p instanceof Choice c) {
        c.alternatives().forEach(a -> match(a, at, captures, then));
      } else if (p instanceof Repeat r) {
        repeat(r, 0, at, captures, then);
      } else if (p instanceof Group g) {
        match(g.body(), at, captures, (end, inner) -> then.at(end, Captures.with(inner, g.name(), at, end)));
      }
    }

    private void sequence(List<TokenPattern> parts, int index, int at, Captures captures, Then then) {
      if (index == parts.size()) {
        then.at(at, captures);
        return;
      }
      match(parts.get(index), at, captures, (end, next) -> sequence(parts, index + 1, end, next, then));
    }

    private void repeat(Repeat r, int done, int at, Captures captures, Then then) {
      if (done < r.max()) {
        match(r.body(), at, captures, (end, next) -> {
          if (end > at) {
            repeat(r, done + 1, end, next, then);
          } else if (done < r.min()) {
            then.at(end, next); // a body that matched nothing meets any minimum left
          }
        });
      }
      if (done >= r.min()) {
        then.at(at, captures);
      }
    }
  }
}
