package org.partnergraph.extract.annotation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.partnergraph.model.EntityType;
import org.partnergraph.model.InputException;
import org.partnergraph.model.MetricKind;
import org.partnergraph.model.PartnershipKind;
import org.partnergraph.model.PartnershipStatus;
import org.partnergraph.model.RelationType;

/**
 * What one article says in the annotation format of {@code src/test/resources/eval/README.md}:
 * names rather than ids, so that gold files stay readable and independent of how an extractor keys
 * its entities. People write it (gold files) and so do language models (their answers, where every
 * relation, partnership and figure also quotes its {@code evidence}); {@link AnnotationFacts} turns
 * either into facts.
 */
public record Gold(
    String article, List<GoldEntity> entities, List<GoldRelation> relations,
    List<GoldPartnership> partnerships, List<GoldMetric> metrics) {

  public Gold {
    entities = List.copyOf(entities);
    relations = List.copyOf(relations);
    partnerships = List.copyOf(partnerships);
    metrics = List.copyOf(metrics);
  }

  public record GoldEntity(EntityType type, String name, List<String> aliases, String operator, String location) {
    /** The name and every alias. */
    public List<String> names() {
      List<String> all = new ArrayList<>(aliases);
      all.add(0, name);
      return all;
    }
  }

  /** @param evidence the quote that states the relation, or {@code null} (gold files need none) */
  public record GoldRelation(RelationType type, String from, String to, String evidence) {
    public GoldRelation(RelationType type, String from, String to) {
      this(type, from, to, null);
    }
  }

  public record GoldPartnership(List<String> parties, String partnerCountry, String status, String kind, String evidence) {
    public GoldPartnership(List<String> parties, String partnerCountry, String status, String kind) {
      this(parties, partnerCountry, status, kind, null);
    }
  }

  public record GoldMetric(String subject, double value, String unit, String kind, String evidence) {
    public GoldMetric(String subject, double value, String unit, String kind) {
      this(subject, value, unit, kind, null);
    }
  }

  /** The same annotation with other lists (what the guards let through). */
  public Gold with(List<GoldEntity> keptEntities, List<GoldRelation> keptRelations,
      List<GoldPartnership> keptPartnerships, List<GoldMetric> keptMetrics) {
    return new Gold(article, keptEntities, keptRelations, keptPartnerships, keptMetrics);
  }

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

  /** One gold file; a type outside the schema is the annotator's mistake and fails the file. */
  public static Gold read(Path file) {
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new InputException(file.toString(), "not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
    }
    try {
      return parse(root, file.getFileName().toString().replace(".gold.json", ""), null);
    } catch (IllegalArgumentException e) {
      throw new InputException(file.toString(), e.getMessage());
    }
  }

  /**
   * The annotation in {@code root}. With {@code outsideSchema} null, a type outside the schema
   * throws (a gold file); otherwise that item is left out and described to {@code outsideSchema}
   * (a model's answer, where such an item is counted, not fatal), and statuses, kinds and metric
   * kinds are held to the schema too.
   */
  public static Gold parse(JsonNode root, String fallbackArticle, Consumer<String> outsideSchema) {
    boolean lenient = outsideSchema != null;
    List<GoldEntity> entities = new ArrayList<>();
    for (JsonNode e : root.path("entities")) {
      String type = e.path("type").asText();
      EntityType parsed = lenient ? entityTypeOrNull(type) : entityType(type);
      if (parsed == null || (lenient && (parsed == EntityType.PARTNERSHIP || parsed == EntityType.METRIC))) {
        outsideSchema.accept("entity type '" + type + "'");
        continue;
      }
      entities.add(new GoldEntity(parsed, e.path("name").asText(), strings(e.path("aliases")),
          textOrNull(e.get("operator")), textOrNull(e.get("location"))));
    }
    List<GoldRelation> relations = new ArrayList<>();
    for (JsonNode r : root.path("relations")) {
      String type = r.path("type").asText();
      RelationType parsed = lenient ? annotatedRelationOrNull(type) : RelationType.valueOf(type);
      if (parsed == null) {
        outsideSchema.accept("relation type '" + type + "'");
        continue;
      }
      relations.add(new GoldRelation(parsed, r.path("from").asText(), r.path("to").asText(), textOrNull(r.get("evidence"))));
    }
    List<GoldPartnership> partnerships = new ArrayList<>();
    for (JsonNode p : root.path("partnerships")) {
      String status = p.path("status").asText().toLowerCase(Locale.ROOT);
      String kind = p.path("kind").asText().toLowerCase(Locale.ROOT);
      if (lenient && (!isOneOf(status, PartnershipStatus.class) || !isOneOf(kind, PartnershipKind.class))) {
        outsideSchema.accept("partnership status '" + status + "' or kind '" + kind + "'");
        continue;
      }
      partnerships.add(new GoldPartnership(strings(p.path("parties")), textOrNull(p.get("partnerCountry")), status, kind,
          textOrNull(p.get("evidence"))));
    }
    List<GoldMetric> metrics = new ArrayList<>();
    for (JsonNode m : root.path("metrics")) {
      String kind = m.path("kind").asText("actual").toLowerCase(Locale.ROOT);
      if (lenient && (!isOneOf(kind, MetricKind.class) || !m.path("value").isNumber())) {
        outsideSchema.accept("figure kind '" + kind + "' or value '" + m.path("value").asText() + "'");
        continue;
      }
      metrics.add(new GoldMetric(m.path("subject").asText(), m.path("value").asDouble(), m.path("unit").asText(), kind,
          textOrNull(m.get("evidence"))));
    }
    String article = root.path("article").asText(fallbackArticle);
    return new Gold(article == null || article.isBlank() ? fallbackArticle : article, entities, relations, partnerships, metrics);
  }

  private static EntityType entityType(String name) {
    return EntityType.valueOf(name.toUpperCase(Locale.ROOT));
  }

  private static EntityType entityTypeOrNull(String name) {
    try {
      return entityType(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The relations an annotation states; the others (a region's country, a partnership's parties, a
   * figure's owner) come from reference data or from the partnership and figure entries.
   */
  public static final Set<RelationType> ANNOTATED_RELATIONS = EnumSet.of(RelationType.GOVERNS, RelationType.VISITED,
      RelationType.INVITED, RelationType.SPOKE_AT, RelationType.ATTENDED, RelationType.HELD_IN, RelationType.OPERATES,
      RelationType.OWNS_BRAND, RelationType.LOCATED_IN);

  private static RelationType annotatedRelationOrNull(String name) {
    for (RelationType t : ANNOTATED_RELATIONS) {
      if (t.name().equals(name)) {
        return t;
      }
    }
    return null;
  }

  private static <E extends Enum<E>> boolean isOneOf(String value, Class<E> vocabulary) {
    for (E e : vocabulary.getEnumConstants()) {
      if (e.name().toLowerCase(Locale.ROOT).equals(value)) {
        return true;
      }
    }
    return false;
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
