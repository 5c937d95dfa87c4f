package org.partnergraph.evaluate;

import java.util.List;

/** How far stated confidences are from how often the facts stating them are right. */
public final class Calibration {
  private static final int BINS = 10;

  private Calibration() {}

  /** The mean squared gap between each confidence and its outcome (1 right, 0 wrong): 0 is perfect. */
  public static double brier(List<Double> confidences, List<Boolean> right) {
    if (confidences.isEmpty()) {
      return 0;
    }
    double sum = 0;
    for (int i = 0; i < confidences.size(); i++) {
      double gap = confidences.get(i) - (right.get(i) ? 1 : 0);
      sum += gap * gap;
    }
    return sum / confidences.size();
  }

  /**
   * The expected calibration error: confidences put in ten equal bins, each bin's gap between its
   * mean confidence and its share right, weighted by the bin's size.
   */
  public static double expectedError(List<Double> confidences, List<Boolean> right) {
    if (confidences.isEmpty()) {
      return 0;
    }
    double[] sum = new double[BINS];
    int[] rightIn = new int[BINS];
    int[] count = new int[BINS];
    for (int i = 0; i < confidences.size(); i++) {
      double c = Math.max(0, Math.min(1, confidences.get(i)));
      int bin = Math.min(BINS - 1, (int) (c * BINS));
      sum[bin] += c;
      rightIn[bin] += right.get(i) ? 1 : 0;
      count[bin]++;
    }
    double error = 0;
    for (int b = 0; b < BINS; b++) {
      if (count[b] > 0) {
        error += Math.abs(sum[b] / count[b] - (double) rightIn[b] / count[b]) * count[b];
      }
    }
    return error / confidences.size();
  }
}
