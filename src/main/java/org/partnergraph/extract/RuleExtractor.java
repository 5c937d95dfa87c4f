package org.partnergraph.extract;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.partnergraph.extract.tokens.TokenRules;
import org.partnergraph.model.Article;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.InputException;
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
   * so that nightly runs re-extract old articles and the old version stays runnable by name. The
   * default was {@code rules/11} until 2026-12-07; {@code rules/16} beat it on the blind test split
   * (partnerships) and matched it elsewhere, and {@code rules/17} beat both there and on a fresh
   * blind batch of dev articles (partnerships again); {@code rules/18} keeps rules/17's facts but for
   * figures and partnerships, where it is more precise on the test split.
   */
  public static final String VERSION = "rules/18";
  /**
   * The version whose facts {@code train} has the deciders decide: a model records it (its report's
   * {@code proposer}) and reads the proposals it was trained on, whatever the default becomes.
   * {@code model/1} to {@code model/8} decide {@link #FIRST_PROPOSER}'s; from {@code model/9} on,
   * the newest version's ({@code model/9} rules/17's, {@code model/10} rules/18's, {@code model/11}
   * and {@code model/12} rules/19's, which is not the default).
   */
  public static final String PROPOSER = "rules/19";
  /** The version the first models were trained to decide; {@code model/1}'s report does not name it. */
  public static final String FIRST_PROPOSER = "rules/11";
  /** The oldest version this extractor can run as: the rules that carry no version belong to it. */
  static final int FIRST_VERSION = 11;
  /**
   * rules/11; rules/12, which adds readings of a governor's visits, speeches and attendance; rules/13,
   * which also does not state a maker as running a plant its clause says it no longer runs; rules/14,
   * which also finds governors named as former heads ("then-governor X", "X, then akim of the
   * region"), by a lower-case title, after an honorific or beside a carmaker's name; rules/15, which
   * also reads a plant named after a town the reference data lacks, after "the" ("the Kvasiny plant");
   * rules/16, which also states a foreign maker's own plant as the maker's partnership with the host
   * country, not the host region's (the annotation guide's "a foreign maker on its own"); rules/17,
   * which also does so for a maker the cooperation reading finds running a plant in a region, reads
   * no partnership with suppliers named by their country ("Korean component makers"), and states a
   * foreign maker's plant named with no status, no word of what is to come and none of output that
   * stopped as operating; rules/18, which also gives a figure whose clause is about a town to the one
   * plant the article places there, or to nobody, and hosts a foreign maker's plant in a town the
   * reference data does not know in the one country the article names that is no automaker's home;
   * rules/19, which also reads a plant being built (a maker "is building" a plant, a foundation stone
   * laid, "preparing to start production", "is due to start production") as a signed partnership and
   * urging a named maker to invest, set up or build cars or a plant as an invitation (status cues
   * {@code status+19} in {@code reference/cues.tsv}), a town's plant followed by "in" and a calendar
   * word as the town's, and a list of towns before one plural plant noun, after a maker the sentence
   * names ("Honda has invested in its Marysville, East Liberty and Anna plants"), as one plant in
   * each; not the default: less precise than rules/18 on the test split.
   */
  public static final List<String> VERSIONS = List.of("rules/11", "rules/12", "rules/13", "rules/14", "rules/15", "rules/16", "rules/17", "rules/18", "rules/19");
  private static final String PREFIX = "rules/";

  private final String version;
  private final int versionNumber;

  private final java.util.function.Supplier<ReferenceData> referenceSource;
  private ReferenceData reference;
  private Gazetteer gazetteer;
  private Cues cues;
  private final Figures figures = new Figures();
  private final java.util.function.Supplier<TokenRules> rulesSource;
  private TokenRules rules;
  /** Where a warning about one article goes: standard error in the CLI, beside the progress lines. */
  private final Consumer<String> warnings;
  /** Sentences skipped by a token rule that took too many steps on them, by rule id, over this run. */
  private final Map<String, LongAdder> sentencesGivenUp = new ConcurrentHashMap<>();

  public RuleExtractor() {
    this(VERSION);
  }

  /** The extractor as one of {@link #VERSIONS}: it runs only the rules of that version and older. */
  public RuleExtractor(String version) {
    this(ReferenceData::bundled, TokenRules::english, System.err::println, version);
  }

  public RuleExtractor(ReferenceData reference) {
    this(() -> reference, TokenRules::english, System.err::println, VERSION);
  }

  /** With other token rules, and warnings sent to {@code warnings}: for tests. */
  RuleExtractor(ReferenceData reference, TokenRules rules, Consumer<String> warnings) {
    this(() -> reference, () -> rules, warnings, VERSION);
  }

  /** Reference data and cues load on the first article: a run that extracts nothing never reads them. */
  private RuleExtractor(java.util.function.Supplier<ReferenceData> referenceSource, java.util.function.Supplier<TokenRules> rulesSource,
      Consumer<String> warnings, String version) {
    if (!VERSIONS.contains(version)) {
      throw new IllegalArgumentException("no rules version '" + version + "'; known: " + String.join(", ", VERSIONS));
    }
    this.referenceSource = referenceSource;
    this.rulesSource = rulesSource;
    this.warnings = warnings;
    this.version = version;
    this.versionNumber = Integer.parseInt(version.substring(PREFIX.length()));
  }

  private synchronized void load() {
    if (gazetteer == null) {
      reference = referenceSource.get();
      cues = new Cues();
      gazetteer = new Gazetteer(reference);
      rules = rulesSource.get().forVersion(versionNumber);
    }
  }

  @Override
  public String version() {
    return version;
  }

  @Override
  public ArticleFacts extract(Article article) {
    load();
    ArticleReading reading = new ArticleReading(article, reference, gazetteer, rules, cues, figures, version, versionNumber);
    ArticleFacts facts = reading.read();
    reading.sentencesGivenUp().forEach((rule, sentences) -> {
      sentencesGivenUp.computeIfAbsent(rule, r -> new LongAdder()).add(sentences);
      warnings.accept("warning: " + new InputException(article.where(), "token rule " + rule + " gave up on " + sentences
          + " sentence(s) of article '" + article.id() + "' (too many steps); it matched nothing there").getMessage());
    });
    return facts;
  }

  /**
   * Sentences a token rule gave up on (it took too many steps, see {@link TokenRules}), by rule id
   * ({@code "sentences skipped by rule forum.named" -> 2}): the rule matched nothing in them, and
   * the rest of their articles was read as usual.
   */
  @Override
  public Map<String, Long> dropped() {
    Map<String, Long> out = new TreeMap<>();
    sentencesGivenUp.forEach((rule, n) -> out.put("sentences skipped by rule " + rule, n.sum()));
    return out;
  }
}
