package org.partnergraph.evaluate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.partnergraph.extract.Cues;
import org.partnergraph.extract.RuleExtractor;
import org.partnergraph.extract.decide.Candidate;
import org.partnergraph.extract.decide.Candidate.Group;
import org.partnergraph.extract.decide.Candidates;
import org.partnergraph.extract.decide.DecisionModel;
import org.partnergraph.extract.decide.Decisions;
import org.partnergraph.extract.decide.Fitting;
import org.partnergraph.extract.decide.HostCountryCandidates;
import org.partnergraph.extract.decide.RuleCalibration;
import org.partnergraph.extract.decide.SentenceEmbedder;
import org.partnergraph.model.Ids;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.EntityType;
import org.partnergraph.rdf.ShapeGate;

/**
 * Trains the deciders of a learned extractor on a gold set: the rules propose on every article,
 * the gold says which proposals were right, and a model per kind of proposal learns to tell them
 * apart. Everything that tunes the model (regularisation, calibration, thresholds) is chosen on
 * folds by article, out of fold, and the figures it reports are those cross-validated ones: the
 * honest dev-split numbers for a trained extractor.
 */
public final class Training {
  /** Relations must hold this precision on the folds; the threshold then keeps as many as it can. */
  public static final double RELATION_PRECISION_TARGET = 0.90;
  private static final double[] L2 = {0.001, 0.01, 0.1};
  private static final int FOLDS = 5;
  /** Pseudo-counts of the pooled precision a rule's own record is weighed against; the one with the least out-of-fold log-loss is used. */
  private static final double[] PRIOR_WEIGHTS = {1, 2, 5, 10, 20};

  /**
   * What training found: the model and the cross-validated scores of rules and model.
   *
   * @param unseenRulesScore and {@code unseenModelScore}: the same cross-validated scores on the
   *     articles the rules were not written for alone ({@code --unseen-from}); null when all were
   */
  public record Outcome(DecisionModel model, Score rulesScore, Score modelScore, Score unseenRulesScore, Score unseenModelScore) {}

  /**
   * One article's proposals: {@code ruleFacts} as the rules state them, {@code facts} with the
   * host-country candidates added, which only a partnership decider may keep.
   */
  private record Proposal(Evaluation.Annotated annotated, ArticleFacts ruleFacts, ArticleFacts facts, List<Candidate> candidates,
      List<float[]> embeddings, List<Boolean> labels, int fold) {}

  private Training() {}

