package org.partnergraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.partnergraph.extract.Extractor;
import org.partnergraph.extract.Extractors;
import org.partnergraph.extract.RuleExtractor;
import org.partnergraph.extract.decide.DecisionModel;
import org.partnergraph.extract.decide.LearnedExtractor;
import org.partnergraph.extract.decide.SentenceEmbedder;
import org.partnergraph.ingest.ArticleReader;
import org.partnergraph.model.Article;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.InputException;

/**
 * What the learned extractor costs over the rules it starts from: the rules version it decides (its
 * {@code proposer}) and the newest
 * bundled model (the last {@code model/N} that {@link Extractors#names()} lists, so a new model is
 * timed without editing this bench) on the same real articles (the development set, whose
 * sentences are as varied as a night's news; the generated corpus repeats its templates'
 * sentences, which a cache would flatter), one extraction thread as {@code etl} runs, in one JVM,
 * alternating, after a warm-up. The model is timed twice per round: with an empty sentence cache (every sentence new, as on a
 * night of new articles) and again over the same articles (everything cached: a rerun, a
 * syndicated copy, {@code evaluate --compare}). The figure to read is the ratio to those rules in
 * the same run. Both model passes must give the same facts, or the cache changed the output.
 *
 * <pre>ModelBench --articles DIR --out FILE [--limit N] [--rounds N]</pre>
 */
final class ModelBench {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** One timed pass: how long, and how many sentences reached the embedding model. */
  record Pass(double seconds, long sentencesEmbedded) {}

  /** The fastest pass of each kind over the rounds (the one another session's load disturbed least). */
  record Result(String model, String rulesVersion, int articles, long bytes, int rounds, Pass rules, Pass modelCold, Pass modelWarm,
      int distinctSentences) {
    double rulesPerSecond() {
      return articles / rules.seconds();
    }

    double coldPerSecond() {
      return articles / modelCold.seconds();
    }

    double warmPerSecond() {
      return articles / modelWarm.seconds();
    }
  }

  /** The bundled model behind a counter of the sentences it embeds. */
  private static final class CountedModel implements SentenceEmbedder.Encoder {
    final AtomicLong sentences = new AtomicLong();

    @Override
    public List<float[]> encode(List<String> batch) {
      sentences.addAndGet(batch.size());
      return SentenceEmbedder.bundledModel().encode(batch);
    }
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> opt = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    Result r = run(Path.of(opt.getOrDefault("articles", "src/test/resources/eval/dev/articles")),
        Integer.parseInt(opt.getOrDefault("limit", "0")), Integer.parseInt(opt.getOrDefault("rounds", "2")));
    ObjectNode json = json(r);
    json.put("date", Instant.now().toString());
    json.put("cores", Runtime.getRuntime().availableProcessors());
    json.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    String text = JSON.writeValueAsString(json) + "\n";
    if (opt.containsKey("out")) {
      Files.writeString(Path.of(opt.get("out")), text, StandardCharsets.UTF_8);
    }
    System.out.print(text);
  }

  /** The newest bundled model: the last {@code model/N} the extractors list, with its deciders. */
  static DecisionModel newestModel() {
    List<String> models = Extractors.names().stream().filter(name -> name.startsWith("model/")).toList();
    if (models.isEmpty()) {
      throw new IllegalStateException("no bundled model/N among the extractors: " + Extractors.names());
    }
    return ((LearnedExtractor) Extractors.byName(models.get(models.size() - 1))).model();
  }

