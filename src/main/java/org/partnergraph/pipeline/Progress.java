package org.partnergraph.pipeline;

import java.io.PrintStream;

/**
 * Progress lines on long runs: at most one every two seconds, on stderr so that stdout stays
 * clean for the summary and for data.
 */
public final class Progress {
  private static final long INTERVAL_NANOS = 2_000_000_000L;

  private final long intervalNanos;
  private final PrintStream out;
  private final String what;
  private final long started = System.nanoTime();
  private long lastPrinted = started;
  private boolean printed;
  private int expected;
  private java.util.function.Supplier<String> alongside = () -> "";

  public Progress(PrintStream out, String what) {
    this(out, what, INTERVAL_NANOS);
  }

  Progress(PrintStream out, String what, long intervalNanos) {
    this.out = out;
    this.what = what;
    this.intervalNanos = intervalNanos;
  }

  /** Also shows what {@code usage} says on each line (a language model's requests, cache hits and tokens). */
  public Progress alongside(java.util.function.Supplier<String> usage) {
    this.alongside = usage;
    return this;
  }

  /** How many articles the run will read, once the input is counted: lines then say how long is left. */
  void expect(int articles) {
    this.expected = articles;
  }

  /** A reporter that prints nothing (tests, --quiet). */
  public static Progress silent() {
    return new Progress(null, "");
  }

  void tick(int done, int rejected) {
    long now = System.nanoTime();
    if (out == null || now - lastPrinted < intervalNanos) {
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
    double rate = read / seconds;
    String usage = alongside.get();
    String of = expected > 0 ? String.format(" of %,d", expected) : "";
    String left = expected > read && read > 0 && suffix.isEmpty() ? ", about " + duration((expected - read) / rate) + " left" : "";
    out.printf("%s: %,d%s articles read (%.1f/s%s)%s%s%s%n", what, read, of, rate, left, rejected > 0 ? ", " + rejected + " rejected" : "",
        usage.isEmpty() ? "" : "; " + usage, suffix);
  }

  /** "40 s", "12 min", "3.5 h": as precise as a guess from the rate so far deserves. */
  static String duration(double seconds) {
    if (seconds < 90) {
      return Math.round(Math.max(seconds, 1)) + " s";
    }
    if (seconds < 90 * 60) {
      return Math.round(seconds / 60) + " min";
    }
    return String.format("%.1f h", seconds / 3600);
  }
}
