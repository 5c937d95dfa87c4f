package org.partnergraph.extract.tokens;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.partnergraph.extract.Lexicon;
import org.partnergraph.extract.Lexicon.Entry;
import org.partnergraph.extract.Lexicon.Family;
import org.partnergraph.reference.Token;

/**
 * A token as the rules see it: the word exactly as the sentence writes it, its lower-case form, its
 * shape, whether it touches the token before it ({@code glued}: "China-Russia" is three glued
 * tokens, which a rule can tell from "China - Russia"), whether exactly one space sets it off from
 * the token before ({@code one-space}: a regex's {@code [ -]} between a name's words, which a tab or
 * two spaces fail), and the lexicon phrases that start at it.
 * Offsets are characters of the sentence.
 *
 * @param phrases the entries of the families the rules read whose phrase, in any case, starts here
 *     and ends at the end of a token; each with the text as written, so a test can ask for a case
 * @param phrasesEndingInsideAWord those whose phrase starts here and ends inside a word ("south" in
 *     "southern"), each with the tokens it touches, for a test that reads a word's start
 */
public record RuleToken(String word, String lower, String shape, int start, int end, boolean glued, boolean oneSpaceBefore, List<Phrase> phrases,
    List<Phrase> phrasesEndingInsideAWord) {
  /** A lexicon entry found in the sentence: how many tokens it covers and how the sentence writes it. */
  public record Phrase(Family family, Entry entry, int tokens, String written) {}

  private static final int SHAPE_RUN = 4;

  /**
   * The tokens of a sentence, cut as {@link Token#of} cuts them (a word is a run of letters, marks
   * and digits; every other non-space character is a token of its own), with the phrases of
   * {@code families} found on them, and those of {@code wordStartFamilies} that end inside a word.
   */
  public static List<RuleToken> of(String sentence, Lexicon lexicon, Set<Family> families, Set<Family> wordStartFamilies) {
    List<Token> cut = Token.of(sentence);
    int[] tokenEndingAt = new int[sentence.length() + 1];
    Arrays.fill(tokenEndingAt, -1);
    for (int i = 0; i < cut.size(); i++) {
      tokenEndingAt[cut.get(i).end()] = i;
    }
    List<RuleToken> out = new ArrayList<>(cut.size());
    for (int i = 0; i < cut.size(); i++) {
      Token t = cut.get(i);
      String word = sentence.substring(t.start(), t.end());
      boolean glued = i > 0 && cut.get(i - 1).end() == t.start();
      boolean oneSpaceBefore = i > 0 && cut.get(i - 1).end() == t.start() - 1 && sentence.charAt(t.start() - 1) == ' ';
      out.add(new RuleToken(word, word.toLowerCase(Locale.ROOT), shape(word), t.start(), t.end(), glued, oneSpaceBefore,
          phrasesAt(sentence, t.start(), i, tokenEndingAt, lexicon, families), phrasesEndingInsideAWord(sentence, cut, i, lexicon, wordStartFamilies)));
    }
    return List.copyOf(out);
  }

  /** @param tokenEndingAt the index of the token ending at each character offset, -1 where none ends */
  private static List<Phrase> phrasesAt(String sentence, int start, int index, int[] tokenEndingAt, Lexicon lexicon, Set<Family> families) {
    List<Phrase> found = new ArrayList<>();
    for (Family family : families) {
      for (Entry e : lexicon.entriesStartingLike(family, sentence.charAt(start))) {
        String phrase = e.phrase();
        int end = start + phrase.length();
        int last = end < tokenEndingAt.length ? tokenEndingAt[end] : -1;
        if (last >= 0 && sentence.regionMatches(true, start, phrase, 0, phrase.length())) {
          found.add(new Phrase(family, e, last - index + 1, sentence.substring(start, end)));
        }
      }
    }
    return List.copyOf(found);
  }

  /** The phrases that start at token {@code index} and end inside a word, each with the tokens it touches. */
  private static List<Phrase> phrasesEndingInsideAWord(String sentence, List<Token> cut, int index, Lexicon lexicon, Set<Family> families) {
    int start = cut.get(index).start();
    List<Phrase> found = new ArrayList<>();
    for (Family family : families) {
      for (Entry e : lexicon.entriesStartingLike(family, sentence.charAt(start))) {
        String phrase = e.phrase();
        int end = start + phrase.length();
        if (!sentence.regionMatches(true, start, phrase, 0, phrase.length())) {
          continue;
        }
        int last = index;
        while (last + 1 < cut.size() && cut.get(last + 1).start() < end) {
          last++;
        }
        if (cut.get(last).end() > end) {
          found.add(new Phrase(family, e, last - index + 1, sentence.substring(start, end)));
        }
      }
    }
    return List.copyOf(found);
  }

  /**
   * The word's shape: upper-case letters as X, lower-case as x, digits as d, anything else as
   * itself, a run of one kind cut at four ("Kazan" → Xxxxx is Xxxx, "2024" → dddd, "U.S." → X.X.).
   */
  static String shape(String word) {
    StringBuilder out = new StringBuilder();
    char previous = 0;
    int run = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      char kind = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
      run = kind == previous ? run + 1 : 1;
      previous = kind;
      if (run <= SHAPE_RUN) {
        out.append(kind);
      }
    }
    return out.toString();
  }

  /** The shape with every run cut to one ("Xxxx" → Xx, "X.X." stays): a capitalised word of any length is Xx. */
  public String shortShape() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < shape.length(); i++) {
      if (i == 0 || shape.charAt(i) != shape.charAt(i - 1)) {
        out.append(shape.charAt(i));
      }
    }
    return out.toString();
  }
}
