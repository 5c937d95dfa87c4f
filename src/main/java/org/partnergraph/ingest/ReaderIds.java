package org.partnergraph.ingest;

import java.nio.file.Path;
import org.partnergraph.model.Ids;
import org.partnergraph.model.InputException;
import org.partnergraph.model.Names;

/** Article ids for inputs that carry none: the file name, or a digest of what identifies it. */
final class ReaderIds {
  private ReaderIds() {}

  static String fromFile(Path file) {
    return checked(file.toString(), ArticleReader.stem(file));
  }

  /**
   * The id as given, or a rejection when it holds a character that no RDF syntax can carry (a
   * control character, an unpaired surrogate): the id is part of every IRI the article mints.
   */
  static String checked(String where, String id) {
    int at = Names.firstUnstorable(id);
    if (at >= 0) {
      throw new InputException(where, "article id has the control character " + Names.codePoint(id, at) + " at position " + at
          + ", which no export format can carry; give the article an id without it");
    }
    return id;
  }

  static String fromContent(String urlOrText) {
    return "sha-" + Ids.hash(urlOrText).substring(0, 16);
  }
}