  /**
   * @param unseenFrom articles numbered this and above were added without tuning the rules on them
   *     (the annotation guide says which): relation confidences are calibrated on those alone, where
   *     the rules make the mistakes they make on new text; 0 calibrates on every article
   */
  public static Outcome train(Path goldDir, String name, int unseenFrom, Consumer<String> progress) {
    List<Evaluation.Annotated> annotated = Evaluation.read(goldDir);
    RuleExtractor rules = new RuleExtractor(RuleExtractor.PROPOSER);
    ShapeGate gate = new ShapeGate();
    Candidates candidates = new Candidates(new Cues(), true, true);
    List<Proposal> proposals = new ArrayList<>();
    for (int i = 0; i < annotated.size(); i++) {
      Evaluation.Annotated a = annotated.get(i);
      ArticleFacts ruleFacts = gate.check(rules.extract(a.article())).kept();
      ArticleFacts facts = HostCountryCandidates.addTo(ruleFacts);
      List<Candidate> cs = candidates.of(facts);
      Map<String, Boolean> labels = Evaluator.score(facts, a.gold()).labels();
      List<Boolean> ys = cs.stream().map(c -> c.variant() == null ? labels.get(c.key()) : variantLabel(facts, c, a)).toList();
      proposals.add(new Proposal(a, ruleFacts, facts, cs, SentenceEmbedder.shared().embed(cs.stream().map(Candidate::evidence).toList()), ys,
          fold(a.article().id())));
      if ((i + 1) % 20 == 0) {
        progress.accept("train: proposals of " + (i + 1) + " of " + annotated.size() + " articles embedded");
      }
    }
    Map<Group, Fitting.Fit> fits = new EnumMap<>(Group.class);
    double[][] outOfFold = new double[proposals.size()][];
    for (int i = 0; i < proposals.size(); i++) {
      outOfFold[i] = new double[proposals.get(i).candidates().size()];
    }
    for (Group group : Group.values()) {
      List<Fitting.Row> rows = new ArrayList<>();
      for (int i = 0; i < proposals.size(); i++) {
        Proposal p = proposals.get(i);
        for (int j = 0; j < p.candidates().size(); j++) {
          Candidate c = p.candidates().get(j);
          if (c.group() == group && p.labels().get(j) != null) {
            rows.add(new Fitting.Row(i, j, p.fold(), c, p.embeddings().get(j), p.labels().get(j)));
          }
        }
      }
      if (rows.stream().noneMatch(Fitting.Row::positive) || rows.stream().allMatch(Fitting.Row::positive)) {
        continue; // nothing to learn: this group's proposals keep their rules' confidence
      }
      Fitting.Fit fit = Fitting.fit(rows, FOLDS, L2);
      fits.put(group, fit);
      for (int k = 0; k < rows.size(); k++) {
        outOfFold[rows.get(k).article()][rows.get(k).index()] = fit.outOfFold()[k];
      }
      progress.accept("train: " + group.name().toLowerCase() + " decider on " + rows.size() + " proposals, l2 " + fit.l2());
    }
    // unlabelled proposals (repeats the scorer ignores) and groups without a decider keep their rules' confidence
    for (int i = 0; i < proposals.size(); i++) {
      Proposal p = proposals.get(i);
      for (int j = 0; j < p.candidates().size(); j++) {
        Candidate c = p.candidates().get(j);
        if (!fits.containsKey(c.group()) || p.labels().get(j) == null) {
          outOfFold[i][j] = c.features().getOrDefault("ruleConfidence", 1.0);
        }
      }
    }
    OwnerRanking ranking = fits.containsKey(Group.FIGURE) ? ownerRanking(proposals, outOfFold) : null;
    if (ranking != null) {
      progress.accept(String.format(Locale.ROOT, "train: figure owners: of %d figures, %d have their right owner among the choices, ranked first for %d",
          ranking.figures(), ranking.rightAmongChoices(), ranking.rightFirst()));
    }
    Map<Group, Double> thresholds = new EnumMap<>(Group.class);
    for (Group group : fits.keySet()) {
      thresholds.put(group, chooseThreshold(proposals, outOfFold, group));
    }
    Score rulesScore = scoreDecidedBy(proposals, outOfFold, Map.of());
    Map<Group, Fitting.Fit> kept = new EnumMap<>(Group.class);
    for (Group group : fits.keySet()) {
      Score alone = scoreDecidedBy(proposals, outOfFold, Map.of(group, thresholds.get(group)));
      double byRules = fBeta(category(rulesScore, group), 0.5);
      double decided = fBeta(category(alone, group), 0.5);
      if (decided > byRules) {
        kept.put(group, fits.get(group));
      } else {
        progress.accept(String.format(Locale.ROOT, "train: %s decider left out: F0.5 %.3f on the folds, the rules' own %.3f",
            group.name().toLowerCase(Locale.ROOT), decided, byRules));
      }
    }
    Map<Group, Double> keptThresholds = new EnumMap<>(Group.class);
    kept.keySet().forEach(g -> keptThresholds.put(g, thresholds.get(g)));
    Score modelScore = scoreDecidedBy(proposals, outOfFold, keptThresholds);
    Map<Group, DecisionModel.Decider> deciders = new EnumMap<>(Group.class);
    kept.forEach((group, fit) -> deciders.put(group, new DecisionModel.Decider(fit.model(), fit.a(), fit.b(), thresholds.get(group))));
    List<Proposal> unseen = proposals.stream().filter(p -> unseenFrom <= 0 || number(p.annotated().article().id()) >= unseenFrom).toList();
    Calibrated calibrated = kept.containsKey(Group.RELATION) ? null : calibrateRelations(unseen, progress);
    ObjectNode report = report(goldDir, annotated.size(), kept, thresholds, rulesScore, modelScore);
    if (ranking != null) {
      report.putObject("figureOwners").put("figures", ranking.figures()).put("rightAmongChoices", ranking.rightAmongChoices())
          .put("rightRankedFirst", ranking.rightFirst());
    }
    report.put("unseenFrom", unseenFrom);
    Score unseenRules = null;
    Score unseenModel = null;
    if (unseenFrom > 0) {
      unseenRules = scoreDecidedBy(proposals, outOfFold, Map.of(), p -> number(p.annotated().article().id()) >= unseenFrom);
      unseenModel = scoreDecidedBy(proposals, outOfFold, keptThresholds, p -> number(p.annotated().article().id()) >= unseenFrom);
      report.put("unseenArticles", unseen.size());
      scores(report.putObject("crossValidatedUnseen"), unseenRules, unseenModel);
    }
    if (calibrated != null) {
      report.set("relationCalibration", calibrated.report());
    }
    ArrayNode leftOut = report.putArray("leftOut");
    fits.keySet().stream().filter(g -> !kept.containsKey(g)).forEach(g -> leftOut.add(g.name()));
    return new Outcome(new DecisionModel(name, deciders, true, calibrated == null ? RuleCalibration.NONE : calibrated.calibration(),
        kept.containsKey(Group.PARTNERSHIP), kept.containsKey(Group.FIGURE), report),
        rulesScore, modelScore, unseenRules, unseenModel);
  }

