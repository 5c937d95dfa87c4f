package org.partnergraph.extract.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnergraph.extract.decide.RuleCalibration.Tally;

/** A relation's confidence is its rule's precision on unseen articles, shrunk toward all rules' precision there. */
class RuleCalibrationTest {
  private static final RuleCalibration CALIBRATION = RuleCalibration.of(Map.of(
      "operates.plant-name", new Tally(100, 60),
      "governs.titled", new Tally(20, 20),
      "visited.cue", new Tally(1, 0)), 5);

  @Test
  void aRuleSeenOftenGetsAboutItsOwnPrecision() {
    assertThat(CALIBRATION.probability("operates.plant-name", 0.9)).isCloseTo((60 + 5 * 80 / 121.0) / 105, within(1e-9));
    assertThat(CALIBRATION.probability("operates.plant-name", 0.9)).isBetween(0.6, 0.62);
  }

  @Test
  void aRuleSeenOnceIsPulledTowardThePooledPrecisionNotToZero() {
    double pooled = 80 / 121.0;
    assertThat(CALIBRATION.prior()).isCloseTo(pooled, within(1e-9));
    assertThat(CALIBRATION.probability("visited.cue", 0.9)).isCloseTo(5 * pooled / 6, within(1e-9));
  }

  @Test
  void aPerfectRuleStaysBelowCertainty() {
    assertThat(CALIBRATION.probability("governs.titled", 0.95)).isLessThan(1.0).isGreaterThan(0.9);
  }

  @Test
  void aRuleNeverScoredGetsThePooledPrecision() {
    assertThat(CALIBRATION.probability("spoke-at.cue", 0.7)).isCloseTo(CALIBRATION.prior(), within(1e-9));
  }

  @Test
  void withoutCalibrationARelationKeepsItsRulesConfidence() {
    assertThat(RuleCalibration.NONE.probability("operates.plant-name", 0.85)).isEqualTo(0.85);
    assertThat(RuleCalibration.of(Map.of(), 5).isEmpty()).isTrue();
  }

  @Test
  void writtenAndReadBackItGivesTheSameProbabilities() {
    ObjectNode node = new ObjectMapper().createObjectNode();
    CALIBRATION.write(node);
    RuleCalibration back = RuleCalibration.read(node);
    assertThat(back).isEqualTo(CALIBRATION);
    assertThat(RuleCalibration.read(new ObjectMapper().createObjectNode().path("missing")).isEmpty()).isTrue();
  }
}
