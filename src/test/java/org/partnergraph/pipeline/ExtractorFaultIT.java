package org.partnergraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnergraph.extract.Extractor;
import org.partnergraph.extract.RuleExtractor;
import org.partnergraph.model.Article;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.rdf.ShapeGate;
import org.partnergraph.rdf.TdbStore;

/** An extractor that fails on one article: that article is reported and retried next run, the others load. */
class ExtractorFaultIT {
  @TempDir Path input;
  @TempDir Path data;

  @Test
  void anArticleTheExtractorFailsOnIsReportedAndRetriedWhileTheOthersLoad() throws Exception {
    Files.writeString(input.resolve("good.txt"), "Kaluga Region Governor Vladislav Shapsha invited Geely to localize production in the region.");
    Files.writeString(input.resolve("bad.txt"), "Tula Oblast Governor Dmitry Milyaev visited the Haval plant.");
    RuleExtractor rules = new RuleExtractor();
    Extractor failsOnBad = new Extractor() {
      @Override
      public String version() {
        return rules.version();
      }

      @Override
      public ArticleFacts extract(Article article) {
        if (article.id().equals("bad")) {
          throw new IllegalStateException("a bug in a rule");
        }
        return rules.extract(article);
      }
    };
    try (TdbStore rdf = TdbStore.open(data.resolve("rdf"))) {
      RunSummary first = new Pipeline(List.of(rdf), new ShapeGate(), Progress.silent())
          .incremental(Ledger.open(data.resolve("ledger.jsonl")), false).etl(List.of(input), failsOnBad);
      assertThat(first.rejected()).singleElement().satisfies(line -> assertThat(line)
          .contains("bad.txt").contains("failed on article 'bad'").contains("a bug in a rule").doesNotContain("\n"));
      assertThat(first.clean()).isFalse();
      assertThat(rdf.graphSizes()).hasSize(1);

      RunSummary rerun = new Pipeline(List.of(rdf), new ShapeGate(), Progress.silent())
          .incremental(Ledger.open(data.resolve("ledger.jsonl")), false).etl(List.of(input), rules);
      assertThat(rerun.rejected()).isEmpty();
      assertThat(rerun.unchanged()).isEqualTo(1);
      assertThat(rerun.added()).isEqualTo(1);
      assertThat(rdf.graphSizes()).hasSize(2);
    }
  }
}
