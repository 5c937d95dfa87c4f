package org.partnergraph.extract.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The request sent for one article: the system prompt, the few-shot examples and the answer's JSON
 * schema, all read from {@code src/main/resources/llm} and versioned together by
 * {@code prompt.properties}, so a changed prompt is a new cache key and a new extractor version.
 */
final class Prompt {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String version;
  private final double confidence;
  private final double temperature;
  private final String system;
  private final JsonNode examples;
  private final JsonNode schema;

  private Prompt(Properties properties, String system, JsonNode examples, JsonNode schema) {
    this.version = properties.getProperty("version");
    this.confidence = Double.parseDouble(properties.getProperty("confidence"));
    this.temperature = Double.parseDouble(properties.getProperty("temperature"));
    this.system = system;
    this.examples = examples.path("examples");
    this.schema = schema;
  }

  static Prompt bundled() {
    Properties p = new Properties();
    try (InputStream in = resource("prompt.properties")) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      return new Prompt(p, text("system.md"), JSON.readTree(resource("examples.json")), JSON.readTree(resource("answer.schema.json")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String version() {
    return version;
  }

  double confidence() {
    return confidence;
  }

  /** The chat completion request for one part of an article. */
  ObjectNode request(String model, String articleText) {
    ObjectNode request = JSON.createObjectNode();
    request.put("model", model);
    request.put("temperature", temperature);
    ArrayNode messages = request.putArray("messages");
    messages.addObject().put("role", "system").put("content", system);
    for (JsonNode example : examples) {
      messages.addObject().put("role", "user").put("content", userMessage(example.path("article").asText()));
      messages.addObject().put("role", "assistant").put("content", example.path("answer").toString());
    }
    messages.addObject().put("role", "user").put("content", userMessage(articleText));
    ObjectNode format = request.putObject("response_format");
    format.put("type", "json_schema");
    ObjectNode jsonSchema = format.putObject("json_schema");
    jsonSchema.put("name", "partnergraph_annotation");
    jsonSchema.put("strict", true);
    jsonSchema.set("schema", schema);
    return request;
  }

  private static String userMessage(String articleText) {
    return "Article:\n\n" + articleText;
  }

  private static InputStream resource(String name) {
    InputStream in = Prompt.class.getResourceAsStream("/llm/" + name);
    if (in == null) {
      throw new IllegalStateException("llm prompt file missing from the classpath: /llm/" + name);
    }
    return in;
  }

  private static String text(String name) throws IOException {
    try (InputStream in = resource(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
