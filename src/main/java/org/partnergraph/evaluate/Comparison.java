package org.partnergraph.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.partnergraph.evaluate.Score.Prf;
import org.partnergraph.evaluate.Score.Tally;

/**
 * Several extractors scored on the same gold set, and whether their differences are more than
 * noise: a paired bootstrap over articles (resample the articles with replacement, score every
 * extractor on the same resample, take the 2.5th and 97.5th percentiles of the F1 difference).
 * With forty articles a difference of a few points is often inside the interval, and the
 * comparison says so instead of leaving a reader to trust the larger number.
 */
public final class Comparison {
  /** Resamples: enough for stable 95% bounds to two decimals, a fraction of a second to draw. */
  public static final int DEFAULT_SAMPLES = 2000;
  private static final long SEED = 20261206L;

  /** One extractor's result under its name. */
  public record Entry(String extractor, Evaluation.Result result) {}

  /**
   * The F1 difference {@code other − baseline} on one row with its 95% bootstrap interval.
   *
   * @param type the entity type, relation type, status or figure kind; null for the category overall
   */
  public record Difference(String category, String type, String baseline, String other, double delta, double low, double high) {
    /** The interval holds zero: the data cannot tell the two apart. */
    public boolean noise() {
      return low <= 0 && high >= 0;
    }
  }

  private Comparison() {}

  /** The difference of each extractor after the first (the baseline) from the first, on one row. */
  public static List<Difference> differences(List<Entry> entries, String category, String type, int samples) {
    if (entries.size() < 2) {
      return List.of();
    }
    List<String> articles = new ArrayList<>(entries.get(0).result().perArticle().keySet());
    articles.sort(null);
    Function<Score, Prf> row = score -> {
      Tally t = score.categories().get(category);
      return type == null ? t.overall() : t.byType().getOrDefault(type, new Prf(0, 0, 0));
    };
    int[][] base = counts(entries.get(0).result().perArticle(), articles, row);
    List<Difference> out = new ArrayList<>();
    for (Entry other : entries.subList(1, entries.size())) {
      int[][] mine = counts(other.result().perArticle(), articles, row);
      double delta = sum(mine, null).f1() - sum(base, null).f1();
      double[] draws = new double[samples];
      SplittableRandom random = new SplittableRandom(SEED);
      int[] picks = new int[articles.size()];
      for (int b = 0; b < samples; b++) {
        for (int i = 0; i < picks.length; i++) {
          picks[i] = random.nextInt(picks.length);
        }
        draws[b] = sum(mine, picks).f1() - sum(base, picks).f1();
      }
      Arrays.sort(draws);
      out.add(new Difference(category, type, entries.get(0).extractor(), other.extractor(), delta,
          percentile(draws, 0.025), percentile(draws, 0.975)));
    }
    return out;
  }

  /** Per article (in {@code articles} order): true positives, false positives, misses. */
  private static int[][] counts(Map<String, Score> perArticle, List<String> articles, Function<Score, Prf> row) {
    int[][] out = new int[articles.size()][];
    for (int i = 0; i < articles.size(); i++) {
      Score s = perArticle.get(articles.get(i));
      Prf p = s == null ? new Prf(0, 0, 0) : row.apply(s);
      out[i] = new int[] {p.truePositives(), p.falsePositives(), p.misses()};
    }
    return out;
  }

  /** The counts over the picked articles, or over all when {@code picks} is null. */
  private static Prf sum(int[][] counts, int[] picks) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int n = picks == null ? counts.length : picks.length;
    for (int i = 0; i < n; i++) {
      int[] c = counts[picks == null ? i : picks[i]];
      tp += c[0];
      fp += c[1];
      fn += c[2];
    }
    return new Prf(tp, fp, fn);
  }

  private static double percentile(double[] sorted, double q) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.floor(q * (sorted.length - 1));
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}
