package org.partnergraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
  @TempDir Path dir;

  private List<Path> files(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.sorted().toList();
    }
  }

  @Test
  void theFirstArticlesOfASeedAreTheSameWhateverTheCorpusSize() throws IOException {
    new CorpusGenerator(7).write(dir.resolve("small"), 60);
    new CorpusGenerator(7).write(dir.resolve("large"), 120);
    List<Path> small = files(dir.resolve("small"));
    List<Path> large = files(dir.resolve("large"));
    for (int i = 0; i < small.size(); i++) {
      assertThat(large.get(i).getFileName()).isEqualTo(small.get(i).getFileName());
      assertThat(Files.readString(large.get(i))).isEqualTo(Files.readString(small.get(i)));
    }
  }

  @Test
  void articlesAreOneToEightKilobytesEveryTenthIsHtmlAndEveryFiftiethRepeatsAnEarlierStory() throws IOException {
    new CorpusGenerator(42).write(dir, 100);
    List<Path> all = files(dir);
    assertThat(all).hasSize(100);
    for (Path f : all) {
      assertThat(Files.size(f)).isBetween(800L, 10_000L);
    }
    assertThat(all.stream().filter(f -> f.toString().endsWith(".html"))).hasSize(10);
    CorpusGenerator g = new CorpusGenerator(42);
    List<String> bodies = new java.util.ArrayList<>();
    for (int i = 0; i < 50; i++) {
      bodies.add(g.story(i)[1]);
    }
    assertThat(bodies.subList(0, 49)).contains(bodies.get(49));
    assertThat(bodies.subList(0, 49)).doesNotHaveDuplicates();
  }
}
