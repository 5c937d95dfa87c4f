package org.partnergraph.extract;

import org.partnergraph.model.Article;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.InputException;

/**
 * Turns one cleaned article into facts with evidence. The built-in {@link RuleExtractor} is the
 * default; an LLM-backed or curated extractor plugs in by implementing this, or by writing the
 * facts interchange format that {@code partnergraph load} reads.
 */
public interface Extractor {

  /** Name and version, recorded with the facts so that a new version can trigger re-extraction. */
  String version();

  ArticleFacts extract(Article article);

  /**
   * Facts this extractor dropped so far, by reason ({@code "evidence not in article" -> 3}), for
   * the run summary; the rule and model extractors count here the sentences a token rule gave up
   * on ({@code "sentences skipped by rule forum.named" -> 1}).
   */
  default java.util.Map<String, Long> dropped() {
    return java.util.Map.of();
  }

  /**
   * What this extractor spent so far in this run ({@code requests 12, answers from the cache 30,
   * tokens 41,200}), for progress lines and the summary; empty for those that spend nothing.
   */
  default String usage() {
    return "";
  }

  /**
   * One line saying this extractor failed on an article, where the article came from first
   * ("news.jsonl:12: extractor rules/11 failed on article 'x': …"): a fault on one article is
   * reported and the run goes on, instead of one article stopping a night's work.
   */
  default String failure(Article article, RuntimeException e) {
    return new InputException(article.where(),
        "extractor " + version() + " failed on article '" + article.id() + "': " + e).getMessage();
  }
}
