package org.partnergraph.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** True positives, false positives and misses in the four categories, per type, with the errors named. */
public final class Score {
  public final Tally entities = new Tally();
  public final Tally relations = new Tally();
  public final Tally partnerships = new Tally();
  /**
   * Partnerships matched on their parties and partner country alone, status aside: whether the
   * extractor found the cooperation, with how far it got scored apart ({@link #partnershipStatusRight}).
   */
  public final Tally partnershipParties = new Tally();
  public final Tally metrics = new Tally();
  /** Relations, partnerships and figures by the rule that produced them. */
  private final Map<String, RuleTally> rules = new TreeMap<>();
  /** One article's scored proposals, right or wrong, by relation key or entity id (not summed by {@link #add}). */
  private final Map<String, Boolean> labels = new java.util.LinkedHashMap<>();
  /** Each scored relation's stated confidence, and whether it was right, in order: how well confidences are calibrated. */
  private final List<Double> relationConfidences = new ArrayList<>();
  private final List<Boolean> relationsRight = new ArrayList<>();
  private int partnershipsFound;
  private int partnershipStatusRight;

  /** Adds another article's score to this one. */
  public void add(Score other) {
    entities.add(other.entities);
    relations.add(other.relations);
    partnerships.add(other.partnerships);
    partnershipParties.add(other.partnershipParties);
    partnershipsFound += other.partnershipsFound;
    partnershipStatusRight += other.partnershipStatusRight;
    metrics.add(other.metrics);
    other.rules.forEach((rule, t) -> rules.computeIfAbsent(rule, r -> new RuleTally()).add(t));
    relationConfidences.addAll(other.relationConfidences);
    relationsRight.addAll(other.relationsRight);
  }

  void partnershipStatus(boolean right) {
    partnershipsFound++;
    partnershipStatusRight += right ? 1 : 0;
  }

  /** Partnerships found on their parties (the true positives of {@link #partnershipParties}). */
  public int partnershipsFound() {
    return partnershipsFound;
  }

  /** Of the partnerships found on their parties, those whose status was right too. */
  public int partnershipStatusRight() {
    return partnershipStatusRight;
  }

  void relationJudged(double confidence, boolean right) {
    relationConfidences.add(confidence);
    relationsRight.add(right);
  }

  /** The mean squared gap between scored relations' confidences and whether they were right. */
  public double relationBrier() {
    return Calibration.brier(relationConfidences, relationsRight);
  }

  /** How far scored relations' confidences are from how often relations at that confidence were right. */
  public double relationCalibrationError() {
    return Calibration.expectedError(relationConfidences, relationsRight);
  }

  void label(String key, boolean right) {
    labels.putIfAbsent(key, right);
  }

  /**
   * Whether each scored relation (by {@code Relation.key()}), partnership and figure (by entity id)
   * of the article was right: the training labels of a learned decider.
   */
  public Map<String, Boolean> labels() {
    return java.util.Collections.unmodifiableMap(labels);
  }

  void ruleHit(String rule) {
    rules.computeIfAbsent(rule, r -> new RuleTally()).truePositives++;
  }

  void ruleFalsePositive(String rule, String article, String what) {
    RuleTally t = rules.computeIfAbsent(rule, r -> new RuleTally());
    t.falsePositives.add(article + ": " + what);
  }

  /** Each rule's predictions that were scored, by rule id. */
  public Map<String, RuleTally> rules() {
    return java.util.Collections.unmodifiableMap(rules);
  }

  /** What one rule predicted: how many were right, and each wrong one with its article. */
  public static final class RuleTally {
    private int truePositives;
    private final List<String> falsePositives = new ArrayList<>();

    void add(RuleTally other) {
      truePositives += other.truePositives;
      falsePositives.addAll(other.falsePositives);
    }

    public int predictions() {
      return truePositives + falsePositives.size();
    }

    public int truePositives() {
      return truePositives;
    }

    /** {@code article: what} for each false positive. */
    public List<String> falsePositives() {
      return List.copyOf(falsePositives);
    }

    public double precision() {
      return predictions() == 0 ? 1.0 : (double) truePositives / predictions();
    }
  }

  /** The categories (the four, and partnerships by their parties alone), always in this order (a report written from them is the same on every run). */
  public Map<String, Tally> categories() {
    Map<String, Tally> out = new java.util.LinkedHashMap<>();
    out.put("entities", entities);
    out.put("relations", relations);
    out.put("partnerships", partnerships);
    out.put("partnership parties", partnershipParties);
    out.put("figures", metrics);
    return out;
  }

  /** Counts for one category, overall and per type. */
  public static final class Tally {
    private final Map<String, int[]> byType = new TreeMap<>(); // tp, fp, fn
    private final List<String> falsePositives = new ArrayList<>();
    private final List<String> misses = new ArrayList<>();

    void hit(String type) {
      counts(type)[0]++;
    }

    void falsePositive(String type, String what) {
      counts(type)[1]++;
      falsePositives.add(type + ": " + what);
    }

    void miss(String type, String what) {
      counts(type)[2]++;
      misses.add(type + ": " + what);
    }

    private int[] counts(String type) {
      return byType.computeIfAbsent(type, t -> new int[3]);
    }

    void add(Tally other) {
      other.byType.forEach((t, c) -> {
        int[] mine = counts(t);
        for (int i = 0; i < 3; i++) {
          mine[i] += c[i];
        }
      });
      falsePositives.addAll(other.falsePositives);
      misses.addAll(other.misses);
    }

    public Prf overall() {
      int[] sum = new int[3];
      byType.values().forEach(c -> {
        for (int i = 0; i < 3; i++) {
          sum[i] += c[i];
        }
      });
      return new Prf(sum[0], sum[1], sum[2]);
    }

    public Map<String, Prf> byType() {
      Map<String, Prf> out = new TreeMap<>();
      byType.forEach((t, c) -> out.put(t, new Prf(c[0], c[1], c[2])));
      return out;
    }

    public List<String> falsePositives() {
      return List.copyOf(falsePositives);
    }

    public List<String> misses() {
      return List.copyOf(misses);
    }
  }

  /** Precision, recall and F1 from counts; an empty side counts as perfect, both empty as 1. */
  public record Prf(int truePositives, int falsePositives, int misses) {
    public double precision() {
      int predicted = truePositives + falsePositives;
      return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    public double recall() {
      int expected = truePositives + misses;
      return expected == 0 ? 1.0 : (double) truePositives / expected;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }
}
