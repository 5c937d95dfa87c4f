package org.partnergraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnergraph.extract.RuleExtractor;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.FactSink;
import org.partnergraph.model.StoreException;
import org.partnergraph.rdf.ShapeGate;
import org.partnergraph.rdf.TdbStore;

/**
 * A batch reaches both views or neither: when the first view fails to commit, the real TDB2 store
 * keeps nothing of that batch, not even when it is closed afterwards.
 */
class BothViewsOrNeitherIT {
  @TempDir Path input;
  @TempDir Path data;

  /** Stands in for Neo4j failing at commit (a fault injected here; the real loader is covered by Neo4jDownIT). */
  private static final class FailsOnSecondCommit implements FactSink {
    final List<String> committed = new ArrayList<>();
    final List<String> pending = new ArrayList<>();
    int commits;

    @Override
    public void accept(ArticleFacts facts) {
      pending.add(facts.article().id());
    }

    @Override
    public void flush() {
      if (pending.isEmpty()) {
        return;
      }
      if (++commits == 2) {
        throw new StoreException("Neo4j went away");
      }
      committed.addAll(pending);
      pending.clear();
    }

    @Override
    public void discard() {
      pending.clear();
    }
  }

  @Test
  void aFailedCommitInTheFirstViewLeavesNothingOfTheBatchInRdf() throws Exception {
    for (String id : List.of("a1", "a2", "b1", "b2", "c1")) {
      Files.writeString(input.resolve(id + ".txt"), "Kaluga Region Governor Vladislav Shapsha met Geely in " + id + ".");
    }
    FailsOnSecondCommit neo4j = new FailsOnSecondCommit();
    try (TdbStore rdf = TdbStore.open(data.resolve("rdf"))) {
      Pipeline pipeline = new Pipeline(List.of(neo4j, rdf), new ShapeGate(), Progress.silent()).batchSize(2)
          .incremental(Ledger.open(data.resolve("ledger.jsonl")), false);
      assertThatThrownBy(() -> pipeline.etl(List.of(input), new RuleExtractor())).hasMessageContaining("Neo4j went away");
      assertThat(neo4j.committed).containsExactly("a1", "a2");
    }
    try (TdbStore rdf = TdbStore.open(data.resolve("rdf"))) {
      assertThat(rdf.storedArticles().keySet()).containsExactly("a1", "a2");
    }
    assertThat(Ledger.open(data.resolve("ledger.jsonl")).ids()).containsExactlyInAnyOrder("a1", "a2");
  }
}
