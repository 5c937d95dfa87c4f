package org.partnergraph.cli;

import org.partnergraph.extract.Extractor;
import org.partnergraph.extract.Extractors;
import picocli.CommandLine.Option;

/** {@code --extractor NAME}, the same on {@code etl}, {@code extract} and {@code evaluate}. */
final class ExtractorOption {
  @Option(names = "--extractor", paramLabel = "NAME", defaultValue = Extractors.DEFAULT,
      description = "The extractor, by versioned name (default: ${DEFAULT-VALUE}; known: ${COMPLETION-CANDIDATES}).",
      completionCandidates = Names.class)
  String name;

  @Option(names = "--min-confidence", paramLabel = "P", defaultValue = "0",
      description = "Keep only facts whose confidence is at least P (0-1; default: keep all). With model/N the confidence is a calibrated probability.")
  double minConfidence;

  Extractor extractor() {
    return Extractors.atLeast(Extractors.byName(name), minConfidence);
  }

  /** The names picocli lists in the help. */
  static final class Names implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Extractors.names().iterator();
    }
  }
}
