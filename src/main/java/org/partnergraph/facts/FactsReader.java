package org.partnergraph.facts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.partnergraph.ingest.Lines;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.Entity;
import org.partnergraph.model.EntityId;
import org.partnergraph.model.InputException;
import org.partnergraph.model.Names;
import org.partnergraph.model.Relation;

/**
 * Reads facts files line by line, validating each line against {@code facts.schema.json} and
 * checking what a schema cannot (ids match their types, relations join entities of the same
 * line). A bad line is rejected with {@code file:line} and the reason; the others still load.
 */
public final class FactsReader {
  private final JsonSchema schema;

  public FactsReader() {
    try (InputStream in = FactsReader.class.getResourceAsStream("/ontology/facts.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("ontology/facts.schema.json missing from the classpath");
      }
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads one line at a time, so a facts file larger than the heap loads too. */
  public void read(Path file, Consumer<ArticleFacts> facts, Consumer<InputException> rejections) {
    Lines.read(file, MAX_LINE_BYTES, "the facts format's limit per article line", (where, line) -> {
      try {
        facts.accept(parse(where, line));
      } catch (InputException e) {
        rejections.accept(e);
      }
    }, rejections);
  }

  /**
   * Rejects a line with a value no RDF syntax can carry (a control character, an unpaired
   * surrogate), naming the field: loaded, it would make {@code export --format rdfxml} fail.
   */
  private static void unstorable(String where, JsonNode node, String path) {
    if (node.isTextual()) {
      int at = Names.firstUnstorable(node.textValue());
      if (at >= 0) {
        throw new InputException(where, "\"" + path + "\" has the control character " + Names.codePoint(node.textValue(), at)
            + " at position " + at + ", which no export format can carry");
      }
    } else if (node.isObject()) {
      node.properties().forEach(e -> {
        String field = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        unstorable(where, new com.fasterxml.jackson.databind.node.TextNode(e.getKey()), field);
        unstorable(where, e.getValue(), field);
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        unstorable(where, node.get(i), path + "[" + i + "]");
      }
    }
  }

  /**
   * A facts line is one article's facts: 5,000 facts (--max-facts-per-article) with their
   * evidence sentences fit in a few megabytes, so a longer line is not a real article's.
   */
  private static final int MAX_LINE_BYTES = 32 * 1024 * 1024;

  ArticleFacts parse(String where, String line) {
    JsonNode node;
    try {
      node = FactsJson.JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new InputException(where, "malformed JSON: " + e.getOriginalMessage());
    }
    Set<ValidationMessage> errors = schema.validate(node);
    if (!errors.isEmpty()) {
      String reasons = errors.stream().map(ValidationMessage::getMessage).sorted().limit(3).collect(Collectors.joining("; "));
      throw new InputException(where, "does not match facts.schema.json: " + reasons);
    }
    unstorable(where, node, "");
    ArticleFacts facts = FactsJson.fromTree(node, where);
    Set<String> ids = new HashSet<>();
    for (Entity e : facts.entities()) {
      if (!EntityId.isOf(e.id(), e.type())) {
        throw new InputException(where, "entity id '" + e.id() + "' should start with '" + e.type().idPrefix() + "/' for type " + e.type().label());
      }
      ids.add(e.id());
    }
    for (Relation r : facts.relations()) {
      for (String end : new String[] {r.from(), r.to()}) {
        if (!ids.contains(end)) {
          throw new InputException(where, r.type() + " refers to '" + end + "', which is not among this line's entities");
        }
      }
    }
    return facts;
  }
}
