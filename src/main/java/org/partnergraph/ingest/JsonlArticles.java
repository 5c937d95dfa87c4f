package org.partnergraph.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.partnergraph.model.Article;
import org.partnergraph.model.InputException;

/**
 * JSON Lines feeds, one article per line with {@code id, title, text, url, source, published}.
 * A bad line is rejected with its line number; the lines around it are still read.
 */
final class JsonlArticles {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Calls {@code articles} with each line's article and the digest of the line as read. */
  void parse(Path file, byte[] bytes, int maxLineBytes, java.util.function.BiConsumer<Article, String> articles, Consumer<InputException> rejections) {
    String text = TextDecoder.decode(file.toString(), bytes);
    String[] lines = text.split("\n", -1);
    Set<String> seen = new HashSet<>();
    int read = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      String where = file + ":" + (i + 1);
      try {
        if (line.length() > maxLineBytes) {
          throw new InputException(where, "line is over the limit of " + maxLineBytes + " characters (--max-article-bytes)");
        }
        Article a = parseLine(where, line);
        if (!seen.add(a.id())) {
          throw new InputException(where, "duplicate article id '" + a.id() + "' in this file");
        }
        read++;
        articles.accept(a, org.partnergraph.model.Ids.hash(line));
      } catch (InputException e) {
        rejections.accept(e);
      }
    }
    if (read == 0 && seen.isEmpty() && text.isBlank()) {
      throw new InputException(file.toString(), "empty file");
    }
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
