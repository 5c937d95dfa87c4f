package org.partnergraph.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.partnergraph.model.Article;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.extract.decide.DecisionModel;
import org.partnergraph.extract.decide.LearnedExtractor;

/**
 * The extractors a user can name ({@code --extractor}, {@code evaluate --compare}): each by its
 * versioned name, so an older one stays runnable as the baseline after the default changes.
 */
public final class Extractors {
  /** What {@code etl}, {@code extract} and {@code evaluate} use unless told otherwise. */
  public static final String DEFAULT = RuleExtractor.VERSION;

  private static final Map<String, Supplier<Extractor>> BY_NAME = new LinkedHashMap<>();

  static {
    BY_NAME.put(RuleExtractor.VERSION, RuleExtractor::new);
    BY_NAME.put("model/1", () -> new LearnedExtractor(DecisionModel.bundled("/models/model-1.json")));
    BY_NAME.put("model/2", () -> new LearnedExtractor(DecisionModel.bundled("/models/model-2.json")));
  }

  private Extractors() {}

  public static List<String> names() {
    return List.copyOf(BY_NAME.keySet());
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
    };
  }

  /** A new instance of the named extractor; an unknown name is the caller's mistake. */
  public static Extractor byName(String name) {
    Supplier<Extractor> make = BY_NAME.get(name);
    if (make == null) {
      throw new IllegalArgumentException("no extractor named '" + name + "'; known: " + String.join(", ", names()));
    }
    return make.get();
  }
}
