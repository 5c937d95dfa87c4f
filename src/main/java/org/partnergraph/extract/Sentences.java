package org.partnergraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sentence splitting that survives the abbreviations of news copy ("St. Petersburg", "Gov.",
 * "Co., Ltd.", "U.S."): a line break always ends a sentence; a full stop ends one only when a
 * capital follows and the word before it is not an abbreviation or an initial.
 */
public final class Sentences {
  private static final Set<String> ABBREVIATIONS = Set.copyOf(Lexicon.english().phrases(Lexicon.Family.ABBREVIATIONS));

  /** Longer than any real news sentence, well under the facts schema's 5,000-character evidence. */
  static final int MAX_SENTENCE = 2_000;

  private Sentences() {}

  /** One sentence and the paragraph it is in (0-based), so coreference can reset per paragraph. */
  public record Sentence(String text, int paragraph) {}

  public static List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    int paragraph = 0;
    for (String line : text.replace('’', '\'').replace('‘', '\'').split("\n")) {
      String p = line.strip();
      if (p.isEmpty()) {
        continue;
      }
      for (String s : splitLine(p)) {
        for (String piece : capped(s)) {
          out.add(new Sentence(piece, paragraph));
        }
      }
      paragraph++;
    }
    return out;
  }

  static List<String> splitLine(String p) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c != '.' && c != '!' && c != '?') {
        continue;
      }
      int j = i + 1;
      while (j < p.length() && "\"”')»".indexOf(p.charAt(j)) >= 0) {
        j++;
      }
      if (j >= p.length() || !Character.isWhitespace(p.charAt(j))) {
        continue;
      }
      int k = j;
      while (k < p.length() && Character.isWhitespace(p.charAt(k))) {
        k++;
      }
      if (k >= p.length()) {
        break;
      }
      char next = p.charAt(k);
      if (!(Character.isUpperCase(next) || Character.isDigit(next) || "\"“'(«".indexOf(next) >= 0)) {
        continue;
      }
      if (c == '.' && isAbbreviation(p, i)) {
        continue;
      }
      out.add(p.substring(start, j).strip());
      start = k;
    }
    if (start < p.length()) {
      out.add(p.substring(start).strip());
    }
    return out;
  }

  /**
   * A run-on "sentence" (a table, a list without full stops, garbage) is cut into pieces at
   * whitespace so that evidence stays readable and within the facts schema's limit.
   */
  static List<String> capped(String sentence) {
    if (sentence.length() <= MAX_SENTENCE) {
      return List.of(sentence);
    }
    List<String> out = new ArrayList<>();
    int start = 0;
    while (sentence.length() - start > MAX_SENTENCE) {
      int cut = start + MAX_SENTENCE;
      int space = cut;
      while (space > start + MAX_SENTENCE / 2 && !Character.isWhitespace(sentence.charAt(space))) {
        space--;
      }
      if (space > start + MAX_SENTENCE / 2) {
        cut = space;
      } else if (Character.isLowSurrogate(sentence.charAt(cut))) {
        cut--;
      }
      String piece = sentence.substring(start, cut).strip();
      if (!piece.isEmpty()) {
        out.add(piece);
      }
      start = cut;
    }
    String rest = sentence.substring(start).strip();
    if (!rest.isEmpty()) {
      out.add(rest);
    }
    return out;
  }

  private static boolean isAbbreviation(String p, int dot) {
    int b = dot;
    while (b > 0 && (Character.isLetter(p.charAt(b - 1)) || p.charAt(b - 1) == '.')) {
      b--;
    }
    String word = p.substring(b, dot);
    if (word.isEmpty()) {
      return false;
    }
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true; // an initial: "John F. Kennedy"
    }
    if (word.matches("(?:\\p{Lu}\\.)+\\p{Lu}")) {
      return true; // initials: "M.K. Stalin"
    }
    return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }
}
