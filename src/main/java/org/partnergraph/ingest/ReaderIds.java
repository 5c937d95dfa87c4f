package org.partnergraph.ingest;

import java.nio.file.Path;
import org.partnergraph.model.Ids;

/** Article ids for inputs that carry none: the file name, or a digest of what identifies it. */
final class ReaderIds {
  private ReaderIds() {}

  static String fromFile(Path file) {
    return ArticleReader.stem(file);
  }

  static String fromContent(String urlOrText) {
    return "sha-" + Ids.hash(urlOrText).substring(0, 16);
  }
}
