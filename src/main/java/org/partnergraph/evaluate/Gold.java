package org.partnergraph.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.partnergraph.model.EntityType;
import org.partnergraph.model.InputException;
import org.partnergraph.model.RelationType;

/**
 * What a perfect extractor finds in one article, as a person annotated it: names rather than ids,
 * so that gold files stay readable and independent of how an extractor keys its entities. The
 * format is described in {@code src/test/resources/eval/README.md}.
 */
public record Gold(
    String article, List<GoldEntity> entities, List<GoldRelation> relations,
    List<GoldPartnership> partnerships, List<GoldMetric> metrics) {

  public record GoldEntity(EntityType type, String name, List<String> aliases, String operator, String location) {
    /** The name and every alias. */
    public List<String> names() {
      List<String> all = new ArrayList<>(aliases);
      all.add(0, name);
      return all;
    }
  }

  public record GoldRelation(RelationType type, String from, String to) {}

  public record GoldPartnership(List<String> parties, String partnerCountry, String status, String kind) {}

  public record GoldMetric(String subject, double value, String unit, String kind) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every {@code *.gold.json} under {@code dir} (or {@code dir/gold}), sorted by name. */
  public static List<Gold> readAll(Path dir) {
    Path folder = Files.isDirectory(dir.resolve("gold")) ? dir.resolve("gold") : dir;
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> gold = files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
      if (gold.isEmpty()) {
        throw new InputException(folder.toString(), "no *.gold.json files");
      }
      return gold.stream().map(Gold::read).toList();
    } catch (IOException e) {
      throw new InputException(folder.toString(), "cannot list: " + e.getMessage());
    }
  }

  static Gold read(Path file) {
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new InputException(file.toString(), "not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
    }
    try {
      List<GoldEntity> entities = new ArrayList<>();
      for (JsonNode e : root.path("entities")) {
        entities.add(new GoldEntity(entityType(e.path("type").asText()), e.path("name").asText(), strings(e.path("aliases")),
            textOrNull(e.get("operator")), textOrNull(e.get("location"))));
      }
      List<GoldRelation> relations = new ArrayList<>();
      for (JsonNode r : root.path("relations")) {
        relations.add(new GoldRelation(RelationType.valueOf(r.path("type").asText()), r.path("from").asText(), r.path("to").asText()));
      }
      List<GoldPartnership> partnerships = new ArrayList<>();
      for (JsonNode p : root.path("partnerships")) {
        partnerships.add(new GoldPartnership(strings(p.path("parties")), textOrNull(p.get("partnerCountry")),
            p.path("status").asText().toLowerCase(Locale.ROOT), p.path("kind").asText().toLowerCase(Locale.ROOT)));
      }
      List<GoldMetric> metrics = new ArrayList<>();
      for (JsonNode m : root.path("metrics")) {
        metrics.add(new GoldMetric(m.path("subject").asText(), m.path("value").asDouble(), m.path("unit").asText(),
            m.path("kind").asText("actual").toLowerCase(Locale.ROOT)));
      }
      String article = root.path("article").asText(file.getFileName().toString().replace(".gold.json", ""));
      return new Gold(article, entities, relations, partnerships, metrics);
    } catch (IllegalArgumentException e) {
      throw new InputException(file.toString(), e.getMessage());
    }
  }

  private static EntityType entityType(String name) {
    return EntityType.valueOf(name.toUpperCase(Locale.ROOT));
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static String textOrNull(JsonNode n) {
    return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText();
  }
}
