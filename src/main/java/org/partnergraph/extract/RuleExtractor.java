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
  public static final String VERSION = "rules/11";

  private final java.util.function.Supplier<ReferenceData> referenceSource;
  private ReferenceData reference;
  private Gazetteer gazetteer;
  private Cues cues;
  private final Figures figures = new Figures();

  public RuleExtractor() {
    this(ReferenceData::bundled);
  }

  public RuleExtractor(ReferenceData reference) {
    this(() -> reference);
  }

  /** Reference data and cues load on the first article: a run that extracts nothing never reads them. */
  private RuleExtractor(java.util.function.Supplier<ReferenceData> referenceSource) {
    this.referenceSource = referenceSource;
  }

  private synchronized void load() {
    if (gazetteer == null) {
      reference = referenceSource.get();
      cues = new Cues();
      gazetteer = new Gazetteer(reference);
    }
  }

  @Override
  public String version() {
    return VERSION;
  }

  @Override
  public ArticleFacts extract(Article article) {
    load();
    return new ArticleReading(article, reference, gazetteer, cues, figures).read();
  }
}
