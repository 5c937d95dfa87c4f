package org.partnergraph.model;

import java.time.Duration;

/**
 * A query that ran past its deadline and was stopped, so that a runaway query (a cross product,
 * an unbounded path) ends with a message instead of holding a core after its client has gone.
 */
public final class QueryTimeoutException extends PartnergraphException {
  private static final long serialVersionUID = 1L;
  private final transient Duration timeout;

  public QueryTimeoutException(Duration timeout, Throwable cause) {
    super("the query ran past its timeout of " + human(timeout) + " and was stopped", cause);
    this.timeout = timeout;
  }

  /** {@code 1 s}, {@code 90 s}, {@code 5 min}, {@code 250 ms}: as a user would write it back. */
  static String human(Duration d) {
    long ms = d.toMillis();
    if (ms % 1000 != 0) {
      return ms + " ms";
    }
    long s = ms / 1000;
    return s % 3600 == 0 && s > 0 ? s / 3600 + " h" : s % 60 == 0 && s > 0 ? s / 60 + " min" : s + " s";
  }

  public Duration timeout() {
    return timeout;
  }
}
