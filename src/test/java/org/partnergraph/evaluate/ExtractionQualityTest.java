package org.partnergraph.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnergraph.evaluate.Score.Prf;
import org.partnergraph.extract.RuleExtractor;

/**
 * Floors on the development set (src/test/resources/eval/dev): quality cannot drop without this
 * failing. The floors sit a little under what the extractor scores today; raise them when it
 * improves. {@code partnergraph evaluate --gold src/test/resources/eval/dev --by-type --errors}
 * shows what it gets wrong.
 */
class ExtractionQualityTest {
  static final Path DEV_SET = Path.of("src/test/resources/eval/dev");
  static Evaluation.Result result;

  @BeforeAll
  static void evaluate() {
    result = Evaluation.run(DEV_SET, new RuleExtractor());
  }

  /** The set only grows (the extraction issue asks for 40; see its notes for where it stands). */
  @Test
  void theDevelopmentSetKeepsAllItsArticles() {
    assertThat(result.articles()).isGreaterThanOrEqualTo(MIN_ARTICLES);
  }

  /** A failure on one article would only show as a lower score; it is a bug in its own right. */
  @Test
  void theExtractorFailsOnNoArticle() {
    assertThat(result.failures()).isEmpty();
  }

  @Test
  void entitiesStayAboveTheirFloor() {
    assertFloor(result.total().entities.overall(), ENTITY_PRECISION, ENTITY_F1);
  }

  @Test
  void relationsStayAboveTheirFloor() {
    assertFloor(result.total().relations.overall(), RELATION_PRECISION, RELATION_F1);
  }

  @Test
  void partnershipsStayAboveTheirFloor() {
    assertFloor(result.total().partnerships.overall(), PARTNERSHIP_PRECISION, PARTNERSHIP_F1);
  }

  @Test
  void figuresStayAboveTheirFloor() {
    assertFloor(result.total().metrics.overall(), FIGURE_PRECISION, FIGURE_F1);
  }

  private static void assertFloor(Prf score, double precision, double f1) {
    assertThat(score.precision()).as("precision of " + score).isGreaterThanOrEqualTo(precision);
    assertThat(score.f1()).as("F1 of " + score).isGreaterThanOrEqualTo(f1);
  }

  // A little under what rules/11 scored on the 114 articles on 2026-11-25 (entities P 0.975
  // F1 0.932; relations P 0.960 F1 0.830; partnerships P 0.789 F1 0.613; figures P 0.727
  // F1 0.693). The floors went down from rules/10's because 18 articles written blind by another
  // hand (163-180) joined the set, not because the extractor got worse on the old ones.
  static final int MIN_ARTICLES = 114;
  static final double ENTITY_PRECISION = 0.96;
  static final double ENTITY_F1 = 0.92;
  static final double RELATION_PRECISION = 0.94;
  static final double RELATION_F1 = 0.81;
  static final double PARTNERSHIP_PRECISION = 0.77;
  static final double PARTNERSHIP_F1 = 0.59;
  static final double FIGURE_PRECISION = 0.71;
  static final double FIGURE_F1 = 0.68;
}
