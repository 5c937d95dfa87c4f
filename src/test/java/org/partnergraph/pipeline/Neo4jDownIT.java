package org.partnergraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.partnergraph.Fixtures;
import org.partnergraph.extract.Extractor;
import org.partnergraph.extract.RuleExtractor;
import org.partnergraph.model.Article;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.StoreException;
import org.partnergraph.neo4j.EmbeddedNeo4j;
import org.partnergraph.neo4j.Neo4jGraph;
import org.partnergraph.neo4j.Neo4jLoader;
import org.partnergraph.rdf.ShapeGate;
import org.partnergraph.rdf.TdbStore;

/** Neo4j stops mid-run: a clear failure, a ledger that records only what both views hold, and a rerun that repairs. */
class Neo4jDownIT {
  @TempDir Path input;
  @TempDir Path data;
  @TempDir Path clean;

  @Test
  void aServerStoppedMidRunFailsClearlyAndTheRerunRepairs() throws Exception {
    String kalugaText = Files.readString(Fixtures.article(Fixtures.KALUGA));
    String tulaText = Files.readString(Fixtures.article(Fixtures.TULA));
    for (int i = 0; i < 10; i++) {
      Files.writeString(input.resolve(String.format("a-%02d.txt", i)), i % 2 == 0 ? kalugaText : tulaText);
    }
    RuleExtractor rules = new RuleExtractor();
    EmbeddedNeo4j server = EmbeddedNeo4j.start(data.resolve("neo4j"));
    Extractor stopsTheServer = new Extractor() {
      int seen;

      @Override
      public String version() {
        return rules.version();
      }

      @Override
      public ArticleFacts extract(Article article) {
        if (++seen == 5) {
          server.close();
        }
        return rules.extract(article);
      }
    };
    try (TdbStore rdf = TdbStore.open(data.resolve("rdf"))) {
      try (Neo4jGraph g = Neo4jGraph.connect(server.boltUri(), AuthTokens.none(), null, Duration.ofSeconds(2))) {
        Pipeline first = new Pipeline(List.of(new Neo4jLoader(g), rdf), new ShapeGate(), Progress.silent())
            .batchSize(2).incremental(Ledger.open(data.resolve("ledger.jsonl")), false);
        assertThatThrownBy(() -> first.etl(List.of(input), stopsTheServer))
            .isInstanceOf(StoreException.class).hasMessageContaining("Neo4j").hasMessageContaining("nothing of this batch was written");
      }
      Ledger after = Ledger.open(data.resolve("ledger.jsonl"));
      assertThat(after.size()).isEqualTo(4);
      assertThat(rdf.graphSizes()).hasSize(4);

      try (EmbeddedNeo4j restarted = EmbeddedNeo4j.start(data.resolve("neo4j"));
          Neo4jGraph g = Neo4jGraph.connect(restarted.boltUri(), AuthTokens.none(), null)) {
        assertThat(Snapshots.differences(g, rdf, after)).as("the failed batch is in neither view").isEmpty();
        RunSummary rerun = new Pipeline(List.of(new Neo4jLoader(g), rdf), new ShapeGate(), Progress.silent())
            .batchSize(2).incremental(after, false).etl(List.of(input), rules);
        assertThat(rerun.unchanged()).isEqualTo(4);
        assertThat(rerun.added()).isEqualTo(6);
        assertThat(Snapshots.differences(g, rdf, Ledger.open(data.resolve("ledger.jsonl")))).as("check after the rerun").isEmpty();
        String repaired = Snapshots.neo4j(g) + Snapshots.rdf(rdf);
        try (EmbeddedNeo4j fresh = EmbeddedNeo4j.start(clean.resolve("neo4j"));
            Neo4jGraph cg = Neo4jGraph.connect(fresh.boltUri(), AuthTokens.none(), null);
            TdbStore crdf = TdbStore.open(clean.resolve("rdf"))) {
          new Pipeline(List.of(new Neo4jLoader(cg), crdf), new ShapeGate(), Progress.silent()).etl(List.of(input), rules);
          crdf.flush();
          assertThat(repaired).isEqualTo(Snapshots.neo4j(cg) + Snapshots.rdf(crdf));
        }
      }
    }
  }
}
