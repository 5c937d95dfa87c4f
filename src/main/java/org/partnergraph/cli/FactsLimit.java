package org.partnergraph.cli;

import org.partnergraph.pipeline.Pipeline;
import picocli.CommandLine.Option;

/** The cap on one article's facts, shared by the commands that load them, so no article floods the graph. */
final class FactsLimit {
  @Option(names = "--max-facts-per-article", defaultValue = "" + Pipeline.DEFAULT_MAX_FACTS_PER_ARTICLE,
      description = "Reject an article whose entities plus relations exceed this (default: ${DEFAULT-VALUE}).")
  int maxFactsPerArticle;

  Pipeline applyTo(Pipeline pipeline) {
    return pipeline.maxFactsPerArticle(maxFactsPerArticle);
  }
}
