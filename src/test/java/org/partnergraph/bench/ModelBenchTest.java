package org.partnergraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.partnergraph.extract.Extractors;

/** The learned-extraction bench times the newest bundled model, whichever that is, and says which in its results. */
class ModelBenchTest {
  @Test
  void timesTheNewestBundledModelNotAFixedOne() {
    String newest = Extractors.names().stream().filter(n -> n.startsWith("model/"))
        .max(Comparator.comparingInt(n -> Integer.parseInt(n.substring("model/".length())))).orElseThrow();
    assertThat(ModelBench.newestModel().name()).isEqualTo(newest);
  }

  @Test
  void theResultsNameTheModelTimedAndKeyItsFiguresWithoutAVersion() {
    ModelBench.Pass pass = new ModelBench.Pass(2.0, 10);
    ObjectNode json = ModelBench.json(new ModelBench.Result("model/9", "rules/17", 20, 4096, 1, pass, pass, new ModelBench.Pass(1.0, 0), 10));
    assertThat(json.get("model").asText()).isEqualTo("model/9");
    assertThat(json.at("/model_cold_cache/articles_per_second").asDouble()).isEqualTo(10.0);
    assertThat(json.get("model_warm_vs_rules").asDouble()).isEqualTo(2.0);
    assertThat(json.at("/rules/version").asText()).isEqualTo("rules/17");
    assertThat(json.has("model9_vs_rules")).isFalse();
  }
}
