package org.partnergraph.extract.tokens;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.partnergraph.extract.Lexicon.Family;
import org.partnergraph.extract.tokens.TokenPattern.Choice;
import org.partnergraph.extract.tokens.TokenPattern.Element;
import org.partnergraph.extract.tokens.TokenPattern.Group;
import org.partnergraph.extract.tokens.TokenPattern.Repeat;
import org.partnergraph.extract.tokens.TokenPattern.Sequence;
import org.partnergraph.model.InputException;

/**
 * Reads a rule file, so that patterns are data a reviewer can read and a new language can replace.
 * A statement is a line starting in the first column, continued by the indented lines under it;
 * {@code #} starts a comment line.
 *
 * <pre>
 * define $capitalised = [word~/\p{Lu}\p{L}+/]
 * rule forum.named phase=entities priority=10 :
 *     (?&lt;name&gt; $capitalised{1,6} [lex-initial:forum-words/event])
 * </pre>
 *
 * A rule's attributes: {@code phase=NAME} (required), {@code priority=N}, {@code overlaps=kept}, and
 * {@code since=N}, the first rules version that runs it ({@link TokenRules#forVersion}).
 *
 * A pattern is a sequence of {@code [tests]}, {@code (…)}, {@code (?<name>…)} and {@code $macro},
 * each optionally quantified ({@code ? * + {m,n}}), with {@code |} between alternatives. Tests are
 * {@code word=}, {@code lower=}, {@code word~/regex/}, {@code shape:}, {@code short-shape:},
 * {@code lex:family/tag}, {@code lex-initial:family/tag}, {@code lex-any-case:family/tag},
 * {@code lex-capitalised:family/tag}, {@code lex-word-start:family/tag}, {@code glued}, {@code one-space} and {@code sentence-start}, combined with
 * {@code & | !} and parentheses. Anything malformed fails the load naming {@code file:line}.
 */
final class RuleFile {
  private static final Pattern RULE_ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

  private RuleFile() {}

