package org.partnergraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnergraph.extract.decide.DecisionModel;

/** {@code partnergraph train}: the deciders from gold, written as a model file the learned extractor reads. */
class TrainCommandTest {
  private static final Path DEV = Path.of("src/test/resources/eval/dev");

  @Test
  void trainsOnAGoldSetAndWritesAModelThatReadsBack(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("gold-set");
    Files.createDirectories(gold.resolve("articles"));
    Files.createDirectories(gold.resolve("gold"));
    List<Path> golds;
    try (Stream<Path> files = Files.list(DEV.resolve("gold"))) {
      golds = files.sorted().limit(30).toList();
    }
    for (Path g : golds) {
      String id = g.getFileName().toString().replace(".gold.json", "");
      Files.copy(g, gold.resolve("gold").resolve(g.getFileName()));
      try (Stream<Path> articles = Files.list(DEV.resolve("articles"))) {
        Path article = articles.filter(a -> a.getFileName().toString().startsWith(id + ".")).findFirst().orElseThrow();
        Files.copy(article, gold.resolve("articles").resolve(article.getFileName()));
      }
    }
    Path model = dir.resolve("model.json");
    CliRun run = CliRun.of("train", "--gold", gold.toString(), "-o", model.toString(), "--name", "model/test");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("cross-validated by article").contains("relations").contains("partnerships");
    try (InputStream in = Files.newInputStream(model)) {
      DecisionModel read = DecisionModel.read(in);
      assertThat(read.name()).isEqualTo("model/test");
      assertThat(read.deciders()).isNotEmpty();
      read.deciders().values().forEach(d -> assertThat(d.threshold()).isBetween(0.0, 1.0));
    }
  }
}
