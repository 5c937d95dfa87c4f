package org.partnergraph.ingest;

/** A title for an article that has none: its lead sentence, cut at a word boundary. */
final class Titles {
  private static final int MAX = 120;

  private Titles() {}

  static String fromLead(String lead) {
    String s = lead.strip();
    int end = s.indexOf(". ");
    if (end > 0 && end < MAX) {
      return s.substring(0, end);
    }
    if (s.length() <= MAX) {
      return s;
    }
    int cut = s.lastIndexOf(' ', MAX);
    return s.substring(0, cut > 40 ? cut : MAX) + "…";
  }
}
