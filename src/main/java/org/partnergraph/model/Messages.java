package org.partnergraph.model;

/** Messages quote what the input said; a newline in an article id must not split an error in two. */
public final class Messages {
  private Messages() {}

  /** {@code s} with control characters (and Unicode line separators) shown as escapes. */
  public static String oneLine(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
      if (control && b == null) {
        b = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      if (b == null) {
        continue;
      }
      switch (c) {
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> b.append(control ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return b == null ? s : b.toString();
  }

  /** A value too long to quote whole (a 9,000-character id): its start, and how long it is. */
  public static String shorten(String s) {
    if (s == null || s.length() <= 80) {
      return s;
    }
    return s.substring(0, 60) + String.format("… (%,d characters)", s.length());
  }
}
