package org.partnergraph.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnergraph.extract.Extractors;
import org.partnergraph.extract.RuleExtractor;
import org.partnergraph.extract.decide.DecisionModel;

/**
 * The shipped models are artifacts of the gold: the newest was trained on the dev split exactly as
 * it is now, so a changed or added gold file fails here until the model is trained again.
 */
class BundledModelsTest {
  private static final Path DEV = Path.of("src/test/resources/eval/dev");
  private static final Path MODELS = Path.of("src/main/resources/models");
  private static final Pattern MODEL_FILE = Pattern.compile("model-(\\d+)\\.json");

  @Test
  void theNewestModelWasTrainedOnTheDevGoldAsItIsNow() throws IOException {
    Path newest = models().get(models().size() - 1);
    DecisionModel model = read(newest);
    assertThat(model.report().path("goldSha256").asText())
        .as("%s was trained on another dev gold than src/test/resources/eval/dev holds now: train it again with "
            + "`partnergraph train --gold src/test/resources/eval/dev -o %s --name model/N+1`, register the new name, "
            + "and compare it with `evaluate --compare`", model.name(), newest)
        .isEqualTo(GoldFingerprint.of(DEV));
    assertThat(model.report().path("proposer").asText())
        .as("%s decides the proposals of other rules than the built-in ones: train it again", model.name())
        .isEqualTo(RuleExtractor.PROPOSER);
  }

  @Test
  void everyBundledModelRunsUnderItsOwnName() throws IOException {
    for (Path file : models()) {
      Matcher m = MODEL_FILE.matcher(file.getFileName().toString());
      assertThat(m.matches()).isTrue();
      String name = "model/" + m.group(1);
      assertThat(read(file).name()).isEqualTo(name);
      assertThat(Extractors.names()).contains(name);
    }
  }

  @Test
  void theFingerprintChangesWithAGoldFileAndNotWithTheOrderFilesWereWritten(@TempDir Path dir) throws IOException {
    Path one = dir.resolve("one");
    Path other = dir.resolve("other");
    for (Path set : List.of(one, other)) {
      Files.createDirectories(set.resolve("gold"));
      Files.createDirectories(set.resolve("articles"));
    }
    Files.writeString(one.resolve("articles/001-a.txt"), "Headline\n\nText.\n");
    Files.writeString(one.resolve("gold/001-a.gold.json"), "{}");
    Files.writeString(one.resolve("gold/002-b.gold.json"), "{\"b\": 1}");
    Files.writeString(other.resolve("gold/002-b.gold.json"), "{\"b\": 1}");
    Files.writeString(other.resolve("gold/001-a.gold.json"), "{}");
    Files.writeString(other.resolve("articles/001-a.txt"), "Headline\n\nText.\n");
    assertThat(GoldFingerprint.of(other)).isEqualTo(GoldFingerprint.of(one));
    Files.writeString(other.resolve("gold/001-a.gold.json"), "{ }");
    assertThat(GoldFingerprint.of(other)).isNotEqualTo(GoldFingerprint.of(one));
  }

  private static List<Path> models() throws IOException {
    try (Stream<Path> files = Files.list(MODELS)) {
      return files.filter(f -> MODEL_FILE.matcher(f.getFileName().toString()).matches())
          .sorted(Comparator.comparingInt(f -> {
            Matcher m = MODEL_FILE.matcher(f.getFileName().toString());
            m.matches();
            return Integer.parseInt(m.group(1));
          }))
          .toList();
    }
  }

  private static DecisionModel read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return DecisionModel.read(in);
    }
  }
}
