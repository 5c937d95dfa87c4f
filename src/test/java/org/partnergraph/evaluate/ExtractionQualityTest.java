package org.partnergraph.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnergraph.evaluate.Score.Prf;
import org.partnergraph.extract.Extractors;
import org.partnergraph.extract.RuleExtractor;

/**
 * Floors on both splits, so quality cannot drop without this failing. The test split
 * (src/test/resources/eval/test) is the frozen blind one: its floors say what the extractor does
 * on text it was not written for. The dev split (src/test/resources/eval/dev) is what rules are
 * tuned on; its floors catch a rule change that breaks what used to work. The floors sit a
 * little under today's scores; raise them when the extractor improves.
 * {@code partnergraph evaluate --gold src/test/resources/eval/dev --by-type --by-rule --errors}
 * shows what it gets wrong (on the dev split only).
 */
class ExtractionQualityTest {
  static final Path DEV_SET = Path.of("src/test/resources/eval/dev");
  static final Path TEST_SET = Path.of("src/test/resources/eval/test");
  static Evaluation.Result dev;
  static Evaluation.Result test;
  /** The newest rules version on the dev split: what it reads beyond the default must not slip back unnoticed. */
  static Evaluation.Result newestRulesOnDev;

  @BeforeAll
  static void evaluate() {
    dev = Evaluation.run(DEV_SET, Extractors.byName(Extractors.DEFAULT));
    test = Evaluation.run(TEST_SET, Extractors.byName(Extractors.DEFAULT));
    String newest = RuleExtractor.VERSIONS.get(RuleExtractor.VERSIONS.size() - 1);
    newestRulesOnDev = newest.equals(Extractors.DEFAULT) ? dev : Evaluation.run(DEV_SET, Extractors.byName(newest));
  }

  // The blind split. rules/11 scored on 2026-12-06 (44 articles): entities P 0.896 F1 0.856;
  // relations P 0.774 F1 0.602; partnerships P 0.231 F1 0.161; figures P 0.560 F1 0.500.
  // A third blind hand added t45-t60 on 2026-12-07; rules/11 on all 60: entities P 0.899 F1 0.851;
  // relations P 0.790 F1 0.607; partnerships P 0.294 F1 0.196; figures P 0.549 F1 0.487.
  // rules/16, the default from 2026-12-07: entities P 0.899 F1 0.851; relations P 0.795 F1 0.608;
  // partnerships P 0.460 F1 0.303 (on their parties P 0.620 F1 0.408); figures P 0.549 F1 0.487.
  // rules/17, the default from 2026-12-07 (its second change that day): as rules/16 but
  // partnerships P 0.462 F1 0.312 (on their parties P 0.615 F1 0.416). rules/18, the default from
  // 2026-12-07 (a third change): entities P 0.901 F1 0.852; relations as rules/17; partnerships
  // P 0.472 F1 0.323 (on their parties P 0.604 F1 0.413); figures P 0.576 F1 0.495.

  @Test
  void theTestSplitKeepsAllItsArticles() {
    assertThat(test.articles()).isGreaterThanOrEqualTo(60);
  }

  /** A failure on one article would only show as a lower score; it is a bug in its own right. */
  @Test
  void theExtractorFailsOnNoArticleOfEitherSplit() {
    assertThat(test.failures()).isEmpty();
    assertThat(dev.failures()).isEmpty();
  }

  @Test
  void entitiesOnTheTestSplitStayAboveTheirFloor() {
    assertFloor(test.total().entities.overall(), 0.87, 0.83);
  }

  @Test
  void relationsOnTheTestSplitStayAboveTheirFloor() {
    assertFloor(test.total().relations.overall(), 0.75, 0.58);
  }

  @Test
  void partnershipsOnTheTestSplitStayAboveTheirFloor() {
    assertFloor(test.total().partnerships.overall(), 0.42, 0.29);
  }

  /** rules/11 on 2026-12-07: P 0.510 F1 0.340 on the parties alone, status aside; rules/16 P 0.620 F1 0.408; rules/17 P 0.615 F1 0.416. */
  @Test
  void partnershipPartiesOnTheTestSplitStayAboveTheirFloor() {
    assertFloor(test.total().partnershipParties.overall(), 0.56, 0.37);
  }

