package org.partnergraph.extract.decide;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;

/**
 * A relation's confidence as the probability that its rule is right: the rule's precision on
 * articles the rules were not written for, shrunk toward the precision of all rules there so that
 * a rule seen a few times does not claim 0 or 1. A relation the model does not decide keeps the
 * rule's verdict; what changes is that its confidence now means what {@code --min-confidence}
 * assumes (of edges at 0.8, about 8 in 10 right), where a rule's hand-set confidence did not.
 *
 * @param rules what each rule's relations scored on those articles, by rule id
 * @param prior the precision of all rules' relations there, what an unseen rule gets
 * @param priorWeight how many relations' worth the prior counts for against a rule's own record
 */
public record RuleCalibration(Map<String, Tally> rules, double prior, double priorWeight) {
  /** How many of a rule's scored relations there were, and how many were right. */
  public record Tally(int scored, int right) {}

  /** No calibration: every relation keeps its rule's confidence. */
  public static final RuleCalibration NONE = new RuleCalibration(Map.of(), Double.NaN, 0);

  public RuleCalibration {
    rules = Map.copyOf(rules);
  }

  /** Calibration from each rule's record, with the pooled precision as prior. */
  public static RuleCalibration of(Map<String, Tally> rules, double priorWeight) {
    int scored = rules.values().stream().mapToInt(Tally::scored).sum();
    int right = rules.values().stream().mapToInt(Tally::right).sum();
    return scored == 0 ? NONE : new RuleCalibration(rules, (double) right / scored, priorWeight);
  }

  public boolean isEmpty() {
    return Double.isNaN(prior);
  }

  /** The probability that a relation this rule made is right; the rule's own confidence when there is no calibration. */
  public double probability(String rule, double ruleConfidence) {
    if (isEmpty()) {
      return ruleConfidence;
    }
    Tally r = rules.getOrDefault(rule, new Tally(0, 0));
    return (r.right() + priorWeight * prior) / (r.scored() + priorWeight);
  }

  void write(ObjectNode node) {
    node.put("prior", prior);
    node.put("priorWeight", priorWeight);
    ObjectNode byRule = node.putObject("rules");
    new TreeMap<>(rules).forEach((rule, r) -> byRule.putObject(rule).put("scored", r.scored()).put("right", r.right()));
  }

  static RuleCalibration read(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return NONE;
    }
    Map<String, Tally> rules = new TreeMap<>();
    node.path("rules").fields().forEachRemaining(f ->
        rules.put(f.getKey(), new Tally(f.getValue().path("scored").asInt(), f.getValue().path("right").asInt())));
    return new RuleCalibration(rules, node.path("prior").asDouble(), node.path("priorWeight").asDouble());
  }
}
