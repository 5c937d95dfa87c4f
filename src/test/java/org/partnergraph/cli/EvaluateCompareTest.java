package org.partnergraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code evaluate --compare}: several extractors on the same gold, side by side, with intervals. */
class EvaluateCompareTest {
  private static final String TEST_SPLIT = "src/test/resources/eval/test";

  @Test
  void theSameExtractorTwiceGivesTwoIdenticalColumnsAndIntervalsAtZero() throws Exception {
    CliRun run = CliRun.of("evaluate", "--gold", TEST_SPLIT, "--compare", "rules/11,rules/11", "--samples", "200", "--format", "json");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonNode root = new ObjectMapper().readTree(run.out());
    JsonNode extractors = root.get("extractors");
    assertThat(extractors).hasSize(2);
    assertThat(extractors.get(0).get("relations")).isEqualTo(extractors.get(1).get("relations"));
    assertThat(root.get("differences")).hasSize(5).allSatisfy(d -> {
      assertThat(d.get("f1Difference").asDouble()).isZero();
      assertThat(d.get("low").asDouble()).isZero();
      assertThat(d.get("high").asDouble()).isZero();
      assertThat(d.get("noise").asBoolean()).isTrue();
    });
  }

  @Test
  void anUnknownExtractorIsAUsageErrorThatNamesTheKnownOnes() {
    CliRun run = CliRun.of("evaluate", "--gold", TEST_SPLIT, "--compare", "rules/11,rules/99");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no extractor named 'rules/99'").contains("rules/11");
  }
}