  @Test
  void figuresOnTheTestSplitStayAboveTheirFloor() {
    assertFloor(test.total().metrics.overall(), 0.56, 0.48);
  }

  // The development split. rules/11 scored on 2026-12-06 (174 articles): entities P 0.941 F1
  // 0.894; relations P 0.884 F1 0.745; partnerships P 0.637 F1 0.479; figures P 0.629 F1 0.580.
  // The 60 articles 181-240 were written blind to the rules and added untuned, as training data
  // for the learned deciders: the floors went down with them, not because the rules got worse.
  // Articles 241-270 were written blind on 2026-12-07 and added the same way. On the same day the
  // dev gold's parties were relabelled to the guide's Parties rule (dev/REVIEW-2026-12-07-parties.md):
  // a region whose government the article does not show acting is no party, the host country is.
  // The rules still make such a region a party, so their partnership scores fell with the relabel
  // (on the 174 articles from P 0.637 F1 0.479 to P 0.343 F1 0.260), not because they got worse.
  // rules/11 on all 204 (2026-12-07): entities P 0.936 F1 0.887; relations P 0.878 F1 0.735;
  // partnerships P 0.309 F1 0.229; figures P 0.604 F1 0.560. The statuses of 001-180 were then
  // reviewed (dev/REVIEW-2026-12-07-statuses.md): 6 statuses moved and 7 supplier cooperations,
  // which the guide does not count, were removed; the rules still propose those, so partnerships
  // fell to P 0.291 F1 0.218. The host-country review (dev/REVIEW-2026-12-07-host-country.md) gave
  // 52 partnerships of a foreign maker acting alone their host country: P 0.309 F1 0.232; on the
  // parties alone P 0.382 F1 0.286. Two helper sessions wrote 271-300 blind on 2026-12-07 (harder
  // text: on them alone relations P 0.670 F1 0.448); rules/11 on all 234: entities P 0.933 F1
  // 0.875; relations P 0.856 F1 0.699; partnerships P 0.303 F1 0.221; figures P 0.578 F1 0.534.
  // Two more helper sessions wrote 301-330 blind on 2026-12-07 (on them alone relations P 0.639
  // F1 0.409, figures P 0.306 F1 0.259); rules/11 on all 264: entities P 0.929 F1 0.867; relations
  // P 0.840 F1 0.673; partnerships P 0.306 F1 0.223; figures P 0.544 F1 0.497. Two more wrote
  // 331-360 blind on 2026-12-07 (on them alone relations P 0.766 F1 0.541, figures P 0.543 F1
  // 0.488); rules/11 on all 294: entities P 0.927 F1 0.862; relations P 0.834 F1 0.660;
  // partnerships P 0.304 F1 0.222; figures P 0.544 F1 0.496. rules/16, the default from
  // 2026-12-07, on all 294: entities P 0.928 F1 0.866; relations P 0.843 F1 0.672; partnerships
  // P 0.539 F1 0.386; figures P 0.544 F1 0.497. Two more helper sessions wrote 361-390 blind on
  // 2026-12-07 (on them alone rules/11 relations P 0.696 F1 0.409, figures P 0.250 F1 0.212);
  // rules/11 on all 324: entities P 0.925 F1 0.855; relations P 0.824 F1 0.637; partnerships
  // P 0.295 F1 0.209; figures P 0.516 F1 0.468. rules/17, the default from 2026-12-07, on all 324:
  // entities P 0.925 F1 0.859; relations P 0.833 F1 0.648; partnerships P 0.559 F1 0.410; figures
  // P 0.517 F1 0.468. Two more helper sessions wrote 391-420 blind on 2026-12-07 (on them alone
  // rules/17 relations P 0.664 F1 0.420, plants P 0.685 F1 0.477, figures P 0.374 F1 0.346);
  // rules/18, the default from 2026-12-07, on all 354: entities P 0.920 F1 0.849; relations
  // P 0.817 F1 0.622; partnerships P 0.551 F1 0.401; figures P 0.535 F1 0.471. Two more helper
  // sessions wrote 421-450 blind on 2026-12-08 (on them alone rules/18 relations P 0.684 F1 0.451,
  // partnerships P 0.320 F1 0.215, figures P 0.454 F1 0.387); rules/18, still the default, on all
  // 384: entities P 0.919 F1 0.845; relations P 0.806 F1 0.606; partnerships P 0.528 F1 0.381;
  // figures P 0.528 F1 0.464 (rules/19: 0.919 / 0.846, 0.806 / 0.608, 0.544 / 0.399, 0.527 / 0.463).
  // Two more helper sessions wrote 451-480 blind on 2026-12-08 (on them alone rules/18 relations
  // P 0.677 F1 0.496, partnerships P 0.500 F1 0.352, figures P 0.406 F1 0.332); rules/18 on all 414:
  // entities P 0.918 F1 0.842; relations P 0.799 F1 0.599; partnerships P 0.527 F1 0.379; figures
  // P 0.519 F1 0.453 (rules/19: 0.918 / 0.843, 0.799 / 0.601, 0.540 / 0.395, 0.519 / 0.453).

