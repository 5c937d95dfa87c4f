package org.partnergraph.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes N synthetic but realistic articles (one .txt each) for benchmarks, deterministically
 * from a seed, one at a time so memory stays flat. Names come from the reference data files.
 *
 * <pre>java -cp … org.partnergraph.bench.CorpusGenerator OUT_DIR N [SEED]</pre>
 */
public final class CorpusGenerator {
  private static final List<String[]> GOVERNORS = List.of(
      new String[] {"Nizhny Novgorod region", "Gleb Nikitin"}, new String[] {"Moscow region", "Andrei Vorobyov"},
      new String[] {"Kaluga region", "Vladislav Shapsha"}, new String[] {"Tula region", "Dmitry Milyaev"},
      new String[] {"Samara region", "Vyacheslav Fedorishchev"}, new String[] {"Lipetsk region", "Igor Artamonov"},
      new String[] {"Leningrad region", "Alexander Drozdenko"}, new String[] {"Kaliningrad region", "Alexei Besprozvannykh"});
  private static final List<String> AUTOMAKERS = List.of("Changan Automobile Group", "Geely", "Chery", "BYD", "Great Wall Motor", "Dongfeng Motor Corporation", "FAW Group", "GAC Group");
  private static final List<String> CITIES = List.of("Shanghai", "Beijing", "Harbin", "Chongqing", "Hangzhou", "Wuhan");
  private static final List<String> FORUMS = List.of("Russian-Chinese business forum", "Eastern Economic Forum", "Russia-China Expo");
  private static final List<String> NOISE = List.of(
      "Analysts said the move reflects broader trends in Eurasian trade and logistics.",
      "The announcement came as markets in Canada and the United States weighed new tariffs.",
      "Local officials stressed workforce training and supplier development as priorities.",
      "No time to read?", "Share this article", "Read more: regional industry news");

  private CorpusGenerator() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
    Files.createDirectories(out);
    Random r = new Random(seed);
    for (int i = 0; i < n; i++) {
      Path file = out.resolve(String.format("a%07d.txt", i));
      try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        w.write(article(r, i));
      }
    }
    System.out.println("wrote " + n + " articles to " + out);
  }

  static String article(Random r, int i) {
    String[] g = GOVERNORS.get(r.nextInt(GOVERNORS.size()));
    String maker = AUTOMAKERS.get(r.nextInt(AUTOMAKERS.size()));
    String city = CITIES.get(r.nextInt(CITIES.size()));
    String forum = FORUMS.get(r.nextInt(FORUMS.size()));
    StringBuilder b = new StringBuilder();
    b.append(g[0]).append(" courts ").append(maker).append(" (report ").append(i).append(")\n\n");
    b.append("Speaking at the ").append(forum).append(" in ").append(city).append(", the governor of the ").append(g[0])
        .append(", ").append(g[1]).append(", said the region is in talks with a Chinese automaker on local assembly of passenger cars. ");
    b.append(g[1].split(" ")[1]).append(" invited ").append(maker).append(" to localize production in the region.\n\n");
    int paragraphs = 2 + r.nextInt(8);
    for (int p = 0; p < paragraphs; p++) {
      b.append(maker).append(" employs around ").append(1000 * (10 + r.nextInt(90))).append(" people and operates ")
          .append(2 + r.nextInt(20)).append(" manufacturing plants. ");
      b.append("The region's industrial cluster has more than ").append(100 + r.nextInt(900)).append(" companies. ");
      b.append(NOISE.get(r.nextInt(3))).append("\n\n");
    }
    b.append(NOISE.get(3 + r.nextInt(3))).append("\nPrevious Article\n\nUnrelated teaser headline ").append(i).append('\n');
    return b.toString();
  }
}
