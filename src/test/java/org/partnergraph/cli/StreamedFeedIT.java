package org.partnergraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JSON Lines feed is streamed line by line: a feed larger than the whole heap is read with the
 * heap flat (it used to be read whole, and a 290 MB feed under -Xmx512m ran out of memory).
 */
class StreamedFeedIT {
  private static final int HEAP_MB = 96;
  private static final int BIG_LINES = 150;
  private static final int BIG_LINE_BYTES = 1024 * 1024;

  @TempDir Path dir;

  @Test
  void aFeedLargerThanTheHeapIsReadLineByLine() throws Exception {
    Path feed = dir.resolve("feed.jsonl");
    String filler = "The Kaluga plant opened. ".repeat(BIG_LINE_BYTES / 25);
    try (BufferedWriter w = Files.newBufferedWriter(feed, StandardCharsets.UTF_8)) {
      w.write("{\"id\": \"first\", \"text\": \"The governor of the Kaluga region, Vladislav Shapsha, visited Harbin.\"}\n");
      for (int i = 0; i < BIG_LINES; i++) {
        w.write("{\"id\": \"big-" + i + "\", \"text\": \"" + filler + "\"}\n");
      }
      w.write("{\"id\": \"last\", \"text\": \"The governor of the Tula region, Dmitry Milyaev, met Chery.\"}\n");
    }
    assertThat(Files.size(feed)).isGreaterThan(HEAP_MB * 1024L * 1024L * 3 / 2);
    Path out = dir.resolve("facts.jsonl");
    Path err = dir.resolve("err.txt");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + HEAP_MB + "m",
        "-cp", "target/partnergraph.jar" + File.pathSeparator + "target/lib/*", Main.class.getName(),
        "extract", "--max-article-bytes", "200000", feed.toString(), "-o", out.toString())
        .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("extract finished").isTrue();
    String stderr = Files.readString(err);
    assertThat(stderr).doesNotContain("OutOfMemoryError")
        .contains(feed + ":2: line is over the limit of 200000 bytes (--max-article-bytes)")
        .contains(feed + ":" + (BIG_LINES + 1) + ": line is over the limit");
    assertThat(p.exitValue()).as(stderr).isEqualTo(1);
    List<String> facts = Files.readAllLines(out);
    assertThat(facts).hasSize(2);
    assertThat(facts.get(0)).contains("\"id\":\"first\"");
    assertThat(facts.get(1)).contains("\"id\":\"last\"");
  }
}
