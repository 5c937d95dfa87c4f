package org.partnergraph.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.partnergraph.model.Article;
import org.partnergraph.model.Ids;
import org.partnergraph.model.InputException;

/**
 * JSON Lines feeds, one article per line with {@code id, title, text, url, source, published}.
 * A bad line is rejected with its line number; the lines around it are still read. The file is
 * streamed, never held whole.
 */
final class JsonlArticles {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Calls {@code articles} with each line's article and the digest of the line as read, one line
   * at a time (a feed larger than the heap is fine); a line that is not an article goes to
   * {@code rejections} with its {@code file:line}.
   */
  void parse(Path file, int maxLineBytes, BiConsumer<Article, String> articles, Consumer<InputException> rejections) {
    Lines.read(file, maxLineBytes, "--max-article-bytes", (where, raw) -> {
      String line = raw.strip();
      Article a;
      try {
        a = parseLine(where, line);
      } catch (InputException e) {
        rejections.accept(e);
        return;
      }
      articles.accept(a, Ids.hash(line));
    }, rejections);
  }

  static Article parseLine(String where, String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new InputException(where, "malformed JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new InputException(where, "expected a JSON object with at least \"text\"");
    }
    String body = string(where, node, "text");
    if (body == null || body.isBlank()) {
      throw new InputException(where, "missing or empty \"text\"");
    }
    String url = string(where, node, "url");
    String id = string(where, node, "id");
    if (id == null || id.isBlank()) {
      id = ReaderIds.fromContent(url != null ? url : body);
    }
    ReaderIds.checked(where, id);
    String title = string(where, node, "title");
    if (title == null || title.isBlank()) {
      title = Titles.fromLead(body);
    }
    String published = Dates.isoDate(where, string(where, node, "published"));
    String normalised = body.replace("\r\n", "\n").replace('\r', '\n');
    return new Article(id, title.strip(), normalised, url, string(where, node, "source"), published, where);
  }

  private static String string(String where, JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual() && !(v.isNumber() && field.equals("id"))) {
      throw new InputException(where, "\"" + field + "\" should be a string, got " + v.getNodeType().name().toLowerCase());
    }
    return v.asText();
  }
}