  private record Calibrated(RuleCalibration calibration, ObjectNode report) {}

  /** How well the figure decider ranks each figure's owners out of fold: the ceiling, and how much of it the first choice reaches. */
  private record OwnerRanking(int figures, int rightAmongChoices, int rightFirst) {}

  private static OwnerRanking ownerRanking(List<Proposal> proposals, double[][] outOfFold) {
    int figures = 0;
    int among = 0;
    int first = 0;
    for (int i = 0; i < proposals.size(); i++) {
      Proposal p = proposals.get(i);
      Map<String, Integer> best = new LinkedHashMap<>();
      Map<String, Boolean> anyRight = new HashMap<>();
      for (int j = 0; j < p.candidates().size(); j++) {
        Candidate c = p.candidates().get(j);
        if (c.group() == Group.FIGURE && c.variant() != null) {
          Integer b = best.get(c.key());
          if (b == null || outOfFold[i][j] > outOfFold[i][b]) {
            best.put(c.key(), j);
          }
          anyRight.merge(c.key(), Boolean.TRUE.equals(p.labels().get(j)), Boolean::logicalOr);
        }
      }
      for (Map.Entry<String, Integer> e : best.entrySet()) {
        figures++;
        if (anyRight.get(e.getKey())) {
          among++;
          first += Boolean.TRUE.equals(p.labels().get(e.getValue())) ? 1 : 0;
        }
      }
    }
    return new OwnerRanking(figures, among, first);
  }

  /**
   * Each rule's precision on the unseen articles as its relations' confidence, and how well that
   * holds out of fold (a rule's record from the other folds judged on this one), against the
   * rules' own confidences: Brier score, calibration error, and the relations kept at each
   * {@code --min-confidence}.
   */
  private static Calibrated calibrateRelations(List<Proposal> unseen, Consumer<String> progress) {
    double bestWeight = PRIOR_WEIGHTS[0];
    double bestLoss = Double.POSITIVE_INFINITY;
    double[][] bestOutOfFold = null;
    for (double weight : PRIOR_WEIGHTS) {
      double[][] outOfFold = new double[unseen.size()][];
      double loss = 0;
      int n = 0;
      for (int fold = 0; fold < FOLDS; fold++) {
        RuleCalibration calibration = RuleCalibration.of(ruleRecords(unseen, fold), weight);
        for (int i = 0; i < unseen.size(); i++) {
          Proposal p = unseen.get(i);
          if (p.fold() != fold) {
            continue;
          }
          outOfFold[i] = new double[p.candidates().size()];
          for (int j = 0; j < p.candidates().size(); j++) {
            Candidate c = p.candidates().get(j);
            double ruleConfidence = c.features().getOrDefault("ruleConfidence", 1.0);
            outOfFold[i][j] = c.group() == Group.RELATION ? calibration.probability(c.rule(), ruleConfidence) : ruleConfidence;
            if (c.group() == Group.RELATION && p.labels().get(j) != null) {
              double q = Math.min(1 - 1e-6, Math.max(1e-6, outOfFold[i][j]));
              loss -= p.labels().get(j) ? Math.log(q) : Math.log(1 - q);
              n++;
            }
          }
        }
      }
      if (n > 0 && loss / n < bestLoss) {
        bestLoss = loss / n;
        bestWeight = weight;
        bestOutOfFold = outOfFold;
      }
    }
    RuleCalibration calibration = RuleCalibration.of(ruleRecords(unseen, -1), bestWeight);
    if (calibration.isEmpty()) {
      return null;
    }
    ObjectMapper json = new ObjectMapper();
    ObjectNode r = json.createObjectNode();
    r.put("articles", unseen.size());
    r.put("priorWeight", bestWeight);
    List<Double> calibrated = new ArrayList<>();
    List<Double> byRule = new ArrayList<>();
    List<Boolean> right = new ArrayList<>();
    for (int i = 0; i < unseen.size(); i++) {
      Proposal p = unseen.get(i);
      for (int j = 0; j < p.candidates().size(); j++) {
        Candidate c = p.candidates().get(j);
        if (c.group() == Group.RELATION && p.labels().get(j) != null) {
          calibrated.add(bestOutOfFold[i][j]);
          byRule.add(c.features().getOrDefault("ruleConfidence", 1.0));
          right.add(p.labels().get(j));
        }
      }
    }
    ObjectNode outOfFold = r.putObject("outOfFold");
    outOfFold.put("relations", right.size());
    outOfFold.put("brierRules", Calibration.brier(byRule, right));
    outOfFold.put("brierCalibrated", Calibration.brier(calibrated, right));
    outOfFold.put("calibrationErrorRules", Calibration.expectedError(byRule, right));
    outOfFold.put("calibrationErrorCalibrated", Calibration.expectedError(calibrated, right));
    ArrayNode atLeast = outOfFold.putArray("minConfidence");
    for (double t : new double[] {0, 0.5, 0.6, 0.7, 0.8, 0.9}) {
      Score.Prf prf = scoreDecidedBy(unseen, bestOutOfFold, Map.of(Group.RELATION, t)).relations.overall();
      atLeast.addObject().put("minConfidence", t).put("precision", round(prf.precision())).put("recall", round(prf.recall()));
    }
    progress.accept(String.format(Locale.ROOT,
        "train: relation confidences calibrated on %d unseen articles (prior weight %.0f): Brier %.3f -> %.3f, calibration error %.3f -> %.3f out of fold",
        unseen.size(), bestWeight, outOfFold.path("brierRules").asDouble(), outOfFold.path("brierCalibrated").asDouble(),
        outOfFold.path("calibrationErrorRules").asDouble(), outOfFold.path("calibrationErrorCalibrated").asDouble()));
    return new Calibrated(calibration, r);
  }