  /** The rules of one file, in file order. */
  static List<TokenRule> parse(String file, List<String> lines) {
    Map<String, TokenPattern> macros = new HashMap<>();
    Set<String> ids = new HashSet<>();
    List<TokenRule> rules = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      String where = file + ":" + (i + 1);
      if (Character.isWhitespace(line.charAt(0))) {
        throw new InputException(where, "an indented line continues a rule or a define, and none is open");
      }
      StringBuilder statement = new StringBuilder(line.strip());
      while (i + 1 < lines.size() && !lines.get(i + 1).isEmpty() && Character.isWhitespace(lines.get(i + 1).charAt(0))) {
        i++;
        if (!lines.get(i).strip().startsWith("#")) {
          statement.append(' ').append(lines.get(i).strip());
        }
      }
      String text = statement.toString();
      if (text.startsWith("define ")) {
        define(where, text.substring("define ".length()), macros);
      } else if (text.startsWith("rule ")) {
        TokenRule rule = rule(where, text.substring("rule ".length()), macros);
        if (!ids.add(rule.id())) {
          throw new InputException(where, "rule id '" + rule.id() + "' is used twice");
        }
        rules.add(rule);
      } else {
        throw new InputException(where, "expected 'rule ID phase=NAME [priority=N] : PATTERN' or 'define $NAME = PATTERN', got: " + text);
      }
    }
    return List.copyOf(rules);
  }

  private static void define(String where, String text, Map<String, TokenPattern> macros) {
    int equals = text.indexOf(" = ");
    if (!text.startsWith("$") || equals < 0 || !NAME.matcher(text.substring(1, equals)).matches()) {
      throw new InputException(where, "expected 'define $name = PATTERN' (name: lower-case letters, digits, '-'): define " + text);
    }
    String name = text.substring(1, equals);
    if (macros.containsKey(name)) {
      throw new InputException(where, "$" + name + " is defined twice");
    }
    macros.put(name, new PatternReader(where, text.substring(equals + 3), macros).read());
  }

  private static TokenRule rule(String where, String text, Map<String, TokenPattern> macros) {
    int colon = text.indexOf(" : ");
    if (colon < 0) {
      throw new InputException(where, "expected ' : ' between the rule's header and its pattern: rule " + text);
    }
    String[] header = text.substring(0, colon).strip().split("\\s+");
    if (!RULE_ID.matcher(header[0]).matches()) {
      throw new InputException(where, "a rule id is lower-case letters, digits, '.' and '-': '" + header[0] + "'");
    }
    String phase = null;
    int priority = 0;
    boolean keepsOverlaps = false;
    int since = 0;
    for (int k = 1; k < header.length; k++) {
      String[] pair = header[k].split("=", 2);
      if (pair.length == 2 && pair[0].equals("phase") && NAME.matcher(pair[1]).matches()) {
        phase = pair[1];
      } else if (pair.length == 2 && pair[0].equals("priority") && pair[1].matches("-?\\d{1,9}")) {
        priority = Integer.parseInt(pair[1]);
      } else if (pair.length == 2 && pair[0].equals("since") && pair[1].matches("\\d{1,4}")) {
        since = Integer.parseInt(pair[1]);
      } else if (header[k].equals("overlaps=kept")) {
        keepsOverlaps = true;
      } else {
        throw new InputException(where, "unknown rule attribute '" + header[k] + "' (known: phase=NAME, priority=N, overlaps=kept, since=N)");
      }
    }
    if (phase == null) {
      throw new InputException(where, "rule " + header[0] + " names no phase=");
    }
    return new TokenRule(header[0], phase, priority, keepsOverlaps, since, new PatternReader(where, text.substring(colon + 3), macros).read(), where);
  }

  /** Recursive descent over one pattern's text. */
  private static final class PatternReader {
    private final String where;
    private final String text;
    private final Map<String, TokenPattern> macros;
    private int at;

    PatternReader(String where, String text, Map<String, TokenPattern> macros) {
      this.where = where;
      this.text = text;
      this.macros = macros;
    }

    TokenPattern read() {
      TokenPattern p = choice();
      skipSpaces();
      if (at < text.length()) {
        throw error("unexpected '" + text.charAt(at) + "'");
      }
      return p;
    }

    private TokenPattern choice() {
      List<TokenPattern> alternatives = new ArrayList<>(List.of(sequence()));
      while (eat('|')) {
        alternatives.add(sequence());
      }
      return alternatives.size() == 1 ? alternatives.get(0) : new Choice(List.copyOf(alternatives));
    }

    private TokenPattern sequence() {
      List<TokenPattern> parts = new ArrayList<>();
      while (true) {
        skipSpaces();
        if (at >= text.length() || text.charAt(at) == ')' || text.charAt(at) == '|') {
          break;
        }
        parts.add(quantified(atom()));
      }
      if (parts.isEmpty()) {
        throw error("an empty pattern or alternative");
      }
      return parts.size() == 1 ? parts.get(0) : new Sequence(List.copyOf(parts));
    }

    private TokenPattern atom() {
      if (eat('[')) {
        TokenTest test = either();
        expect(']');
        return new Element(test);
      }
      if (eat('(')) {
        String name = null;
        if (text.startsWith("?<", at)) {
          int close = text.indexOf('>', at);
          name = close < 0 ? "" : text.substring(at + 2, close);
          if (!NAME.matcher(name).matches()) {
            throw error("a group is named (?<name> …) with lower-case letters, digits and '-'");
          }
          at = close + 1;
        } else if (text.startsWith("?:", at)) {
          at += 2;
        }
        TokenPattern body = choice();
        expect(')');
        return name == null ? body : new Group(name, body);
      }
      if (eat('$')) {
        String name = word();
        TokenPattern macro = macros.get(name);
        if (macro == null) {
          throw error("$" + name + " is not defined above");
        }
        return macro;
      }
      throw error(at < text.length() ? "expected '[', '(' or '$', got '" + text.charAt(at) + "'" : "the pattern ends too early");
    }

    private TokenPattern quantified(TokenPattern p) {
      if (eat('?')) {
        return new Repeat(p, 0, 1);
      }
      if (eat('*')) {
        return new Repeat(p, 0, Integer.MAX_VALUE);
      }
      if (eat('+')) {
        return new Repeat(p, 1, Integer.MAX_VALUE);
      }
      if (eat('{')) {
        int close = text.indexOf('}', at);
        String bounds = close < 0 ? "" : text.substring(at, close);
        if (!bounds.matches("\\d{1,4}(,\\d{0,4})?")) {
          throw error("a quantifier is {m}, {m,} or {m,n}");
        }
        at = close + 1;
        String[] mn = bounds.split(",", -1);
        int min = Integer.parseInt(mn[0]);
        int max = mn.length == 1 ? min : mn[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(mn[1]);
        if (max < min || max == 0) {
          throw error("a quantifier {" + bounds + "} matches nothing");
        }
        return new Repeat(p, min, max);
      }
      return p;
    }

    private TokenTest either() {
      List<TokenTest> tests = new ArrayList<>(List.of(all()));
      while (eat('|')) {
        tests.add(all());
      }
      return tests.size() == 1 ? tests.get(0) : new TokenTest.Either(List.copyOf(tests));
    }

    private TokenTest all() {
      List<TokenTest> tests = new ArrayList<>(List.of(not()));
      while (eat('&')) {
        tests.add(not());
      }
      return tests.size() == 1 ? tests.get(0) : new TokenTest.All(List.copyOf(tests));
    }

    private TokenTest not() {
      if (eat('!')) {
        return new TokenTest.Not(not());
      }
      if (eat('(')) {
        TokenTest inner = either();
        expect(')');
        return inner;
      }
      return test();
    }

    private TokenTest test() {
      skipSpaces();
      String key = word();
      if (key.equals("glued")) {
        return new TokenTest.Glued();
      }
      if (key.equals("one-space")) {
        return new TokenTest.OneSpace();
      }
      if (key.equals("sentence-start")) {
        return new TokenTest.SentenceStart();
      }
      char operator = at < text.length() ? text.charAt(at++) : ' ';
      String value = value();
      return switch (key + operator) {
        case "word=" -> new TokenTest.Word(value);
        case "lower=" -> new TokenTest.Lower(value);
        case "word~" -> new TokenTest.WordMatches(regex(value));
        case "shape:" -> new TokenTest.Shape(value, false);
        case "short-shape:" -> new TokenTest.Shape(value, true);
        case "lex:" -> lexicon(value, TokenTest.Case.AS_WRITTEN);
        case "lex-initial:" -> lexicon(value, TokenTest.Case.EITHER_INITIAL);
        case "lex-any-case:" -> lexicon(value, TokenTest.Case.ANY_ASCII_CASE);
        case "lex-capitalised:" -> lexicon(value, TokenTest.Case.CAPITALISED);
        case "lex-word-start:" -> wordStart(lexicon(value, TokenTest.Case.AS_WRITTEN));
        default -> throw error("unknown test '" + key + operator + "' (known: word=, lower=, word~/regex/, shape:, short-shape:, lex:, lex-initial:, lex-any-case:, lex-capitalised:, lex-word-start:, glued, one-space, sentence-start)");
      };
    }

    private TokenTest.InLexicon lexicon(String value, TokenTest.Case writing) {
      String[] familyTag = value.split("/", 2);
      Family family = Family.named(familyTag[0]).orElseThrow(() -> error("no lexicon family '" + familyTag[0] + "'"));
      String tag = familyTag.length == 2 ? familyTag[1] : null;
      if (tag != null && !family.tags().contains(tag)) {
        throw error(family.resource() + " has no tag '" + tag + "' (known: " + family.tags().stream().sorted().toList() + ")");
      }
      return new TokenTest.InLexicon(family, tag, writing);
    }

    private static TokenTest wordStart(TokenTest.InLexicon asWritten) {
      return new TokenTest.StartsAWord(asWritten.family(), asWritten.tag());
    }

    private Pattern regex(String value) {
      try {
        return Pattern.compile(value);
      } catch (PatternSyntaxException e) {
        throw error("a malformed regex /" + value + "/: " + e.getDescription());
      }
    }

    /** A test's value: {@code /regex/} (with {@code \/} for a slash) or text up to a space or one of {@code ]&|)}. */
    private String value() {
      StringBuilder out = new StringBuilder();
      if (eat('/')) {
        while (at < text.length() && text.charAt(at) != '/') {
          if (text.startsWith("\\/", at)) {
            at++;
          }
          out.append(text.charAt(at++));
        }
        expect('/');
      } else {
        while (at < text.length() && " ]&|)".indexOf(text.charAt(at)) < 0) {
          out.append(text.charAt(at++));
        }
      }
      if (out.isEmpty()) {
        throw error("a test without a value");
      }
      return out.toString();
    }

    private String word() {
      int from = at;
      while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '-')) {
        at++;
      }
      if (from == at) {
        throw error("expected a name");
      }
      return text.substring(from, at);
    }

    private boolean eat(char c) {
      skipSpaces();
      if (at < text.length() && text.charAt(at) == c) {
        at++;
        return true;
      }
      return false;
    }

    private void expect(char c) {
      if (!eat(c)) {
        throw error("expected '" + c + "'");
      }
    }

    private void skipSpaces() {
      while (at < text.length() && text.charAt(at) == ' ') {
        at++;
      }
    }

    private InputException error(String reason) {
      return new InputException(where, reason + " at column " + (at + 1) + " of: " + text);
    }
  }
}
