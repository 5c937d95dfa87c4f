package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnergraph.evaluate.Evaluation;
import org.partnergraph.facts.FactsJson;
import org.partnergraph.model.Article;

/**
 * A released rules version extracts exactly what it did, so that an old version stays a baseline
 * by name and the nightly ledger need not re-extract: the SHA-256 of each version's facts on the
 * dev articles 001–360 (a set that no longer grows) is pinned in {@code released-rules-digests.tsv}.
 * A change that moves a digest belongs in a new version; a change of the facts format moves them
 * all, and then the file is written again on purpose.
 */
class ReleasedRulesVersionsTest {
  private static final Path DEV = Path.of("src/test/resources/eval/dev");
  private static final Path DIGESTS = Path.of("src/test/resources/released-rules-digests.tsv");
  private static final int LAST_PINNED_ARTICLE = 360;

  @Test
  void everyReleasedRulesVersionExtractsWhatItDidOnTheDevArticles() throws IOException {
    Map<String, String> pinned = new LinkedHashMap<>();
    for (String line : Files.readAllLines(DIGESTS, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] f = line.split("\t");
        pinned.put(f[0], f[1]);
      }
    }
    assertThat(pinned.keySet()).as("every runnable rules version is pinned").containsExactlyElementsOf(RuleExtractor.VERSIONS);
    List<Article> articles = Evaluation.read(DEV).stream().map(Evaluation.Annotated::article)
        .filter(a -> Integer.parseInt(a.id().substring(0, 3)) <= LAST_PINNED_ARTICLE).toList();
    assertThat(articles).hasSizeGreaterThan(250);
    Map<String, String> now = new LinkedHashMap<>();
    for (String version : RuleExtractor.VERSIONS) {
      now.put(version, digest(new RuleExtractor(version), articles));
    }
    assertThat(now).isEqualTo(pinned);
  }

  private static String digest(RuleExtractor extractor, List<Article> articles) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Article a : articles) {
        sha.update(FactsJson.toLine(extractor.extract(a)).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