  /** The set only grows. */
  @Test
  void theDevelopmentSplitKeepsAllItsArticles() {
    assertThat(dev.articles()).isGreaterThanOrEqualTo(414);
  }

  @Test
  void entitiesOnTheDevSplitStayAboveTheirFloor() {
    assertFloor(dev.total().entities.overall(), 0.91, 0.84);
  }

  @Test
  void relationsOnTheDevSplitStayAboveTheirFloor() {
    assertFloor(dev.total().relations.overall(), 0.79, 0.59);
  }

  @Test
  void partnershipsOnTheDevSplitStayAboveTheirFloor() {
    assertFloor(dev.total().partnerships.overall(), 0.52, 0.37);
  }

  @Test
  void figuresOnTheDevSplitStayAboveTheirFloor() {
    assertFloor(dev.total().metrics.overall(), 0.50, 0.45);
  }

  // The newest rules version, rules/15, on all 234 dev articles (2026-12-07): governors P 0.988 F1
  // 0.922 (rules/11: P 0.975 F1 0.883); plants P 0.901 F1 0.787 (0.894, 0.775); relations P 0.866
  // F1 0.714 (0.856, 0.699). Its governor readings came in rules/14, its plants in rules/15. On all
  // 264 (2026-12-07): governors P 0.967 F1 0.897 (0.954, 0.858); plants P 0.881 F1 0.759 (0.877,
  // 0.750); relations P 0.849 F1 0.685 (0.840, 0.673). On all 294 (2026-12-07): governors P 0.960
  // F1 0.884 (0.948, 0.848); plants P 0.875 F1 0.747 (0.872, 0.739); relations P 0.843 F1 0.672
  // (0.834, 0.660). rules/16 and rules/17 read governors, plants and relations as rules/15. On all
  // 324 (2026-12-07), rules/17: governors P 0.958 F1 0.875; plants P 0.863 F1 0.726; relations
  // P 0.833 F1 0.648 (rules/11: 0.824, 0.637). rules/18 reads them as rules/17. On all 354
  // (2026-12-07), rules/18: governors P 0.961 F1 0.876; plants P 0.845 F1 0.696; relations P 0.817
  // F1 0.622 (rules/11: 0.807, 0.611). On all 384 (2026-12-08), rules/19: governors P 0.963 F1
  // 0.878; plants P 0.829 F1 0.675; relations P 0.806 F1 0.608. On all 414 (2026-12-08), rules/19:
  // governors P 0.964 F1 0.880; plants P 0.827 F1 0.671; relations P 0.799 F1 0.601.

  @Test
  void theNewestRulesVersionsGovernorsAndPlantsOnTheDevSplitStayAboveTheirFloor() {
    assertFloor(newestRulesOnDev.total().entities.byType().get("Governor"), 0.95, 0.87);
    assertFloor(newestRulesOnDev.total().entities.byType().get("Plant"), 0.82, 0.66);
    assertFloor(newestRulesOnDev.total().relations.overall(), 0.79, 0.59);
  }

  private static void assertFloor(Prf score, double precision, double f1) {
    assertThat(score.precision()).as("precision of " + score).isGreaterThanOrEqualTo(precision);
    assertThat(score.f1()).as("F1 of " + score).isGreaterThanOrEqualTo(f1);
  }
}
