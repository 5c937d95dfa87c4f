package org.partnergraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * End-to-end {@code partnergraph etl} as a user runs it (the launcher, a fresh JVM, both stores),
 * with {@code -Xmx512m}, timed from outside. Heap comes from the JVM's own GC log. G1 leaves old
 * garbage in place until the heap fills, so "after a young GC" overstates what a run needs; every
 * {@value #PROBE_SECONDS} s the benchmark asks the JVM for a full GC ({@code jcmd GC.run}), whose
 * result is the live set at that moment: the largest of those is the run's true peak live heap.
 */
final class ScalingBench {
  /** "Pause Young (Normal) (G1 Evacuation Pause) 25M->5M(64M) 3.456ms": used before, after, committed. */
  static final int PROBE_SECONDS = 5;
  private static final Pattern GC = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

  /**
   * @param liveHeapMb the largest live set seen by a forced full GC: what the run needs
   * @param afterYoungMb the largest heap in use right after a young GC (includes old garbage)
   * @param peakHeapMb the largest heap in use before a collection: what the collector let it grow to
   */
  record Run(int articles, double seconds, long liveHeapMb, long afterYoungMb, long peakHeapMb, long gcCount) {
    double articlesPerSecond() {
      return articles / seconds;
    }
  }

  static Run etl(Path root, Path corpus, int articles, Path dataDir, Path logs) throws IOException, InterruptedException {
    Files.createDirectories(logs);
    Path gcLog = logs.resolve("gc-" + dataDir.getFileName() + "-" + System.nanoTime() + ".log");
    ProcessBuilder pb = new ProcessBuilder(root.resolve("partnergraph").toString(), "--data-dir", dataDir.toString(), "etl", "-q", corpus.toString());
    pb.environment().put("PARTNERGRAPH_JAVA_OPTS", "-Xmx512m -Xlog:gc:file=" + gcLog);
    Path out = logs.resolve("etl-" + dataDir.getFileName() + ".log");
    pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile()));
    long start = System.nanoTime();
    Process p = pb.start(); // the launcher execs java, so this is the JVM itself
    String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    while (!p.waitFor(PROBE_SECONDS, java.util.concurrent.TimeUnit.SECONDS)) {
      new ProcessBuilder(jcmd, Long.toString(p.pid()), "GC.run").redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }
    int exit = p.exitValue();
    double s = (System.nanoTime() - start) / 1e9;
    if (exit != 0) {
      List<String> lines = Files.readAllLines(out);
      throw new IllegalStateException("etl over " + corpus + " exited " + exit + ": "
          + String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size())));
    }
    long live = 0;
    long afterYoung = 0;
    long peak = 0;
    long count = 0;
    for (String line : Files.readAllLines(gcLog)) {
      Matcher m = GC.matcher(line);
      if (line.contains("Pause") && m.find()) {
        count++;
        peak = Math.max(peak, Long.parseLong(m.group(1)));
        long after = Long.parseLong(m.group(2));
        if (line.contains("Pause Full")) {
          live = Math.max(live, after);
        } else if (line.contains("Pause Young")) {
          afterYoung = Math.max(afterYoung, after);
        }
      }
    }
    return new Run(articles, s, live, afterYoung, peak, count);
  }

  private ScalingBench() {}
}
