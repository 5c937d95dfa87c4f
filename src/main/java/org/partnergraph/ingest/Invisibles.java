package org.partnergraph.ingest;

import java.util.regex.Pattern;

/**
 * Characters a reader does not see but a matcher does: a zero-width joiner inside a name
 * ({@code Gee\u200Dly}) must not cut it to "Gee", a soft hyphen must not split a word, and a
 * control character in a title must not make an RDF/XML export fail. Format characters go;
 * control characters other than line ends and tabs become spaces.
 */
final class Invisibles {
  private static final Pattern FORMAT = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

  private Invisibles() {}

  static String strip(String s) {
    if (s == null) {
      return null;
    }
    return CONTROL.matcher(FORMAT.matcher(s).replaceAll("")).replaceAll(" ");
  }
}
