package org.partnergraph.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.partnergraph.model.Article;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.extract.decide.DecisionModel;
import org.partnergraph.extract.decide.LearnedExtractor;
import org.partnergraph.extract.llm.LlmExtractor;
import org.partnergraph.extract.llm.LlmSettings;

/**
 * The extractors a user can name ({@code --extractor}, {@code evaluate --compare}): each by its
 * versioned name, so an older one stays runnable as the baseline after the default changes.
 */
public final class Extractors {
  /** What {@code etl}, {@code extract} and {@code evaluate} use unless told otherwise. */
  public static final String DEFAULT = RuleExtractor.VERSION;

  private static final Map<String, Supplier<Extractor>> BY_NAME = new LinkedHashMap<>();

  static {
    for (String version : RuleExtractor.VERSIONS) {
      BY_NAME.put(version, () -> new RuleExtractor(version));
    }
    BY_NAME.put("model/1", () -> new LearnedExtractor(DecisionModel.bundled("/models/model-1.json")));
    BY_NAME.put("model/2", () -> new LearnedExtractor(DecisionModel.bundled("/models/model-2.json")));
    BY_NAME.put("model/3", () -> new LearnedExtractor(DecisionModel.bundled("/models/model-3.json")));
    BY_NAME.put("model/4", () -> new LearnedExtractor(DecisionModel.bundled("/models/model-4.json")));
    BY_NAME.put("model/5", () -> new LearnedExtractor(DecisionModel.bundled("/models/model-5.json")));
    BY_NAME.put("model/6", () -> new LearnedExtractor(DecisionModel.bundled("/models/model-6.json")));
    BY_NAME.put("model/7", () -> new LearnedExtractor(DecisionModel.bundled("/models/model-7.json")));
    BY_NAME.put("model/8", () -> new LearnedExtractor(DecisionModel.bundled("/models/model-8.json")));
    BY_NAME.put("model/9", () -> new LearnedExtractor(DecisionModel.bundled("/models/model-9.json")));
    BY_NAME.put("model/10", () -> new LearnedExtractor(DecisionModel.bundled("/models/model-10.json")));
    BY_NAME.put("model/11", () -> new LearnedExtractor(DecisionModel.bundled("/models/model-11.json")));
    BY_NAME.put("model/12", () -> new LearnedExtractor(DecisionModel.bundled("/models/model-12.json")));
  }

  /**
   * Where an extractor finds what is not in its name: the environment (a language model's endpoint)
   * and the data dir (its answer cache).
   *
   * @param environment a variable's value or null; the process environment in the CLI
   * @param dataDir the data dir, where an extractor may keep answers between runs, or {@code null} for none
   * @param llmMaxTokens the tokens a language model may spend in this run, 0 for no limit
   */
  public record Context(java.util.function.Function<String, String> environment, java.nio.file.Path dataDir, long llmMaxTokens) {
    /** The process environment; a JVM system property of the same name wins (how tests set an endpoint). */
    public static Context of(java.nio.file.Path dataDir, long llmMaxTokens) {
      return new Context(n -> System.getProperty(n, System.getenv(n)), dataDir, llmMaxTokens);
    }
  }

  private Extractors() {}

  public static List<String> names() {
    List<String> all = new java.util.ArrayList<>(BY_NAME.keySet());
    all.add(LlmExtractor.NAME);
    return List.copyOf(all);
  }

  /**
   * The extractor keeping only facts at or above {@code minConfidence}; its version says so
   * ({@code model/2>=0.7}), so that the ledger extracts old articles again when the floor changes.
   */
  public static Extractor atLeast(Extractor extractor, double minConfidence) {
    if (minConfidence <= 0) {
      return extractor;
    }
    if (minConfidence > 1) {
      throw new IllegalArgumentException("--min-confidence should be between 0 and 1: " + minConfidence);
    }
    String version = extractor.version() + ">=" + minConfidence;
    return new Extractor() {
      @Override
      public String version() {
        return version;
      }

      @Override
      public ArticleFacts extract(Article article) {
        ArticleFacts facts = extractor.extract(article).atLeast(minConfidence);
        return new ArticleFacts(facts.article(), facts.entities(), facts.relations(), version);
      }

      @Override
      public java.util.Map<String, Long> dropped() {
        return extractor.dropped();
      }

      @Override
      public String usage() {
        return extractor.usage();
      }

      @Override
      public String failure(Article article, RuntimeException e) {
        return extractor.failure(article, e);
      }
    };
  }

  /** A new instance of the named extractor, without an answer cache; an unknown name is the caller's mistake. */
  public static Extractor byName(String name) {
    return byName(name, Context.of(null, 0));
  }

  /**
   * A new instance of the named extractor; {@code llm} reads its endpoint from the context's
   * environment (a missing one is a usage error naming the variable) and caches answers in
   * {@code context.dataDir()/llm-cache} when given one.
   */
  public static Extractor byName(String name, Context context) {
    if (LlmExtractor.NAME.equals(name)) {
      return new LlmExtractor(LlmSettings.from(context.environment(),
          context.dataDir() == null ? null : context.dataDir().resolve("llm-cache")).withMaxTokens(context.llmMaxTokens()));
    }
    Supplier<Extractor> make = BY_NAME.get(name);
    if (make == null) {
      throw new IllegalArgumentException("no extractor named '" + name + "'; known: " + String.join(", ", names()));
    }
    return make.get();
  }
}
