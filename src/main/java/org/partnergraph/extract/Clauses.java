package org.partnergraph.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The clauses of a sentence, so that what one clause says is not read as said of another. */
public final class Clauses {
  private static final Pattern CLAUSE_BREAK = Pattern.compile(";|,\\s+and\\s|,\\s+while\\s|,\\s+but\\s|\\s+whereas\\s");

  private Clauses() {}

  /** The clause of the sentence that names this entity: "BMW is due to start …, and Mercedes-Benz has run a plant …". */
  static String clauseOf(String s, List<Mention> ms, String id) {
    Optional<Mention> m = ms.stream().filter(x -> x.id().equals(id)).findFirst();
    if (m.isEmpty()) {
      return s;
    }
    Matcher b = CLAUSE_BREAK.matcher(s);
    int end = b.find(m.get().end()) ? b.start() : s.length();
    return s.substring(clauseStartBefore(s, m.get().start()), end);
  }

  /** Whether a clause break (", and", ";", ", while" …) falls between two positions of the sentence. */
  public static boolean breakBetween(String s, int from, int to) {
    return from < to && CLAUSE_BREAK.matcher(s.substring(from, to)).find();
  }

  /** Where the clause that holds a position starts: after the last ", and", ";" or ", while" before it. */
  static int clauseStartBefore(String s, int at) {
    int start = 0;
    Matcher b = CLAUSE_BREAK.matcher(s.substring(0, at));
    while (b.find()) {
      start = b.end();
    }
    return start;
  }

  /**
   * Whether {@code at} falls inside quoted speech ("Every large German manufacturer is here, and
   * …"); a short quoted phrase ("talks with 'a leading German automaker'") is reported fact.
   */
  static boolean insideQuote(String s, int at) {
    String before = s.substring(0, at);
    long straight = before.chars().filter(c -> c == '"').count();
    long open = before.chars().filter(c -> c == '“' || c == '«').count();
    long close = before.chars().filter(c -> c == '”' || c == '»').count();
    if (straight % 2 == 0 && open <= close) {
      return false;
    }
    int from = Math.max(Math.max(before.lastIndexOf('"'), before.lastIndexOf('“')), before.lastIndexOf('«'));
    int to = s.length();
    for (char q : new char[] {'"', '”', '»'}) {
      int i = s.indexOf(q, at);
      if (i >= 0) {
        to = Math.min(to, i);
      }
    }
    return s.substring(from + 1, to).trim().split("\\s+").length > 6;
  }
}
