package org.partnergraph.cli;

import org.partnergraph.ingest.ArticleReader;
import org.partnergraph.pipeline.Pipeline;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The size limits every command that reads articles shares, so that one hostile article cannot
 * exhaust memory or flood the graph; an article over a limit is rejected naming the option.
 */
final class InputLimits {
  @Option(names = "--max-article-bytes", defaultValue = "" + ArticleReader.DEFAULT_MAX_ARTICLE_BYTES,
      description = "Reject articles (files or JSONL lines) larger than this (default: ${DEFAULT-VALUE}).")
  int maxArticleBytes;

  @Mixin FactsLimit facts;

  Pipeline applyTo(Pipeline pipeline) {
    return facts.applyTo(pipeline.maxArticleBytes(maxArticleBytes));
  }
}
