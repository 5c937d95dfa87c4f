package org.partnergraph.cli;

import java.time.Duration;
import org.partnergraph.model.PartnergraphException;
import org.partnergraph.model.QueryTimeoutException;
import picocli.CommandLine.Option;

/** {@code --timeout} of {@code cypher} and {@code sparql}: every query has a deadline. */
final class QueryTimeout {
  @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "60s", converter = KeepAlive.class,
      description = "Stop the query after this long (90s, 5m, 1h; 0: no limit of its own); default: ${DEFAULT-VALUE}.")
  Duration timeout;

  Duration get() {
    return timeout;
  }

  /** The one-line error for a query that ran past the deadline, saying how to give it more time. */
  PartnergraphException explain(QueryTimeoutException e) {
    Duration more = timeout.isZero() ? Duration.ofMinutes(10) : timeout.multipliedBy(5);
    return new PartnergraphException(e.getMessage() + "; give it longer with --timeout " + written(more) + " (or --timeout 0 for no limit of its own)", e);
  }

  private static String written(Duration d) {
    long s = Math.max(1, d.toSeconds());
    return s % 3600 == 0 ? s / 3600 + "h" : s % 60 == 0 ? s / 60 + "m" : s + "s";
  }
}