  /**
   * @param articlesDir the articles (files or folders, as {@code extract} reads them)
   * @param limit the first N articles only, 0 for all
   * @param rounds how many times each pass runs; the fastest counts
   */
  static Result run(Path articlesDir, int limit, int rounds) throws Exception {
    List<Article> articles = read(articlesDir);
    if (limit > 0 && limit < articles.size()) {
      articles = articles.subList(0, limit);
    }
    long bytes = articles.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sum();
    DecisionModel model = newestModel();
    List<Article> warmUp = articles.subList(0, Math.min(30, articles.size()));
    extract(new RuleExtractor(model.proposer()), warmUp); // JIT, reference data
    extract(new LearnedExtractor(model, new SentenceEmbedder(SentenceEmbedder.bundledModel(), 1)), warmUp); // loads the ONNX model

    Pass rules = null;
    Pass cold = null;
    Pass warm = null;
    int distinct = 0;
    for (int round = 0; round < Math.max(1, rounds); round++) {
      Pass r = timed(new RuleExtractor(model.proposer()), articles, null).pass();
      CountedModel counted = new CountedModel();
      SentenceEmbedder embedder = new SentenceEmbedder(counted, SentenceEmbedder.DEFAULT_CAPACITY);
      LearnedExtractor learned = new LearnedExtractor(model, embedder);
      Timed c = timed(learned, articles, counted);
      distinct = embedder.cached();
      Timed w = timed(learned, articles, counted);
      if (!c.facts().equals(w.facts())) {
        throw new IllegalStateException(model.name() + " gave different facts with its sentence cache full than with it empty");
      }
      rules = fastest(rules, r);
      cold = fastest(cold, c.pass());
      warm = fastest(warm, w.pass());
    }
    return new Result(model.name(), model.proposer(), articles.size(), bytes, Math.max(1, rounds), rules, cold, warm, distinct);
  }

  private record Timed(Pass pass, List<ArticleFacts> facts) {}

  private static Timed timed(Extractor extractor, List<Article> articles, CountedModel counted) {
    long before = counted == null ? 0 : counted.sentences.get();
    long start = System.nanoTime();
    List<ArticleFacts> facts = extract(extractor, articles);
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Timed(new Pass(seconds, counted == null ? 0 : counted.sentences.get() - before), facts);
  }

  private static Pass fastest(Pass best, Pass p) {
    return best == null || p.seconds() < best.seconds() ? p : best;
  }

  private static List<ArticleFacts> extract(Extractor extractor, List<Article> articles) {
    List<ArticleFacts> out = new ArrayList<>(articles.size());
    articles.forEach(a -> out.add(extractor.extract(a)));
    return out;
  }

  private static List<Article> read(Path dir) throws Exception {
    List<Article> articles = new ArrayList<>();
    new ArticleReader().read(List.of(dir), new ArticleReader.Handler() {
      @Override
      public void article(Article article) {
        articles.add(article);
      }

      @Override
      public void rejected(InputException problem) {
        throw new IllegalStateException("a benchmark article was rejected: " + problem.getMessage());
      }
    });
    return articles;
  }

  static ObjectNode json(Result r) {
    ObjectNode n = JSON.createObjectNode();
    n.put("model", r.model());
    n.put("articles", r.articles());
    n.put("kb", BenchSuite.round(r.bytes() / 1024.0, 1));
    n.put("rounds", r.rounds());
    n.put("threads", 1);
    n.put("distinct_sentences_embedded", r.distinctSentences());
    ObjectNode rules = n.putObject("rules");
    rules.put("version", r.rulesVersion());
    rules.put("seconds", BenchSuite.round(r.rules().seconds(), 2));
    rules.put("articles_per_second", BenchSuite.round(r.rulesPerSecond(), 1));
    ObjectNode cold = n.putObject("model_cold_cache");
    cold.put("seconds", BenchSuite.round(r.modelCold().seconds(), 2));
    cold.put("articles_per_second", BenchSuite.round(r.coldPerSecond(), 1));
    cold.put("sentences_embedded", r.modelCold().sentencesEmbedded());
    ObjectNode warm = n.putObject("model_warm_cache");
    warm.put("seconds", BenchSuite.round(r.modelWarm().seconds(), 2));
    warm.put("articles_per_second", BenchSuite.round(r.warmPerSecond(), 1));
    warm.put("sentences_embedded", r.modelWarm().sentencesEmbedded());
    n.put("model_vs_rules", BenchSuite.round(r.coldPerSecond() / r.rulesPerSecond(), 3));
    n.put("model_warm_vs_rules", BenchSuite.round(r.warmPerSecond() / r.rulesPerSecond(), 3));
    return n;
  }

  private ModelBench() {}
}
