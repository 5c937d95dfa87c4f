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
 * {@code --extractor llm} end to end through {@code etl} into both views, against a fake
 * OpenAI-compatible server answering hand-written responses: the Tula article with faults the
 * guards drop, the Kaluga article with a truncated answer. The endpoint is given as JVM system
 * properties of the variables' names, which the CLI reads before the environment.
 */
class LlmExtractorIT {
  private static final String SECRET = "sk-never-printed-1234";
  private static final ObjectMapper JSON = new ObjectMapper();

  @AfterEach
  void forgetTheEndpoint() {
    System.clearProperty("PARTNERGRAPH_LLM_BASE_URL");
    System.clearProperty("PARTNERGRAPH_LLM_MODEL");
    System.clearProperty("PARTNERGRAPH_LLM_API_KEY");
  }

  @Test
  void loadsWhatPassesTheGuardsIntoBothViewsRejectsATruncatedAnswerAndAsksOnlyForItOnTheNextFullRun(@TempDir Path data)
      throws Exception {
    try (FakeModelServer server = new FakeModelServer(n -> body -> body.contains("Kaluga")
        ? Reply.content(FakeModelServer.fixture("truncated.txt"))
        : Reply.content(FakeModelServer.fixture("tula-guarded.json")))) {
      System.setProperty("PARTNERGRAPH_LLM_BASE_URL", server.baseUrl());
      System.setProperty("PARTNERGRAPH_LLM_MODEL", "test-model");
      System.setProperty("PARTNERGRAPH_LLM_API_KEY", SECRET);
      Path report = data.resolve("run.json");

      CliRun first = CliRun.of("--data-dir", data.toString(), "etl", "-q", "--extractor", "llm", "--report", report.toString(),
          Fixtures.dir().toString());

      assertThat(first.exitCode()).as(first.toString()).isEqualTo(1);
      assertThat(first.err()).contains("a-kaluga-harbin-forum.txt: extractor llm failed on article 'a-kaluga-harbin-forum': "
          + "the model's answer is not valid JSON");
      assertThat(first.out()).contains("2 read, 1 loaded, 1 rejected")
          .contains("dropped by guard: evidence not in article 1, name not in article 2, outside the schema 1, wrong types 1, no named party 1");
      assertThat(first.out()).contains("extractor  requests 2, answers from the cache 0, tokens 2,400");
      assertThat(first.out() + first.err()).doesNotContain(SECRET);
      assertThat(JSON.readTree(report.toFile()).get("droppedByGuard").get("wrong types").asLong()).isEqualTo(1);
      assertThat(server.requests()).hasSize(2);

      JsonNode governs = CliRun.cypherJson(data,
          "MATCH (g:Governor)-[r:GOVERNS]->(x:Region) RETURN g.name AS g, x.id AS region, r.rule AS rule, r.evidence AS evidence");
      assertThat(governs).hasSize(1);
      assertThat(governs.get(0).get("g").asText()).isEqualTo("Dmitry Milyaev");
      assertThat(governs.get(0).get("rule").asText()).isEqualTo("llm/prompt-2");
      assertThat(governs.get(0).get("evidence").get(0).asText()).isEqualTo("The governor of the Tula region, Dmitry Milyaev, visited China this week");
      JsonNode invented = CliRun.cypherJson(data, "MATCH (n:Entity) WHERE toLower(n.name) CONTAINS 'geely' OR (n:Automaker)-[:GOVERNS]->() RETURN count(n) AS n");
      assertThat(invented.get(0).get("n").asLong()).isZero();

      CliRun sparql = CliRun.of("--data-dir", data.toString(), "sparql", "--format", "json",
          "PREFIX pg: <https://partnergraph.org/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
              + "SELECT ?g ?r ?rule WHERE { ?gov pg:governs ?reg . ?gov rdfs:label ?g . ?reg rdfs:label ?r . "
              + "?s pg:rule ?rule ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> pg:governs }");
      assertThat(sparql.exitCode()).as(sparql.toString()).isZero();
      JsonNode bindings = JSON.readTree(sparql.out()).get("results").get("bindings");
      assertThat(bindings).extracting(b -> b.get("g").get("value").asText() + " governs " + b.get("r").get("value").asText()
          + " by " + b.get("rule").get("value").asText()).containsExactly("Dmitry Milyaev governs Tula Oblast by llm/prompt-2");

      String ledger = Files.readString(data.resolve("ledger.jsonl"));
      assertThat(ledger).contains("b-tula-chery-visit").contains("llm/test-model/prompt-2").doesNotContain("a-kaluga-harbin-forum");

      CliRun again = CliRun.of("--data-dir", data.toString(), "etl", "-q", "--full", "--extractor", "llm", Fixtures.dir().toString());
      assertThat(again.exitCode()).as(again.toString()).isEqualTo(1);
      assertThat(server.requests()).as("Tula answered from the cache; only the rejected Kaluga asked again").hasSize(3);
      assertThat(server.requests().get(2).body()).contains("Kaluga");

      CliRun uncached = CliRun.of("--data-dir", data.toString(), "etl", "-q", "--full", "--extractor", "llm", "--no-llm-cache",
          Fixtures.dir().toString());
      assertThat(uncached.exitCode()).as(uncached.toString()).isEqualTo(1);
      assertThat(server.requests()).hasSize(5);
    }
  }

  @Test
  void aSecondFullRunOfGoodAnswersSendsNoRequest(@TempDir Path data) throws Exception {
    try (FakeModelServer server = new FakeModelServer(n -> body -> Reply.content(FakeModelServer.fixture("tula-good.json")))) {
      System.setProperty("PARTNERGRAPH_LLM_BASE_URL", server.baseUrl());
      System.setProperty("PARTNERGRAPH_LLM_MODEL", "test-model");
      Path tula = Fixtures.article(Fixtures.TULA);
      CliRun first = CliRun.of("--data-dir", data.toString(), "etl", "-q", "--extractor", "llm", tula.toString());
      assertThat(first.exitCode()).as(first.toString()).isZero();
      assertThat(first.out()).doesNotContain("dropped by guard");
      CliRun second = CliRun.of("--data-dir", data.toString(), "etl", "-q", "--full", "--extractor", "llm", tula.toString());
      assertThat(second.exitCode()).as(second.toString()).isZero();
      assertThat(second.out()).contains("1 read, 1 loaded");
      assertThat(server.requests()).hasSize(1);
      JsonNode chery = CliRun.cypherJson(data, "MATCH (:Automaker {id: 'automaker/chery'})-[:HAS_METRIC]->(m:Metric) RETURN m.value AS v");
      assertThat(chery.get(0).get("v").asLong()).isEqualTo(1_800_000L);
    }
  }

  @Test
  void aMissingModelIsAUsageErrorNamingTheVariableAndExtractorsListsLlm(@TempDir Path data) {
    System.setProperty("PARTNERGRAPH_LLM_BASE_URL", "http://127.0.0.1:9/v1");
    CliRun run = CliRun.of("--data-dir", data.toString(), "etl", "--extractor", "llm", Fixtures.dir().toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("PARTNERGRAPH_LLM_MODEL");
    assertThat(Files.exists(data.resolve("neo4j"))).as("no store opened").isFalse();
    assertThat(CliRun.of("extractors").out()).contains("llm").contains("rules/18  (default)");
  }
}
