package org.partnergraph.extract.tokens;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.partnergraph.extract.Lexicon;
import org.partnergraph.extract.Lexicon.Family;
import org.partnergraph.extract.tokens.TokenPattern.Captures;
import org.partnergraph.extract.tokens.TokenPattern.Found;
import org.partnergraph.model.InputException;

/**
 * Runs the rules of a language's rule files over the tokens of a sentence, phase by phase in the
 * order the files name them, the way TokensRegex rule files and JAPE phases do: the knowledge is in
 * {@code rules/en/}, this class only applies it. Within a phase every rule proposes its longest
 * match at every token, and overlapping proposals are settled by a declared policy: the longest
 * wins, then the higher priority, then the earlier start, then the rule written first. A rule
 * marked {@code overlaps=kept} keeps its match at every token: it hides nothing and nothing hides it.
 *
 * <pre>{@code
 * for (RuleMatch m : TokenRules.english().run(sentence).matches()) { ... m.rule() ... m.group("name") ... }
 * }</pre>
 *
 * A rule that takes more than {@link #STEP_BUDGET} steps from one token of a sentence (a pattern
 * that backtracks exponentially on a long sentence) gives up on that sentence: it yields no match
 * there, the other rules run as usual, and the caller learns which rule gave up, so that one
 * runaway sentence costs one rule one sentence instead of rejecting its article every night.
 */
public final class TokenRules {
  /** Steps one rule may take from one token before it gives up on the sentence (a pattern that backtracks exponentially). */
  static final int STEP_BUDGET = 200_000;
  private static final String FILE_LIST = "rule-files.txt";

  private final List<TokenRule> rules;
  private final List<String> phases;
  private final Set<Family> families;
  /** The families a rule reads the start of a word from ({@code lex-word-start:}). */
  private final Set<Family> wordStartFamilies;
  private final Lexicon lexicon;

  TokenRules(List<TokenRule> rules, Lexicon lexicon) {
    this.rules = List.copyOf(rules);
    this.lexicon = lexicon;
    Set<String> inOrder = new LinkedHashSet<>();
    Set<Family> read = EnumSet.noneOf(Family.class);
    Set<Family> wordStarts = EnumSet.noneOf(Family.class);
    Map<String, TokenRule> firstOfPhase = new HashMap<>();
    for (TokenRule r : rules) {
      inOrder.add(r.phase());
      familiesIn(r.pattern(), read, wordStarts);
      TokenRule first = firstOfPhase.putIfAbsent(r.phase(), r);
      if (first != null && first.since() != r.since()) {
        throw new InputException(r.where(), "rule " + r.id() + " (since=" + r.since() + ") shares phase " + r.phase() + " with " + first.id()
            + " (since=" + first.since() + "): a rule of a newer version needs a phase of its own, or the older versions' matches change");
      }
    }
    this.phases = List.copyOf(inOrder);
    this.families = read;
    this.wordStartFamilies = wordStarts;
  }

  private static final class English {
    static final TokenRules RULES = load("rules/en/", Lexicon.english());
  }

  /** The English rules, read from the classpath on first use. */
  public static TokenRules english() {
    return English.RULES;
  }

  /** The rules of a classpath folder: the files its {@code rule-files.txt} lists, in that order. */
  public static TokenRules load(String folder, Lexicon lexicon) {
    List<TokenRule> rules = new ArrayList<>();
    for (String file : lines(folder + FILE_LIST)) {
      if (!file.isBlank() && !file.strip().startsWith("#")) {
        rules.addAll(RuleFile.parse(folder + file.strip(), lines(folder + file.strip())));
      }
    }
    Map<String, String> firstSeen = new HashMap<>();
    for (TokenRule r : rules) {
      String earlier = firstSeen.putIfAbsent(r.id(), r.where());
      if (earlier != null) {
        throw new InputException(r.where(), "rule id '" + r.id() + "' is already used at " + earlier);
      }
    }
    return new TokenRules(rules, lexicon);
  }

  /**
   * The rules a rules version runs: those with no {@code since=}, or one at or below {@code version}.
   * A rule added for a newer version runs in a phase of its own, so the older rules find what they did.
   */
  public TokenRules forVersion(int version) {
    return new TokenRules(rules.stream().filter(r -> r.since() <= version).toList(), lexicon);
  }

  /** The rules of one file's lines, for tests and tools. */
  static TokenRules parse(String file, List<String> lines, Lexicon lexicon) {
    return new TokenRules(RuleFile.parse(file, lines), lexicon);
  }

