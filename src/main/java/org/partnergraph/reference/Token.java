package org.partnergraph.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word or a punctuation mark with its character offsets in the sentence. */
public record Token(String text, int start, int end) {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+|[^\\s\\p{L}\\p{M}\\p{N}]");

  public String lower() {
    return text.toLowerCase(Locale.ROOT);
  }

  public boolean capitalized() {
    return Character.isUpperCase(text.codePointAt(0)) || Character.isDigit(text.codePointAt(0));
  }

  public static List<Token> of(String text) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(new Token(normalise(m.group()), m.start(), m.end()));
    }
    return out;
  }

  private static String normalise(String t) {
    return t.equals("’") || t.equals("‘") ? "'" : t;
  }
}
