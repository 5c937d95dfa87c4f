package org.partnergraph.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnergraph.evaluate.Comparison.Difference;

class ComparisonTest {

  /** Relations per article: {@code hits} right and {@code wrong} false positives, of {@code hits + misses} expected. */
  private static Evaluation.Result result(int articles, int hits, int wrong, int misses, int betterEvery) {
    Map<String, Score> perArticle = new HashMap<>();
    Score total = new Score();
    for (int i = 0; i < articles; i++) {
      Score s = new Score();
      int extra = betterEvery > 0 && i % betterEvery == 0 ? 1 : 0;
      for (int h = 0; h < hits + extra; h++) {
        s.relations.hit("GOVERNS");
      }
      for (int f = 0; f < wrong; f++) {
        s.relations.falsePositive("GOVERNS", "x");
      }
      for (int m = 0; m < misses - extra; m++) {
        s.relations.miss("GOVERNS", "y");
      }
      perArticle.put(String.format("a%03d", i), s);
      total.add(s);
    }
    return new Evaluation.Result(total, perArticle, articles, 0, 0, List.of());
  }

  @Test
  void theSameExtractorTwiceDiffersByNothingAndTheIntervalIsZero() {
    Evaluation.Result a = result(40, 3, 1, 2, 0);
    List<Difference> d = Comparison.differences(
        List.of(new Comparison.Entry("rules/11", a), new Comparison.Entry("rules/11", a)), "relations", null, 500);
    assertThat(d).singleElement().satisfies(x -> {
      assertThat(x.delta()).isZero();
      assertThat(x.low()).isZero();
      assertThat(x.high()).isZero();
      assertThat(x.noise()).isTrue();
    });
  }

  @Test
  void aGainOnEveryArticleIsNotNoiseAndAGainOnOneArticleOfFortyIs() {
    Evaluation.Result base = result(40, 3, 1, 2, 0);
    Difference everywhere = Comparison.differences(
        List.of(new Comparison.Entry("a", base), new Comparison.Entry("b", result(40, 3, 1, 2, 1))), "relations", null, 1000).get(0);
    assertThat(everywhere.delta()).isPositive();
    assertThat(everywhere.low()).isPositive();
    assertThat(everywhere.noise()).isFalse();

    Evaluation.Result oneBetter = result(40, 3, 1, 2, 40);
    Difference once = Comparison.differences(
        List.of(new Comparison.Entry("a", base), new Comparison.Entry("b", oneBetter)), "relations", null, 1000).get(0);
    assertThat(once.delta()).isPositive();
    assertThat(once.low()).isLessThanOrEqualTo(0);
    assertThat(once.noise()).isTrue();
  }

  @Test
  void theIntervalIsTheSameOnEveryRun() {
    List<Comparison.Entry> entries = List.of(new Comparison.Entry("a", result(40, 3, 1, 2, 0)), new Comparison.Entry("b", result(40, 3, 1, 2, 3)));
    assertThat(Comparison.differences(entries, "relations", null, 800)).isEqualTo(Comparison.differences(entries, "relations", null, 800));
  }
}