  private static List<String> lines(String resource) {
    try (InputStream in = TokenRules.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new InputException(resource, "missing from the classpath");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rules versions the rules name with {@code since=}, in order. */
  public SortedSet<Integer> versionsNamed() {
    return rules.stream().map(TokenRule::since).filter(v -> v > 0).collect(Collectors.toCollection(TreeSet::new));
  }

  /** The phases, in the order they run. */
  public List<String> phases() {
    return phases;
  }

  /** The sentence's tokens with the phrases of every family a rule reads. */
  public List<RuleToken> tokens(String sentence) {
    return RuleToken.of(sentence, lexicon, families, wordStartFamilies);
  }

  /**
   * What the rules found in one sentence.
   *
   * @param matches every phase's matches, phase by phase, each phase's by start
   * @param gaveUp the ids of the rules that took too many steps on this sentence, in rule order;
   *     they yield no match in it
   */
  public record SentenceMatches(List<RuleMatch> matches, List<String> gaveUp) {
    public SentenceMatches {
      matches = List.copyOf(matches);
      gaveUp = List.copyOf(gaveUp);
    }

    /** The matches of these rules, in the order of {@link #matches}: what one reader reads. */
    public List<RuleMatch> of(String... rules) {
      List<String> wanted = List.of(rules);
      return matches.stream().filter(m -> wanted.contains(m.rule())).toList();
    }
  }

  public SentenceMatches run(String sentence) {
    return run(tokens(sentence));
  }

  /** Every phase's matches, and the rules that gave up on the sentence. */
  public SentenceMatches run(List<RuleToken> tokens) {
    List<RuleMatch> out = new ArrayList<>();
    List<String> gaveUp = new ArrayList<>();
    for (String phase : phases) {
      out.addAll(runPhase(phase, tokens, gaveUp));
    }
    return new SentenceMatches(out, gaveUp);
  }

  private record Proposal(TokenRule rule, int order, int start, Found found) {
    int length() {
      return found.end() - start;
    }
  }

  private static final Comparator<Proposal> POLICY = Comparator.comparingInt(Proposal::length).reversed()
      .thenComparing(Comparator.comparingInt((Proposal p) -> p.rule().priority()).reversed())
      .thenComparingInt(Proposal::start)
      .thenComparingInt(Proposal::order);

  private List<RuleMatch> runPhase(String phase, List<RuleToken> tokens, List<String> gaveUp) {
    List<Proposal> proposals = new ArrayList<>();
    for (int r = 0; r < rules.size(); r++) {
      TokenRule rule = rules.get(r);
      if (rule.phase().equals(phase)) {
        try {
          proposals.addAll(proposals(rule, r, tokens));
        } catch (TokenPattern.TooManySteps e) {
          gaveUp.add(rule.id());
        }
      }
    }
    proposals.sort(POLICY);
    BitSet taken = new BitSet(tokens.size());
    List<RuleMatch> kept = new ArrayList<>();
    for (Proposal p : proposals) {
      int end = p.found().end();
      if (p.rule().keepsOverlaps()) {
        kept.add(toMatch(p, tokens));
      } else if (taken.get(p.start(), end).isEmpty()) {
        taken.set(p.start(), end);
        kept.add(toMatch(p, tokens));
      }
    }
    kept.sort(Comparator.comparingInt(RuleMatch::firstToken));
    return kept;
  }

  /** The rule's longest match at every token. */
  private static List<Proposal> proposals(TokenRule rule, int order, List<RuleToken> tokens) {
    List<Proposal> out = new ArrayList<>();
    for (int start = 0; start < tokens.size(); start++) {
      Optional<Found> found = TokenPattern.longestAt(rule.pattern(), tokens, start, STEP_BUDGET);
      if (found.isPresent()) {
        out.add(new Proposal(rule, order, start, found.get()));
      }
    }
    return out;
  }

  private static RuleMatch toMatch(Proposal p, List<RuleToken> tokens) {
    Map<String, RuleMatch.Span> groups = new HashMap<>();
    for (Captures c = p.found().captures(); c != null; c = c.earlier()) {
      if (c.end() > c.start()) {
        groups.putIfAbsent(c.name(), new RuleMatch.Span(tokens.get(c.start()).start(), tokens.get(c.end() - 1).end()));
      }
    }
    int end = p.found().end();
    return new RuleMatch(p.rule().id(), p.rule().phase(), p.start(), end, tokens.get(p.start()).start(), tokens.get(end - 1).end(), Map.copyOf(groups));
  }

  private static void familiesIn(TokenPattern p, Set<Family> out, Set<Family> wordStarts) {
    if (p instanceof TokenPattern.Element e) {
      familiesIn(e.test(), out, wordStarts);
    } else if (p instanceof TokenPattern.Sequence s) {
      s.parts().forEach(x -> familiesIn(x, out, wordStarts));
    } else if (p instanceof TokenPattern.Choice c) {
      c.alternatives().forEach(x -> familiesIn(x, out, wordStarts));
    } else if (p instanceof TokenPattern.Repeat r) {
      familiesIn(r.body(), out, wordStarts);
    } else if (p instanceof TokenPattern.Group g) {
      familiesIn(g.body(), out, wordStarts);
    }
  }

  private static void familiesIn(TokenTest t, Set<Family> out, Set<Family> wordStarts) {
    if (t instanceof TokenTest.InLexicon l) {
      out.add(l.family());
    } else if (t instanceof TokenTest.StartsAWord w) {
      out.add(w.family());
      wordStarts.add(w.family());
    } else if (t instanceof TokenTest.All a) {
      a.tests().forEach(x -> familiesIn(x, out, wordStarts));
    } else if (t instanceof TokenTest.Either e) {
      e.tests().forEach(x -> familiesIn(x, out, wordStarts));
    } else if (t instanceof TokenTest.Not n) {
      familiesIn(n.test(), out, wordStarts);
    }
  }
}
