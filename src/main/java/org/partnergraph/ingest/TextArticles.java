package org.partnergraph.ingest;

import java.nio.file.Path;
import org.partnergraph.model.Article;

/**
 * Plain-text articles: the first line is the headline when it looks like one; a first line that
 * is already a paragraph of the story stays in the body and also gives the title.
 */
final class TextArticles {
  private static final int MAX_HEADLINE = 200;

  Article parse(Path file, byte[] bytes) {
    String text = TextDecoder.decode(file.toString(), bytes).strip();
    int nl = text.indexOf('\n');
    String first = (nl < 0 ? text : text.substring(0, nl)).strip();
    String rest = nl < 0 ? "" : text.substring(nl + 1).strip();
    String title;
    String body;
    if (looksLikeHeadline(first) && !rest.isEmpty()) {
      title = first;
      body = rest;
    } else {
      title = Titles.fromLead(first);
      body = text;
    }
    return new Article(ReaderIds.fromFile(file), title, body, null, null, null, file.toString());
  }

  static boolean looksLikeHeadline(String line) {
    return line.length() <= MAX_HEADLINE && !line.matches(".*[.!?][\"”’)]?$");
  }
}
