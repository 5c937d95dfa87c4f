package org.partnergraph.model;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The one normal form of names and of the text they are matched in: characters a reader does not
 * see but a matcher does go (a zero-width joiner inside {@code Gee\u200Dly} must not cut it to
 * "Gee"), and compatibility forms become their plain letters (NFKC: full-width {@code Ｇｅｅｌｙ} is
 * {@code Geely}), so one name has one spelling in the graph whatever the source typed.
 */
public final class Names {
  private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");

  private Names() {}

  /** {@code s} without zero-width and soft-hyphen characters, in NFKC; null stays null. */
  public static String normal(String s) {
    return form(s, Normalizer.Form.NFKC);
  }

  /**
   * The text names are matched in: without zero-width and soft-hyphen characters and composed
   * (NFC: {@code İ} is {@code İ}), but with its compatibility characters kept, because a
   * sentence splitter and the figure rules read them ({@code …}, {@code km²}, {@code ½}).
   */
  public static String text(String s) {
    return form(s, Normalizer.Form.NFC);
  }

  private static String form(String s, Normalizer.Form form) {
    if (s == null) {
      return null;
    }
    String visible = INVISIBLE.matcher(s).replaceAll("");
    return Normalizer.isNormalized(visible, form) ? visible : Normalizer.normalize(visible, form);
  }

  /**
   * The index of the first character no RDF syntax can carry (a control character other than tab,
   * line feed and carriage return, an unpaired surrogate, U+FFFE or U+FFFF), or -1: values holding
   * one are rejected or cleaned at load, so that every export format writes and re-reads them.
   */
  public static int firstUnstorable(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
        continue;
      }
      boolean control = Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
      if (control || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
        return i;
      }
    }
    return -1;
  }

  /** How a message names the character at {@code i}: {@code U+0000}. */
  public static String codePoint(String s, int i) {
    return String.format("U+%04X", (int) s.charAt(i));
  }
}
