package org.partnergraph.extract.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchRuntimeException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnergraph.FakeModelServer;
import org.partnergraph.FakeModelServer.Reply;
import org.partnergraph.Fixtures;
import org.partnergraph.extract.RuleExtractor;
import org.partnergraph.ingest.ArticleReader;
import org.partnergraph.model.Article;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.Entity;
import org.partnergraph.model.InputException;
import org.partnergraph.model.Relation;
import org.partnergraph.model.RelationType;

/** The llm extractor against a fake OpenAI-compatible server answering crafted, hand-written responses. */
class LlmExtractorTest {
  private static final Article TULA = article(Fixtures.TULA);

  @Test
  void turnsAGoodAnswerIntoFactsResolvedLikeTheRulesWithTheirQuotes() throws Exception {
    try (FakeModelServer server = new FakeModelServer(n -> body -> Reply.content(FakeModelServer.fixture("tula-good.json")))) {
      LlmExtractor llm = new LlmExtractor(settings(server, Duration.ofSeconds(10), null));
      ArticleFacts facts = llm.extract(TULA);

      ArticleFacts rules = new RuleExtractor().extract(TULA);
      String region = idOfType(rules, "region/");
      Relation governs = facts.relations().stream().filter(r -> r.type() == RelationType.GOVERNS).findFirst().orElseThrow();
      assertThat(governs.to()).as("the same resolution as the rule extractor").isEqualTo(region);
      assertThat(governs.from()).isEqualTo(idOfType(rules, "governor/"));
      assertThat(governs.evidence()).isEqualTo("The governor of the Tula region, Dmitry Milyaev, visited China this week");
      assertThat(governs.rule()).isEqualTo("llm/prompt-2");
      assertThat(facts.extractor()).isEqualTo("llm/test-model/prompt-2");
      assertThat(facts.relations()).extracting(r -> r.type() + " " + r.from() + " " + r.to()).contains(
          "INVITED governor/dmitry-milyaev automaker/chery", "OWNS_BRAND automaker/chery brand/omoda");
      Entity partnership = facts.entities().stream().filter(e -> e.id().startsWith("partnership/")).findFirst().orElseThrow();
      assertThat(partnership.attributes()).containsEntry("status", "invited").containsEntry("crossBorder", true);
      assertThat(llm.dropped()).isEmpty();

      JsonNode request = new ObjectMapper().readTree(server.requests().get(0).body());
      assertThat(request.path("temperature").asDouble()).isZero();
      assertThat(request.path("model").asText()).isEqualTo("test-model");
      assertThat(request.path("response_format").path("type").asText()).isEqualTo("json_schema");
      assertThat(request.path("response_format").path("json_schema").path("strict").asBoolean()).isTrue();
      assertThat(request.path("messages").get(0).path("role").asText()).isEqualTo("system");
      assertThat(server.requests().get(0).authorization()).isEqualTo("Bearer sk-test-secret");
    }
  }

  @Test
  void statesWhatTheReferenceDataKnowsOfItsEntitiesAsTheRulesDo() throws Exception {
    try (FakeModelServer server = new FakeModelServer(n -> body -> Reply.content(FakeModelServer.fixture("tula-good.json")))) {
      ArticleFacts facts = new LlmExtractor(settings(server, Duration.ofSeconds(10), null)).extract(TULA);
      ArticleFacts rules = new RuleExtractor().extract(TULA);

      Function<ArticleFacts, List<String>> fromReference = f -> f.relations().stream()
          .filter(r -> r.rule().startsWith("reference.") && facts.entitiesById().containsKey(r.from()))
          .map(r -> r.type() + " " + r.from() + " " + r.to() + " " + r.rule()).sorted().toList();
      assertThat(fromReference.apply(facts)).as("a known region in its country, a known maker at home")
          .contains("IN_COUNTRY " + idOfType(rules, "region/") + " country/ru reference.in-country",
              "HEADQUARTERED_IN automaker/chery country/cn reference.headquartered-in")
          .isEqualTo(fromReference.apply(rules));
      assertThat(facts.relations()).filteredOn(r -> r.rule().startsWith("reference."))
          .allSatisfy(r -> assertThat(TULA.text().replace('\u2019', '\'')).contains(r.evidence()));
    }
  }

  @Test
  void dropsAndCountsInventedEntitiesQuotesAndRelationsOutsideTheSchema() throws Exception {
    try (FakeModelServer server = new FakeModelServer(n -> body -> Reply.content(FakeModelServer.fixture("tula-guarded.json")))) {
      LlmExtractor llm = new LlmExtractor(settings(server, Duration.ofSeconds(10), null));
      ArticleFacts facts = llm.extract(TULA);

      assertThat(facts.entities()).extracting(Entity::id).noneMatch(id -> id.contains("geely"));
      assertThat(facts.relations()).noneMatch(r -> r.type() == RelationType.SPOKE_AT);
      assertThat(facts.relations()).noneMatch(r -> r.type() == RelationType.GOVERNS && r.from().startsWith("automaker/"));
      assertThat(facts.relations()).anyMatch(r -> r.type() == RelationType.GOVERNS && r.from().equals("governor/dmitry-milyaev"));
      Map<String, Long> expected = new java.util.LinkedHashMap<>(); // in the order of Guard
      expected.put("evidence not in article", 1L); // the invented quote
      expected.put("name not in article", 2L); // Geely, and the visit to it
      expected.put("outside the schema", 1L); // PARTNERS_WITH
      expected.put("wrong types", 1L); // an automaker GOVERNS a region
      expected.put("no named party", 1L); // a partnership of China alone
      assertThat(llm.dropped()).containsExactlyEntriesOf(expected);
    }
  }

