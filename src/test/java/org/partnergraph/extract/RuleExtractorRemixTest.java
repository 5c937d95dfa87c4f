package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.partnergraph.ingest.ArticleReader;
import org.partnergraph.model.Article;
import org.partnergraph.model.InputException;

/**
 * The rules index into sentences by the positions of what they found, and two faults of that kind
 * reached real articles ("Stellantis' plant in Tychy", a country before a figure's clause). Here
 * the development set's sentences, shuffled into new articles and some cut at a random point and
 * rotated, must never make the extractor fail. Fixed seed: a failure names its article text.
 */
class RuleExtractorRemixTest {
  private static final int ARTICLES = 1_500;

  @Test
  void sentencesInAnyOrderAndCutAnywhereNeverMakeTheExtractorFail() {
    List<String> sentences = new ArrayList<>();
    new ArticleReader().read(List.of(Path.of("src/test/resources/eval/dev/articles")), new ArticleReader.Handler() {
      @Override
      public void article(Article article) {
        Sentences.split(article.text()).forEach(s -> sentences.add(s.text()));
      }

      @Override
      public void rejected(InputException problem) {
        throw problem;
      }
    });
    assertThat(sentences).hasSizeGreaterThan(1_000);
    RuleExtractor extractor = new RuleExtractor();
    Random random = new Random(20261125);
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < ARTICLES && failures.size() < 5; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = 2 + random.nextInt(6); k > 0; k--) {
        String s = sentences.get(random.nextInt(sentences.size()));
        if (random.nextInt(5) == 0) {
          int cut = random.nextInt(s.length());
          s = s.substring(cut) + " " + s.substring(0, cut);
        }
        text.append(s).append(random.nextInt(3) == 0 ? "\n\n" : " ");
      }
      try {
        extractor.extract(new Article("remix-" + i, "remix", text.toString(), null, null, "2025-06-01", "remix"));
      } catch (RuntimeException e) {
        failures.add(e + " on: " + text);
      }
    }
    assertThat(failures).isEmpty();
  }
}
