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

  Extractor extractor() {
    return Extractors.byName(name);
  }

  /** The names picocli lists in the help. */
  static final class Names implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Extractors.names().iterator();
    }
  }
}
