package org.partnergraph.extract;

import org.partnergraph.model.Article;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.reference.Gazetteer;
import org.partnergraph.reference.ReferenceData;

/**
 * The built-in extractor for English news: reference data for known names, patterns for unknown
 * ones, cue words (from {@code reference/cues.tsv}) for relations, status and kind. Thread-safe:
 * all per-article state lives in an {@link ArticleReading}.
 *
 * <pre>{@code
 * ArticleFacts facts = new RuleExtractor().extract(article);
 * }</pre>
 */
public final class RuleExtractor implements Extractor {
  /** Bump when a change alters what is extracted, so that nightly runs re-extract old articles. */
  public static final String VERSION = "rules/1";

  private final ReferenceData reference;
  private final Gazetteer gazetteer;
  private final Cues cues = new Cues();
  private final Figures figures = new Figures();

  public RuleExtractor() {
    this(ReferenceData.bundled());
  }

  public RuleExtractor(ReferenceData reference) {
    this.reference = reference;
    this.gazetteer = new Gazetteer(reference);
  }

  @Override
  public String version() {
    return VERSION;
  }

  @Override
  public ArticleFacts extract(Article article) {
    return new ArticleReading(article, reference, gazetteer, cues, figures).read();
  }
}
