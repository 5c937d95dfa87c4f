package org.partnergraph.extract.llm;

import java.util.ArrayList;
import java.util.List;

/**
 * An article cut on paragraph boundaries into parts no longer than a model's budget, so a long
 * story is read whole, part by part, instead of cut off. A single paragraph longer than the budget
 * is cut on sentence ends, then hard, as a last resort.
 */
final class Paragraphs {
  private Paragraphs() {}

  static List<String> split(String text, int maxChars) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    for (String paragraph : text.split("\\n\\s*\\n|\\n")) {
      if (paragraph.isBlank()) {
        continue;
      }
      for (String piece : pieces(paragraph.strip(), maxChars)) {
        if (part.length() > 0 && part.length() + 2 + piece.length() > maxChars) {
          parts.add(part.toString());
          part.setLength(0);
        }
        if (part.length() > 0) {
          part.append("\n\n");
        }
        part.append(piece);
      }
    }
    if (part.length() > 0) {
      parts.add(part.toString());
    }
    return parts;
  }

  private static List<String> pieces(String paragraph, int maxChars) {
    List<String> out = new ArrayList<>();
    String rest = paragraph;
    while (rest.length() > maxChars) {
      int cut = rest.lastIndexOf(". ", maxChars - 1);
      cut = cut > maxChars / 4 ? cut + 1 : maxChars;
      out.add(rest.substring(0, cut).strip());
      rest = rest.substring(cut).strip();
    }
    if (!rest.isEmpty()) {
      out.add(rest);
    }
    return out;
  }
}
