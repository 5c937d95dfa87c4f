package org.partnergraph.extract.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogisticModelTest {

  private static List<LogisticModel.Example> examples() {
    List<LogisticModel.Example> out = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      boolean right = i % 3 != 0;
      // the cue decides; the rule fires on both kinds alike and carries no signal
      out.add(new LogisticModel.Example(Map.of(right ? "cue=signed" : "cue=denial", 1.0, "rule=x", 1.0), null, right));
    }
    return out;
  }

  @Test
  void learnsWhichFeatureSeparatesRightFromWrongProposals() {
    LogisticModel m = LogisticModel.train(examples(), 0.01);
    double signed = LogisticModel.sigmoid(m.logit(Map.of("cue=signed", 1.0, "rule=x", 1.0), null));
    double denied = LogisticModel.sigmoid(m.logit(Map.of("cue=denial", 1.0, "rule=x", 1.0), null));
    assertThat(signed).isGreaterThan(0.9);
    assertThat(denied).isLessThan(0.1);
  }

  @Test
  void theSameDataGivesTheSameModel() {
    LogisticModel a = LogisticModel.train(examples(), 0.01);
    LogisticModel b = LogisticModel.train(examples(), 0.01);
    assertThat(a.weights()).containsExactly(b.weights());
    assertThat(a.bias()).isEqualTo(b.bias());
  }

  @Test
  void aFeatureNeverSeenInTrainingIsIgnored() {
    LogisticModel m = LogisticModel.train(examples(), 0.01);
    assertThat(m.logit(Map.of("cue=signed", 1.0, "unseen", 5.0), null)).isEqualTo(m.logit(Map.of("cue=signed", 1.0), null));
  }
}