  @Test
  void aTruncatedAnswerFailsTheArticleNamingTheExtractorAndIsNotCached(@TempDir Path cache) throws Exception {
    try (FakeModelServer server = new FakeModelServer(n -> body -> Reply.content(FakeModelServer.fixture("truncated.txt")))) {
      LlmExtractor llm = new LlmExtractor(settings(server, Duration.ofSeconds(10), cache));
      RuntimeException e = catchRuntimeException(() -> llm.extract(TULA));
      assertThat(e).isInstanceOf(LlmException.class).hasMessageContaining("not valid JSON");
      assertThat(llm.failure(TULA, e)).contains("extractor llm failed on article 'b-tula-chery-visit'");
      assertThatThrownBy(() -> llm.extract(TULA)).isInstanceOf(LlmException.class);
      assertThat(server.requests()).as("a garbled answer is asked again, not replayed from the cache").hasSize(2);
    }
  }

  @Test
  void retriesATooManyRequestsAnswerAfterTheWaitTheServerAsksFor() throws Exception {
    Function<Integer, Function<String, Reply>> replies = n -> body -> n == 0
        ? Reply.status(429, Map.of("Retry-After", "1"))
        : Reply.content(FakeModelServer.fixture("tula-good.json"));
    try (FakeModelServer server = new FakeModelServer(replies)) {
      LlmExtractor llm = new LlmExtractor(settings(server, Duration.ofSeconds(10), null), Duration.ofMillis(10));
      long start = System.nanoTime();
      ArticleFacts facts = llm.extract(TULA);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).as("Retry-After: 1 honoured over the 10 ms backoff")
          .isGreaterThanOrEqualTo(Duration.ofMillis(950));
      assertThat(server.requests()).hasSize(2);
      assertThat(facts.relations()).isNotEmpty();
    }
  }

  @Test
  void retriesAServerErrorWithBackoffAndGivesUpOnARefusedConnectionAfterThreeTries() throws Exception {
    Function<Integer, Function<String, Reply>> replies = n -> body -> n < 2
        ? Reply.status(503, Map.of())
        : Reply.content(FakeModelServer.fixture("tula-good.json"));
    try (FakeModelServer server = new FakeModelServer(replies)) {
      new LlmExtractor(settings(server, Duration.ofSeconds(10), null), Duration.ofMillis(10)).extract(TULA);
      assertThat(server.requests()).hasSize(3);
    }
    int closedPort;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    LlmSettings refused = new LlmSettings(URI.create("http://127.0.0.1:" + closedPort + "/v1"), "m", null, Duration.ofSeconds(5), 12_000, null, 0);
    assertThatThrownBy(() -> new LlmExtractor(refused, Duration.ofMillis(10)).extract(TULA))
        .isInstanceOf(LlmException.class).hasMessageContaining("cannot reach").hasMessageContaining("3 tries");
  }

  @Test
  void aClientErrorIsNotRetried() throws Exception {
    try (FakeModelServer server = new FakeModelServer(n -> body -> Reply.status(401, Map.of()))) {
      assertThatThrownBy(() -> new LlmExtractor(settings(server, Duration.ofSeconds(10), null), Duration.ofMillis(10)).extract(TULA))
          .isInstanceOf(LlmException.class).hasMessageContaining("HTTP 401");
      assertThat(server.requests()).hasSize(1);
    }
  }

  @Test
  void givesUpAfterThreeTriesOnAServerThatHangsPastTheTimeout() throws Exception {
    try (FakeModelServer server = new FakeModelServer(n -> body -> Reply.content(FakeModelServer.fixture("tula-good.json")).after(3_000))) {
      LlmExtractor llm = new LlmExtractor(settings(server, Duration.ofMillis(300), null), Duration.ofMillis(10));
      assertThatThrownBy(() -> llm.extract(TULA)).isInstanceOf(LlmException.class)
          .hasMessageContaining("no answer from " + server.baseUrl() + "/chat/completions").hasMessageContaining("3 tries");
      assertThat(server.requests()).hasSize(3);
    }
  }

  @Test
  void answersTheSameArticleFromTheCacheTheSecondTime(@TempDir Path cache) throws Exception {
    try (FakeModelServer server = new FakeModelServer(n -> body -> Reply.content(FakeModelServer.fixture("tula-good.json")))) {
      ArticleFacts first = new LlmExtractor(settings(server, Duration.ofSeconds(10), cache)).extract(TULA);
      LlmExtractor again = new LlmExtractor(settings(server, Duration.ofSeconds(10), cache));
      ArticleFacts second = again.extract(TULA);
      assertThat(server.requests()).hasSize(1);
      assertThat(again.cacheHits()).isEqualTo(1);
      assertThat(second).isEqualTo(first);
      new LlmExtractor(settings(server, Duration.ofSeconds(10), cache.resolve("other"))).extract(TULA);
      assertThat(server.requests()).as("another cache dir has not seen it").hasSize(2);
    }
  }

  @Test
  void asksForEachPartOfAnArticleLongerThanTheBudgetAndMergesTheAnswers() throws Exception {
    try (FakeModelServer server = new FakeModelServer(n -> body -> Reply.content(FakeModelServer.fixture("tula-good.json")))) {
      LlmSettings small = settings(server, Duration.ofSeconds(10), null);
      small = new LlmSettings(small.baseUrl(), small.model(), small.apiKey(), small.timeout(), 600, null, 0);
      ArticleFacts facts = new LlmExtractor(small).extract(TULA);
      assertThat(server.requests().size()).isGreaterThan(1);
      assertThat(facts.entities().stream().filter(e -> e.id().equals("automaker/chery")).count()).isEqualTo(1);
      // the guards hold each part's answer to the whole article: quotes from other parts still count
      assertThat(facts.relations()).anyMatch(r -> r.type() == RelationType.OWNS_BRAND);
    }
  }

  @Test
  void sendsNoRequestOnceTheTokenBudgetIsSpentButStillAnswersFromTheCache(@TempDir Path cache) throws Exception {
    Article kaluga = article(Fixtures.KALUGA);
    try (FakeModelServer server = new FakeModelServer(n -> body -> Reply.content(FakeModelServer.fixture("tula-good.json")))) {
      LlmExtractor llm = new LlmExtractor(settings(server, Duration.ofSeconds(10), cache).withMaxTokens(1_000));
      llm.extract(TULA); // the fake server reports 1,200 tokens per answer
      assertThat(llm.usage()).isEqualTo("requests 1, answers from the cache 0, tokens 1,200");
      assertThatThrownBy(() -> llm.extract(kaluga)).isInstanceOf(LlmException.class).hasMessageContaining("--llm-max-tokens 1000");
      llm.extract(TULA);
      assertThat(server.requests()).hasSize(1);
      assertThat(llm.cacheHits()).isEqualTo(1);
    }
  }

  @Test
  void aMissingEndpointOrModelIsAUsageErrorNamingTheVariableAndTheKeyIsNeverShown() {
    assertThatThrownBy(() -> LlmSettings.from(Map.of(LlmSettings.MODEL, "m")::get, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PARTNERGRAPH_LLM_BASE_URL");
    assertThatThrownBy(() -> LlmSettings.from(Map.of(LlmSettings.BASE_URL, "http://127.0.0.1:1/v1")::get, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PARTNERGRAPH_LLM_MODEL");
    LlmSettings s = LlmSettings.from(Map.of(LlmSettings.BASE_URL, "http://127.0.0.1:1/v1/", LlmSettings.MODEL, "m",
        LlmSettings.API_KEY, "sk-very-secret", LlmSettings.TIMEOUT, "2.5")::get, null);
    assertThat(s.toString()).doesNotContain("sk-very-secret");
    assertThat(s.timeout()).isEqualTo(Duration.ofMillis(2500));
    assertThat(s.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:1/v1"));
    assertThat(s.maxChars()).isEqualTo(12_000);
  }

  @Test
  void splitsOnParagraphsWithinTheBudgetAndKeepsEveryWord() {
    String text = "First paragraph here.\n\nSecond one, a bit longer than the first.\nThird.";
    List<String> parts = Paragraphs.split(text, 45);
    assertThat(parts).allMatch(p -> p.length() <= 45);
    assertThat(String.join(" ", parts).split("\\s+")).containsExactly(text.split("\\s+"));
    assertThat(Paragraphs.split(text, 1000)).hasSize(1);
  }

  private static LlmSettings settings(FakeModelServer server, Duration timeout, Path cache) {
    return new LlmSettings(URI.create(server.baseUrl()), "test-model", "sk-test-secret", timeout, 12_000, cache, 0);
  }

  private static String idOfType(ArticleFacts facts, String prefix) {
    return facts.entities().stream().map(Entity::id).filter(id -> id.startsWith(prefix)).findFirst().orElseThrow();
  }

  private static Article article(String id) {
    List<Article> out = new ArrayList<>();
    new ArticleReader().read(List.of(Fixtures.article(id)), new ArticleReader.Handler() {
      @Override
      public void article(Article article) {
        out.add(article);
      }

      @Override
      public void rejected(InputException problem) {
        throw problem;
      }
    });
    return out.get(0);
  }
}
