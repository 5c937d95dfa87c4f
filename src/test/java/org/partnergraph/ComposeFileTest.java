package org.partnergraph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docker-compose.yml cannot run here (no Docker engine), so its structure is checked instead. */
class ComposeFileTest {
  private static JsonNode compose() throws Exception {
    return new ObjectMapper(new YAMLFactory()).readTree(Path.of("docker-compose.yml").toFile());
  }

  @Test
  void definesNeo4jFusekiAndTheNightlyEtlWithPinnedImages() throws Exception {
    JsonNode services = compose().get("services");
    assertThat(services.fieldNames()).toIterable().containsExactlyInAnyOrder("neo4j", "fuseki", "etl", "ollama");
    services.forEach(s -> assertThat(s.get("image").asText()).matches("[\\w./-]+:[\\w.-]+").doesNotEndWith(":latest"));
    assertThat(services.at("/neo4j/image").asText()).startsWith("neo4j:5.26");
  }

  @Test
  void publishesPortsOnLoopbackOnly() throws Exception {
    compose().get("services").forEach(s -> {
      if (s.has("ports")) {
        s.get("ports").forEach(p -> assertThat(p.asText()).startsWith("127.0.0.1:"));
      }
    });
  }

  @Test
  void serversHaveHealthchecksAndTheEtlWaitsForThem() throws Exception {
    JsonNode services = compose().get("services");
    assertThat(services.at("/neo4j/healthcheck/test").isArray()).isTrue();
    assertThat(services.at("/fuseki/healthcheck/test").isArray()).isTrue();
    assertThat(services.at("/etl/depends_on/neo4j/condition").asText()).isEqualTo("service_healthy");
    assertThat(services.at("/etl/depends_on/fuseki/condition").asText()).isEqualTo("service_healthy");
  }

  @Test
  void theEtlRunsTheNightlyScriptOnAConfigurableScheduleAndTimeZone() throws Exception {
    JsonNode etl = compose().at("/services/etl");
    assertThat(etl.get("command").get(0).asText()).isEqualTo("scripts/nightly.sh");
    assertThat(Files.isExecutable(Path.of("scripts/nightly.sh"))).isTrue();
    assertThat(etl.at("/environment/SCHEDULE").asText()).contains("${SCHEDULE");
    assertThat(etl.at("/environment/TZ").asText()).contains("${TZ");
    assertThat(etl.at("/environment/NEO4J_URI").asText()).isEqualTo("bolt://neo4j:7687");
  }

  @Test
  void anOptionalOllamaServiceUnderAProfileIsWiredToTheEtlThroughTheSameVariables() throws Exception {
    JsonNode services = compose().get("services");
    assertThat(services.at("/ollama/profiles").get(0).asText()).isEqualTo("llm");
    JsonNode env = services.at("/etl/environment");
    assertThat(env.get("PARTNERGRAPH_LLM_BASE_URL").asText()).contains("http://ollama:11434/v1");
    assertThat(env.get("PARTNERGRAPH_LLM_MODEL").asText()).contains("${PARTNERGRAPH_LLM_MODEL");
    assertThat(env.get("PARTNERGRAPH_EXTRACTOR").asText()).isEqualTo("${PARTNERGRAPH_EXTRACTOR:-rules/18}");
    assertThat(services.at("/etl/depends_on").has("ollama")).as("the default nightly runs without a model").isFalse();
    assertThat(Files.readString(Path.of("scripts/nightly.sh"))).contains("--extractor \"${PARTNERGRAPH_EXTRACTOR:-rules/18}\"");
  }

  @Test
  void everyNamedVolumeIsDeclaredAndSecretsComeFromTheEnvironment() throws Exception {
    JsonNode root = compose();
    root.get("services").forEach(s -> s.path("volumes").forEach(v -> {
      String source = v.asText().split(":")[0];
      if (!source.startsWith(".") && !source.startsWith("/") && !source.startsWith("$")) {
        assertThat(root.get("volumes").has(source)).as(source).isTrue();
      }
    }));
    assertThat(Files.readString(Path.of("docker-compose.yml"))).doesNotContainPattern("PASSWORD: [^$\\s]");
  }
}