  /** Each rule's scored and right relations on the unseen articles outside {@code fold} (all of them when fold is -1). */
  private static Map<String, RuleCalibration.Tally> ruleRecords(List<Proposal> unseen, int fold) {
    Map<String, int[]> counts = new TreeMap<>();
    for (Proposal p : unseen) {
      if (fold >= 0 && p.fold() == fold) {
        continue;
      }
      for (int j = 0; j < p.candidates().size(); j++) {
        Candidate c = p.candidates().get(j);
        if (c.group() == Group.RELATION && p.labels().get(j) != null) {
          int[] n = counts.computeIfAbsent(c.rule(), k -> new int[2]);
          n[0]++;
          n[1] += p.labels().get(j) ? 1 : 0;
        }
      }
    }
    Map<String, RuleCalibration.Tally> out = new TreeMap<>();
    counts.forEach((rule, n) -> out.put(rule, new RuleCalibration.Tally(n[0], n[1])));
    return out;
  }

  /** The number an article id starts with ({@code 181-byd-szeged}); -1 when it starts with none. */
  static int number(String articleId) {
    int end = 0;
    while (end < articleId.length() && end < 9 && Character.isDigit(articleId.charAt(end))) {
      end++;
    }
    return end == 0 ? -1 : Integer.parseInt(articleId.substring(0, end));
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  /**
   * The out-of-fold score when only the deciders given decide, each at its threshold, and every
   * other kind of proposal stays as the rules made it: with none given, the rules' own score.
   */
  private static Score scoreDecidedBy(List<Proposal> proposals, double[][] outOfFold, Map<Group, Double> thresholds) {
    return scoreDecidedBy(proposals, outOfFold, thresholds, p -> true);
  }

  /** As above, on the articles {@code which} picks alone. */
  private static Score scoreDecidedBy(List<Proposal> proposals, double[][] outOfFold, Map<Group, Double> thresholds,
      java.util.function.Predicate<Proposal> which) {
    Score score = new Score();
    for (int i = 0; i < proposals.size(); i++) {
      Proposal p = proposals.get(i);
      if (!which.test(p)) {
        continue;
      }
      List<Candidate> decided = new ArrayList<>();
      List<Double> probabilities = new ArrayList<>();
      for (int j = 0; j < p.candidates().size(); j++) {
        if (thresholds.containsKey(p.candidates().get(j).group())) {
          decided.add(p.candidates().get(j));
          probabilities.add(outOfFold[i][j]);
        }
      }
      ArticleFacts proposed = thresholds.containsKey(Group.PARTNERSHIP) ? p.facts() : p.ruleFacts();
      ArticleFacts facts = decided.isEmpty() ? proposed
          : Decisions.apply(proposed, decided, probabilities.stream().mapToDouble(Double::doubleValue).toArray(), thresholds);
      score.add(Evaluator.score(facts, p.annotated().gold()));
    }
    return score;
  }

  private static Score.Prf category(Score s, Group group) {
    return switch (group) {
      case RELATION -> s.relations.overall();
      case PARTNERSHIP -> s.partnerships.overall();
      case FIGURE -> s.metrics.overall();
    };
  }

  /**
   * Whether a partnership or figure stated as this candidate's variant is one the gold holds, judged
   * with the article's other partnerships or figures set aside (each variant is a choice for this
   * one alone).
   */
  private static Boolean variantLabel(ArticleFacts facts, Candidate c, Evaluation.Annotated a) {
    ArticleFacts alone = c.variant().withOnly(facts, c.key());
    ArticleFacts stated = c.variant().applyTo(alone, c.key(), 1.0);
    EntityType type = alone.entitiesById().get(c.key()).type();
    return stated.entities().stream().filter(e -> e.type() == type).findFirst()
        .map(e -> Evaluator.score(stated, a.gold()).labels().getOrDefault(e.id(), false)).orElse(false);
  }

  /** An article's fold, from its id: the same on every run and machine, and all its proposals together. */
  private static int fold(String articleId) {
    return Integer.parseInt(Ids.hash(articleId).substring(0, 6), 16) % FOLDS;
  }

  /**
   * The least probability kept, on the folds with this decider alone deciding (so that leaving
   * another out does not move it): for relations the one that keeps most while holding
   * {@link #RELATION_PRECISION_TARGET}; for partnerships and figures the best F0.5 (precision
   * weighs twice recall: a wrong edge costs an analyst more than a missing one).
   */
  private static double chooseThreshold(List<Proposal> proposals, double[][] outOfFold, Group group) {
    double best = 0;
    double bestValue = -1;
    double fallback = 0;
    double fallbackValue = -1;
    for (int step = 0; step <= 19; step++) {
      double t = step * 0.05;
      Score.Prf prf = category(scoreDecidedBy(proposals, outOfFold, Map.of(group, t)), group);
      double f05 = fBeta(prf, 0.5);
      if (group == Group.RELATION) {
        if (prf.precision() >= RELATION_PRECISION_TARGET && prf.recall() > bestValue) {
          best = t;
          bestValue = prf.recall();
        }
        if (f05 > fallbackValue) {
          fallback = t;
          fallbackValue = f05;
        }
      } else if (f05 > bestValue) {
        best = t;
        bestValue = f05;
      }
    }
    return bestValue < 0 ? fallback : best;
  }

  private static double fBeta(Score.Prf p, double beta) {
    double b2 = beta * beta;
    double denominator = b2 * p.precision() + p.recall();
    return denominator == 0 ? 0 : (1 + b2) * p.precision() * p.recall() / denominator;
  }

  private static ObjectNode report(Path goldDir, int articles, Map<Group, Fitting.Fit> fits, Map<Group, Double> thresholds,
      Score rules, Score model) {
    ObjectMapper json = new ObjectMapper();
    ObjectNode r = json.createObjectNode();
    r.put("trainedOn", goldDir.getFileName() == null ? goldDir.toString() : goldDir.getFileName().toString());
    r.put("goldSha256", GoldFingerprint.of(goldDir));
    r.put("articles", articles);
    r.put("proposer", RuleExtractor.PROPOSER);
    r.put("folds", FOLDS);
    r.put("relationPrecisionTarget", RELATION_PRECISION_TARGET);
    ObjectNode groups = r.putObject("deciders");
    fits.forEach((g, f) -> {
      ObjectNode n = groups.putObject(g.name());
      n.put("l2", f.l2());
      n.put("threshold", thresholds.get(g));
      n.put("outOfFoldLogLoss", f.logLoss());
    });
    scores(r.putObject("crossValidated"), rules, model);
    return r;
  }

  /** The rules' and the model's cross-validated precision, recall and F1 per category, in this order (the same training writes the same file). */
  private static void scores(ObjectNode cv, Score rules, Score model) {
    Map<String, Score> scored = new LinkedHashMap<>();
    scored.put("rules", rules);
    scored.put("model", model);
    for (var e : scored.entrySet()) {
      ObjectNode n = cv.putObject(e.getKey());
      e.getValue().categories().forEach((c, t) -> {
        ObjectNode x = n.putObject(c);
        x.put("precision", t.overall().precision());
        x.put("recall", t.overall().recall());
        x.put("f1", t.overall().f1());
      });
    }
  }
}
