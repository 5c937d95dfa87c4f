package org.partnergraph.pipeline;

import java.io.PrintStream;

/**
 * Progress lines on long runs: at most one every two seconds, on stderr so that stdout stays
 * clean for the summary and for data.
 */
public final class Progress {
  private static final long INTERVAL_NANOS = 2_000_000_000L;

  private final PrintStream out;
  private final String what;
  private final long started = System.nanoTime();
  private long lastPrinted = started;
  private boolean printed;
  private java.util.function.Supplier<String> alongside = () -> "";

  public Progress(PrintStream out, String what) {
    this.out = out;
    this.what = what;
  }

  /** Also shows what {@code usage} says on each line (a language model's requests, cache hits and tokens). */
  public Progress alongside(java.util.function.Supplier<String> usage) {
    this.alongside = usage;
    return this;
  }

  /** A reporter that prints nothing (tests, --quiet). */
  public static Progress silent() {
    return new Progress(null, "");
  }

  void tick(int done, int rejected) {
    long now = System.nanoTime();
    if (out == null || now - lastPrinted < INTERVAL_NANOS) {
      return;
    }
    print(now, done, rejected, "");
  }

  /**
   * The last line, with the run's final counts, when a progress line was printed before: the
   * last number on stderr is the one the summary gives, not a snapshot from mid-run.
   */
  void done(int read, int rejected) {
    if (out != null && printed) {
      print(System.nanoTime(), read, rejected, ", done");
    }
  }

  private void print(long now, int read, int rejected, String suffix) {
    lastPrinted = now;
    printed = true;
    double seconds = (now - started) / 1e9;
    String usage = alongside.get();
    out.printf("%s: %,d articles read (%.1f/s)%s%s%s%n", what, read, read / seconds, rejected > 0 ? ", " + rejected + " rejected" : "",
        usage.isEmpty() ? "" : "; " + usage, suffix);
  }
}
