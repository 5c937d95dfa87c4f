package org.partnergraph.extract.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.partnergraph.extract.Extractor;
import org.partnergraph.extract.annotation.AnnotationFacts;
import org.partnergraph.extract.annotation.Gold;
import org.partnergraph.model.Article;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.InputException;
import org.partnergraph.reference.ReferenceData;

/**
 * Asks a language model behind any OpenAI-compatible endpoint to annotate each article in the gold
 * annotation format, holds the answer to the article ({@link Guards}), and turns what passes into
 * facts through the same converter, resolution and reference data as gold files, so the model is
 * scored and loaded exactly like the built-in extractor. A plug-in, never the default.
 *
 * <pre>{@code
 * Extractor llm = new LlmExtractor(LlmSettings.from(System::getenv, dataDir.resolve("llm-cache")));
 * ArticleFacts facts = llm.extract(article);
 * }</pre>
 */
public final class LlmExtractor implements Extractor {
  /** The name {@code --extractor} takes. */
  public static final String NAME = "llm";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final LlmSettings settings;
  private final Prompt prompt;
  private final ChatClient client;
  private final AnswerCache cache;
  private final AnnotationFacts converter;
  private final Map<Guard, AtomicLong> dropped = new EnumMap<>(Guard.class);
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong cacheHits = new AtomicLong();
  private final AtomicLong tokens = new AtomicLong();

  public LlmExtractor(LlmSettings settings) {
    this(settings, Duration.ofSeconds(1));
  }

  /** With the first retry's wait given, so that tests of retries need not wait seconds. */
  LlmExtractor(LlmSettings settings, Duration firstBackoff) {
    this.settings = settings;
    this.prompt = Prompt.bundled();
    this.client = new ChatClient(settings, firstBackoff);
    this.cache = settings.cacheDir() == null ? null : new AnswerCache(settings.cacheDir());
    this.converter = new AnnotationFacts(ReferenceData.bundled());
    for (Guard g : Guard.values()) {
      dropped.put(g, new AtomicLong());
    }
  }

  /** {@code llm/<model>/<prompt version>}: a new model or prompt re-extracts what an older one loaded. */
  @Override
  public String version() {
    String v = NAME + "/" + settings.model() + "/" + prompt.version();
    return v.length() <= 100 ? v : v.substring(0, 100);
  }

  @Override
  public ArticleFacts extract(Article article) {
    String text = article.title() == null || article.title().isBlank() || article.text().startsWith(article.title())
        ? article.text() : article.title() + "\n\n" + article.text();
    Guards guards = new Guards(text, ReferenceData.bundled(), g -> dropped.get(g).incrementAndGet());
    List<Gold> answers = new ArrayList<>();
    for (String part : Paragraphs.split(text, settings.maxChars())) {
      Gold answer = Gold.parse(answerObject(ask(part)), article.id(), what -> dropped.get(Guard.OUTSIDE_SCHEMA).incrementAndGet());
      answers.add(guards.apply(answer));
    }
    AnnotationFacts.Provenance provenance = new AnnotationFacts.Provenance(version(), NAME + "/" + prompt.version(), prompt.confidence());
    return converter.toFacts(merge(article.id(), answers), article, provenance);
  }

  /** The answer for one part of an article: from the cache when asked before, else from the server. */
  private String ask(String part) {
    String key = AnswerCache.key(settings, prompt.version(), part);
    if (cache != null) {
      var cached = cache.get(key);
      if (cached.isPresent()) {
        cacheHits.incrementAndGet();
        return cached.get();
      }
    }
    if (settings.maxTokens() > 0 && tokens.get() >= settings.maxTokens()) {
      throw new LlmException("the token budget is spent (--llm-max-tokens " + settings.maxTokens() + ", " + tokens.get()
          + " used): not asked, the next run asks");
    }
    requests.incrementAndGet();
    ChatClient.Answer answer = client.complete(prompt.request(settings.model(), part));
    tokens.addAndGet(answer.promptTokens() + answer.completionTokens());
    answerObject(answer.content()); // a garbled answer is not kept: the next run asks again
    if (cache != null) {
      cache.put(key, answer.content());
    }
    return answer.content();
  }

  /** The answer as one JSON object; small models wrap it in a code fence, which is unwrapped. */
  private static JsonNode answerObject(String content) {
    String s = content.strip();
    if (s.startsWith("```")) {
      s = s.replaceFirst("^```[a-zA-Z]*\\s*", "").replaceFirst("\\s*```$", "");
    }
    try {
      JsonNode node = JSON.readTree(s);
      if (node == null || !node.isObject()) {
        throw new LlmException("the model's answer is not one JSON object: " + clip(s));
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new LlmException("the model's answer is not valid JSON (truncated?): " + clip(s));
    }
  }

  /** The parts' answers as one: entities once by type and name, facts in order. */
  private static Gold merge(String articleId, List<Gold> answers) {
    if (answers.size() == 1) {
      return answers.get(0);
    }
    Map<String, Gold.GoldEntity> entities = new LinkedHashMap<>();
    List<Gold.GoldRelation> relations = new ArrayList<>();
    List<Gold.GoldPartnership> partnerships = new ArrayList<>();
    List<Gold.GoldMetric> metrics = new ArrayList<>();
    for (Gold g : answers) {
      g.entities().forEach(e -> entities.merge(e.type() + "\t" + e.name(), e, (a, b) -> {
        List<String> aliases = new ArrayList<>(a.aliases());
        b.aliases().stream().filter(x -> !aliases.contains(x)).forEach(aliases::add);
        return new Gold.GoldEntity(a.type(), a.name(), aliases, a.operator() != null ? a.operator() : b.operator(),
            a.location() != null ? a.location() : b.location());
      }));
      relations.addAll(g.relations());
      partnerships.addAll(g.partnerships());
      metrics.addAll(g.metrics());
    }
    return new Gold(articleId, List.copyOf(entities.values()), relations, partnerships, metrics);
  }

  @Override
  public Map<String, Long> dropped() {
    Map<String, Long> out = new LinkedHashMap<>();
    dropped.forEach((g, n) -> {
      if (n.get() > 0) {
        out.put(g.description(), n.get());
      }
    });
    return out;
  }

  /** {@code requests 12, answers from the cache 30, tokens 41,200}: what this run spent, for progress lines and the summary. */
  @Override
  public String usage() {
    return String.format("requests %,d, answers from the cache %,d, tokens %,d", requests.get(), cacheHits.get(), tokens.get());
  }

  /** Requests sent to the server in this run (answers from the cache are not requests). */
  public long requests() {
    return requests.get();
  }

  public long cacheHits() {
    return cacheHits.get();
  }

  /** Tokens the server reported in {@code usage}, prompt and completion together. */
  public long tokens() {
    return tokens.get();
  }

  /** Named {@code llm} whatever the model, as users select it. */
  @Override
  public String failure(Article article, RuntimeException e) {
    String why = e instanceof LlmException ? e.getMessage() : e.toString();
    return new InputException(article.where(),
        "extractor " + NAME + " failed on article '" + article.id() + "': " + why).getMessage();
  }

  private static String clip(String s) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() > 120 ? one.substring(0, 120) + "…" : one;
  }
}
