package org.partnergraph.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a run did, for the one-screen summary, the {@code --report} file and tests.
 *
 * @param added articles loaded for the first time
 * @param changed articles loaded again because their text or the extractor changed
 * @param unchanged articles skipped because the ledger shows them loaded as they are
 * @param retracted articles gone from the input whose facts {@code --prune} removed
 * @param rejected one line per rejected file, line or article: {@code file:line: reason}
 * @param violations one line per fact dropped by the SHACL shapes
 * @param factsByType fact edges loaded in this run, per relationship type
 * @param stages wall time per stage (extract, validate, each sink, retract)
 */
public record RunSummary(
    int articlesRead, int articlesLoaded, int filesSkipped, int added, int changed, int unchanged, int retracted,
    List<String> rejected, List<String> violations, List<String> notes, int entities, int relations,
    Map<String, Integer> factsByType, Map<String, Duration> stages, Duration total) {

  public boolean clean() {
    return rejected.isEmpty();
  }
}
