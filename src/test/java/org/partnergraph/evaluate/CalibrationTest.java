package org.partnergraph.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Confidences are judged by how often the facts stating them are right. */
class CalibrationTest {
  @Test
  void confidencesThatMatchHowOftenTheyAreRightHaveNoCalibrationError() {
    List<Double> confidences = List.of(0.75, 0.75, 0.75, 0.75, 0.25, 0.25, 0.25, 0.25);
    List<Boolean> right = List.of(true, true, true, false, true, false, false, false);
    assertThat(Calibration.expectedError(confidences, right)).isCloseTo(0, within(1e-9));
  }

  @Test
  void overconfidenceShowsAsTheGapBetweenConfidenceAndShareRight() {
    List<Double> confidences = List.of(0.95, 0.95, 0.95, 0.95);
    List<Boolean> right = List.of(true, true, false, false);
    assertThat(Calibration.expectedError(confidences, right)).isCloseTo(0.45, within(1e-9));
  }

  @Test
  void brierScoreIsTheMeanSquaredGapToTheOutcome() {
    assertThat(Calibration.brier(List.of(1.0, 0.0), List.of(true, false))).isZero();
    assertThat(Calibration.brier(List.of(0.5, 0.5), List.of(true, false))).isCloseTo(0.25, within(1e-9));
    assertThat(Calibration.brier(List.of(), List.of())).isZero();
  }
}
