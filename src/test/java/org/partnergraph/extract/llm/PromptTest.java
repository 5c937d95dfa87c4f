package org.partnergraph.extract.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.partnergraph.extract.annotation.Gold;
import org.partnergraph.model.EntityType;
import org.partnergraph.model.MetricKind;
import org.partnergraph.model.PartnershipKind;
import org.partnergraph.model.PartnershipStatus;

/** The prompt resources agree with the schema in code, and the example teaches what the guards demand. */
class PromptTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void changedPromptFilesNeedANewVersion() throws Exception {
    java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
    for (String file : List.of("system.md", "examples.json", "answer.schema.json")) {
      try (InputStream in = PromptTest.class.getResourceAsStream("/llm/" + file)) {
        sha.update(in.readAllBytes());
      }
    }
    java.util.Properties declared = new java.util.Properties();
    try (InputStream in = PromptTest.class.getResourceAsStream("/llm/prompt.properties")) {
      declared.load(in);
    }
    assertThat(java.util.HexFormat.of().formatHex(sha.digest()))
        .as("the prompt files changed: bump version in llm/prompt.properties (it keys the answer cache and the extractor's version) and set files-sha256 to this")
        .isEqualTo(declared.getProperty("files-sha256"));
  }

  @Test
  void theAnswerSchemaOffersExactlyTheVocabularyTheParserAccepts() throws Exception {
    JsonNode props = resource("answer.schema.json").path("properties");
    assertThat(enumOf(props.path("entities"), "type")).containsExactlyInAnyOrderElementsOf(
        Arrays.stream(EntityType.values()).filter(t -> t != EntityType.PARTNERSHIP && t != EntityType.METRIC).map(EntityType::label).toList());
    assertThat(enumOf(props.path("relations"), "type")).containsExactlyInAnyOrderElementsOf(
        Gold.ANNOTATED_RELATIONS.stream().map(Enum::name).toList());
    assertThat(enumOf(props.path("partnerships"), "status")).containsExactlyInAnyOrderElementsOf(lower(PartnershipStatus.values()));
    assertThat(enumOf(props.path("partnerships"), "kind")).containsExactlyInAnyOrderElementsOf(lower(PartnershipKind.values()));
    assertThat(enumOf(props.path("metrics"), "kind")).containsExactlyInAnyOrderElementsOf(lower(MetricKind.values()));
  }

  @Test
  void everyFewShotExampleComesFromTheDevSplitAndPassesTheGuardsWhole() throws Exception {
    Map<String, String> devArticlesByHeadline = new HashMap<>();
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/eval/dev/articles"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        devArticlesByHeadline.put(Files.readAllLines(f).get(0), Files.readString(f));
      }
    }
    JsonNode examples = resource("examples.json").path("examples");
    assertThat(examples).isNotEmpty();
    for (JsonNode example : examples) {
      String article = example.path("article").asText();
      String headline = article.lines().findFirst().orElseThrow();
      assertThat(devArticlesByHeadline).containsKey(headline);
      // an excerpt keeps whole paragraphs verbatim, so the example never teaches text the split lacks
      for (String paragraph : article.split("\n\n")) {
        assertThat(devArticlesByHeadline.get(headline)).as("paragraph of the example for %s", headline).contains(paragraph);
      }
      List<Guard> dropped = new ArrayList<>();
      Gold answer = Gold.parse(example.path("answer"), "example", what -> dropped.add(Guard.OUTSIDE_SCHEMA));
      Gold kept = new Guards(article, org.partnergraph.reference.ReferenceData.bundled(), dropped::add).apply(answer);
      assertThat(dropped).isEmpty();
      assertThat(kept).isEqualTo(answer);
    }
  }

  private static List<String> enumOf(JsonNode arrayProperty, String field) {
    List<String> out = new ArrayList<>();
    arrayProperty.path("items").path("properties").path(field).path("enum").forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<String> lower(Enum<?>[] values) {
    return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
  }

  private static JsonNode resource(String name) throws Exception {
    try (InputStream in = PromptTest.class.getResourceAsStream("/llm/" + name)) {
      return JSON.readTree(in);
    }
  }
}
