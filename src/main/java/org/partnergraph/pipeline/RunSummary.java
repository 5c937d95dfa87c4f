package org.partnergraph.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a run did, for the one-screen summary and for tests.
 *
 * @param rejected one line per rejected file, line or article: {@code file:line: reason}
 * @param violations one line per fact dropped by the SHACL shapes
 * @param stages wall time per stage (read+extract, validate, each sink)
 */
public record RunSummary(
    int articlesRead, int articlesLoaded, int filesSkipped, List<String> rejected, List<String> violations,
    int entities, int relations, Map<String, Duration> stages, Duration total) {

  public boolean clean() {
    return rejected.isEmpty();
  }
}
