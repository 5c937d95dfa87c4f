package org.partnergraph.ingest;

import java.util.regex.Pattern;
import org.partnergraph.model.Names;

/**
 * Characters a reader does not see but a matcher or an export does: text is put in the form
 * names are matched in ({@link Names#text}: zero-width characters removed, NFC), and a control
 * character, an unpaired surrogate or a non-character in a title must not make an RDF/XML export
 * fail, so control characters other than line ends and tabs become spaces and the others go.
 */
final class Invisibles {
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
  private static final Pattern UNPAIRED = Pattern.compile("[\\uFFFE\\uFFFF]|\\p{Cs}");

  private Invisibles() {}

  static String strip(String s) {
    if (s == null) {
      return null;
    }
    String normal = Names.text(s);
    return UNPAIRED.matcher(CONTROL.matcher(normal).replaceAll(" ")).replaceAll("");
  }
}
