package org.partnergraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnergraph.FakeModelServer;
import org.partnergraph.FakeModelServer.Reply;
import org.partnergraph.Fixtures;

/**
 * {@code evaluate --compare rules/11,llm} scores the llm extractor like any other. The fake server
 * answers with the very annotation the gold file holds, so the plumbing (request, guards,
 * converter, scorer) must give a perfect score: anything lost or misresolved on the way shows.
 * This measures the plumbing, not a model.
 */
class EvaluateLlmTest {

  @AfterEach
  void forgetTheEndpoint() {
    System.clearProperty("PARTNERGRAPH_LLM_BASE_URL");
    System.clearProperty("PARTNERGRAPH_LLM_MODEL");
  }

  @Test
  void anAnswerEqualToTheGoldScoresPerfectlyBesideTheRules(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("gold-set");
    Files.createDirectories(gold.resolve("articles"));
    Files.createDirectories(gold.resolve("gold"));
    Files.copy(Fixtures.article(Fixtures.TULA), gold.resolve("articles").resolve(Fixtures.TULA + ".txt"));
    Files.writeString(gold.resolve("gold").resolve(Fixtures.TULA + ".gold.json"), FakeModelServer.fixture("tula-good.json"));
    try (FakeModelServer server = new FakeModelServer(n -> body -> Reply.content(FakeModelServer.fixture("tula-good.json")))) {
      System.setProperty("PARTNERGRAPH_LLM_BASE_URL", server.baseUrl());
      System.setProperty("PARTNERGRAPH_LLM_MODEL", "test-model");
      CliRun run = CliRun.of("--data-dir", dir.resolve("data").toString(), "evaluate", "--gold", gold.toString(),
          "--compare", "rules/11,llm", "--samples", "100", "--format", "json");
      assertThat(run.exitCode()).as(run.toString()).isZero();
      JsonNode extractors = new ObjectMapper().readTree(run.out()).get("extractors");
      assertThat(extractors).hasSize(2);
      JsonNode llm = extractors.get(1);
      assertThat(llm.get("name").asText()).isEqualTo("llm");
      for (String category : new String[] {"entities", "relations", "partnerships", "figures"}) {
        assertThat(llm.get(category).get("f1").asDouble()).as(category + ": " + llm).isEqualTo(1.0);
      }
      assertThat(Files.list(dir.resolve("data").resolve("llm-cache"))).isNotEmpty();
    }
  }
}
