package org.partnergraph.cli;

import org.partnergraph.extract.Extractor;
import org.partnergraph.extract.Extractors;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --extractor NAME}, the same on {@code etl}, {@code extract} and {@code evaluate}. */
final class ExtractorOption {
  @Option(names = "--extractor", paramLabel = "NAME", defaultValue = Extractors.DEFAULT,
      description = "The extractor, by versioned name (default: ${DEFAULT-VALUE}; known: ${COMPLETION-CANDIDATES}).",
      completionCandidates = Names.class)
  String name;

  @Option(names = "--min-confidence", paramLabel = "P", defaultValue = "0",
      description = "Keep only facts whose confidence is at least P (0-1; default: keep all). With model/N the confidence is a calibrated probability.")
  double minConfidence;

  @Option(names = "--no-llm-cache",
      description = "With --extractor llm: ask the model about every article again instead of reusing the answers kept under <data-dir>/llm-cache/.")
  boolean noLlmCache;

  @Option(names = "--llm-max-tokens", paramLabel = "N", defaultValue = "0",
      description = "With --extractor llm: send no more requests once the server has reported N tokens in this run; the articles left are rejected and asked about next run (default: no limit).")
  long llmMaxTokens;

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  Extractor extractor() {
    return byName(name);
  }

  /** The named extractor with this command's floor, environment and answer cache. */
  Extractor byName(String extractorName) {
    return Extractors.atLeast(Extractors.byName(extractorName, context()), minConfidence);
  }

  private Extractors.Context context() {
    Object root = mixee == null ? null : mixee.root().userObject();
    Path dataDir = noLlmCache || !(root instanceof Main main) ? null : main.dataDir;
    return Extractors.Context.of(dataDir, llmMaxTokens);
  }

  /** The names picocli lists in the help. */
  static final class Names implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Extractors.names().iterator();
    }
  }
}
