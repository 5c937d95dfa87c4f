package org.partnergraph.extract.decide;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits one decider with everything tuned out of fold: for each regularisation strength a model
 * per fold (trained on the other folds' articles) scores the held-out fold; the strength with the
 * lowest out-of-fold log-loss wins, Platt scaling is fitted on those out-of-fold scores, and the
 * final model is trained on all rows.
 */
public final class Fitting {
  private static final int PLATT_STEPS = 2000;

  /**
   * One labelled proposal.
   *
   * @param article the index of its article and {@code index} its place there (the caller's bookkeeping)
   */
  public record Row(int article, int index, int fold, Candidate candidate, float[] embedding, boolean positive) {}

  /**
   * @param outOfFold the calibrated out-of-fold probability of each row, in the order given
   */
  public record Fit(LogisticModel model, double a, double b, double l2, double logLoss, double[] outOfFold) {}

  private Fitting() {}

  public static Fit fit(List<Row> rows, int folds, double[] l2Grid) {
    double bestLoss = Double.POSITIVE_INFINITY;
    double bestL2 = l2Grid[0];
    double[] bestLogits = null;
    for (double l2 : l2Grid) {
      double[] logits = outOfFoldLogits(rows, folds, l2);
      double loss = logLoss(rows, logits, 1, 0);
      if (loss < bestLoss) {
        bestLoss = loss;
        bestL2 = l2;
        bestLogits = logits;
      }
    }
    double[] platt = platt(rows, bestLogits);
    double[] calibrated = new double[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      calibrated[i] = LogisticModel.sigmoid(platt[0] * bestLogits[i] + platt[1]);
    }
    LogisticModel model = LogisticModel.train(examples(rows, -1), bestL2);
    return new Fit(model, platt[0], platt[1], bestL2, logLoss(rows, bestLogits, platt[0], platt[1]), calibrated);
  }

  private static double[] outOfFoldLogits(List<Row> rows, int folds, double l2) {
    double[] logits = new double[rows.size()];
    for (int fold = 0; fold < folds; fold++) {
      List<LogisticModel.Example> training = examples(rows, fold);
      if (training.isEmpty()) {
        continue;
      }
      LogisticModel m = LogisticModel.train(training, l2);
      for (int i = 0; i < rows.size(); i++) {
        Row r = rows.get(i);
        if (r.fold() == fold) {
          logits[i] = m.logit(r.candidate().features(), r.embedding());
        }
      }
    }
    return logits;
  }

  /** The rows outside {@code fold} (all rows when fold is -1). */
  private static List<LogisticModel.Example> examples(List<Row> rows, int fold) {
    List<LogisticModel.Example> out = new ArrayList<>();
    for (Row r : rows) {
      if (fold < 0 || r.fold() != fold) {
        out.add(new LogisticModel.Example(r.candidate().features(), r.embedding(), r.positive()));
      }
    }
    return out;
  }

  /** {@code a, b} minimising the log-loss of {@code σ(a·logit + b)}: calibration on held-out scores. */
  private static double[] platt(List<Row> rows, double[] logits) {
    double a = 1;
    double b = 0;
    double rate = 0.05;
    for (int step = 0; step < PLATT_STEPS; step++) {
      double ga = 0;
      double gb = 0;
      for (int i = 0; i < rows.size(); i++) {
        double err = LogisticModel.sigmoid(a * logits[i] + b) - (rows.get(i).positive() ? 1 : 0);
        ga += err * logits[i];
        gb += err;
      }
      a -= rate * ga / rows.size();
      b -= rate * gb / rows.size();
    }
    return new double[] {a, b};
  }

  private static double logLoss(List<Row> rows, double[] logits, double a, double b) {
    double sum = 0;
    for (int i = 0; i < rows.size(); i++) {
      double p = Math.min(1 - 1e-9, Math.max(1e-9, LogisticModel.sigmoid(a * logits[i] + b)));
      sum -= rows.get(i).positive() ? Math.log(p) : Math.log(1 - p);
    }
    return sum / Math.max(1, rows.size());
  }
}
