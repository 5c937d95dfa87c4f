package org.partnergraph.extract;

import org.partnergraph.model.Article;
import org.partnergraph.model.ArticleFacts;

/**
 * Turns one cleaned article into facts with evidence. The built-in {@link RuleExtractor} is the
 * default; an LLM-backed or curated extractor plugs in by implementing this, or by writing the
 * facts interchange format that {@code partnergraph load} reads.
 */
public interface Extractor {

  /** Name and version, recorded with the facts so that a new version can trigger re-extraction. */
  String version();

  ArticleFacts extract(Article article);
}
