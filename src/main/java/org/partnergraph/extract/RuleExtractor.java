package org.partnergraph.extract;

import java.util.List;
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
  /**
   * The version {@code new RuleExtractor()} runs, the default extractor's. A change that alters what
   * is extracted goes into a new version (rules carry the version they start in, see {@link Rule}),
   * so that nightly runs re-extract old articles and the old version stays runnable by name.
   */
  public static final String VERSION = "rules/11";
  /** The oldest version this extractor can run as: the rules that carry no version belong to it. */
  static final int FIRST_VERSION = 11;
  /** rules/11 and rules/12, which adds readings of a governor's visits, speeches and attendance. */
  public static final List<String> VERSIONS = List.of(VERSION, "rules/12");
  private static final String PREFIX = "rules/";

  private final String version;
  private final int versionNumber;

  private final java.util.function.Supplier<ReferenceData> referenceSource;
  private ReferenceData reference;
  private Gazetteer gazetteer;
  private Cues cues;
  private final Figures figures = new Figures();

  public RuleExtractor() {
    this(VERSION);
  }

  /** The extractor as one of {@link #VERSIONS}: it runs only the rules of that version and older. */
  public RuleExtractor(String version) {
    this(ReferenceData::bundled, version);
  }

  public RuleExtractor(ReferenceData reference) {
    this(() -> reference, VERSION);
  }

  /** Reference data and cues load on the first article: a run that extracts nothing never reads them. */
  private RuleExtractor(java.util.function.Supplier<ReferenceData> referenceSource, String version) {
    if (!VERSIONS.contains(version)) {
      throw new IllegalArgumentException("no rules version '" + version + "'; known: " + String.join(", ", VERSIONS));
    }
    this.referenceSource = referenceSource;
    this.version = version;
    this.versionNumber = Integer.parseInt(version.substring(PREFIX.length()));
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
    return version;
  }

  @Override
  public ArticleFacts extract(Article article) {
    load();
    return new ArticleReading(article, reference, gazetteer, cues, figures, version, versionNumber).read();
  }
}
