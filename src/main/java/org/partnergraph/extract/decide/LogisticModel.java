package org.partnergraph.extract.decide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * L2-regularised logistic regression over named features plus a sentence embedding, trained by
 * full-batch gradient descent (Adam) from a fixed start, so the same data always gives the same
 * model. Small on purpose: a few hundred proposals per decider, where a larger learner would
 * memorise the articles it was trained on.
 */
public final class LogisticModel {
  /** The embedding's components are about 1/√384 each; scaled, they weigh like the binary features. */
  static final double EMBEDDING_SCALE = Math.sqrt(SentenceEmbedder.DIMENSIONS);
  private static final int EPOCHS = 400;
  private static final double LEARNING_RATE = 0.05;

  private final List<String> vocabulary;
  private final double[] weights; // vocabulary, then the embedding
  private final double bias;

  LogisticModel(List<String> vocabulary, double[] weights, double bias) {
    this.vocabulary = List.copyOf(vocabulary);
    this.weights = weights.clone();
    this.bias = bias;
  }

  /** One training example. */
  record Example(Map<String, Double> features, float[] embedding, boolean positive) {}

  List<String> vocabulary() {
    return vocabulary;
  }

  double[] weights() {
    return weights.clone();
  }

  double bias() {
    return bias;
  }

  /** The model's log-odds that the proposal is right. */
  double logit(Map<String, Double> features, float[] embedding) {
    double z = bias;
    for (int i = 0; i < vocabulary.size(); i++) {
      Double v = features.get(vocabulary.get(i));
      if (v != null) {
        z += weights[i] * v;
      }
    }
    if (embedding != null) {
      int offset = vocabulary.size();
      for (int j = 0; j < embedding.length; j++) {
        z += weights[offset + j] * embedding[j] * EMBEDDING_SCALE;
      }
    }
    return z;
  }

  static LogisticModel train(List<Example> examples, double l2) {
    List<String> vocabulary = new ArrayList<>(new TreeSet<>(examples.stream().flatMap(e -> e.features().keySet().stream()).toList()));
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < vocabulary.size(); i++) {
      index.put(vocabulary.get(i), i);
    }
    int d = vocabulary.size() + SentenceEmbedder.DIMENSIONS;
    int n = examples.size();
    double[][] x = new double[n][d];
    double[] y = new double[n];
    for (int k = 0; k < n; k++) {
      Example e = examples.get(k);
      double[] row = x[k];
      e.features().forEach((name, value) -> row[index.get(name)] = value);
      if (e.embedding() != null) {
        for (int j = 0; j < e.embedding().length; j++) {
          row[vocabulary.size() + j] = e.embedding()[j] * EMBEDDING_SCALE;
        }
      }
      y[k] = e.positive() ? 1 : 0;
    }
    double[] w = new double[d + 1]; // the last is the bias
    double[] m = new double[d + 1];
    double[] v = new double[d + 1];
    double[] grad = new double[d + 1];
    double beta1 = 0.9;
    double beta2 = 0.999;
    for (int epoch = 1; epoch <= EPOCHS; epoch++) {
      java.util.Arrays.fill(grad, 0);
      for (int k = 0; k < n; k++) {
        double z = w[d];
        double[] row = x[k];
        for (int j = 0; j < d; j++) {
          z += w[j] * row[j];
        }
        double err = sigmoid(z) - y[k];
        for (int j = 0; j < d; j++) {
          grad[j] += err * row[j];
        }
        grad[d] += err;
      }
      for (int j = 0; j <= d; j++) {
        double g = grad[j] / Math.max(1, n) + (j < d ? l2 * w[j] : 0);
        m[j] = beta1 * m[j] + (1 - beta1) * g;
        v[j] = beta2 * v[j] + (1 - beta2) * g * g;
        double mHat = m[j] / (1 - Math.pow(beta1, epoch));
        double vHat = v[j] / (1 - Math.pow(beta2, epoch));
        w[j] -= LEARNING_RATE * mHat / (Math.sqrt(vHat) + 1e-8);
      }
    }
    return new LogisticModel(vocabulary, java.util.Arrays.copyOf(w, d), w[d]);
  }

  static double sigmoid(double z) {
    return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  }
}
