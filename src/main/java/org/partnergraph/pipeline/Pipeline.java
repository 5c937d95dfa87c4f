package org.partnergraph.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnergraph.extract.Extractor;
import org.partnergraph.facts.FactsReader;
import org.partnergraph.ingest.ArticleReader;
import org.partnergraph.model.Article;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.FactSink;
import org.partnergraph.model.InputException;
import org.partnergraph.model.Messages;
import org.partnergraph.rdf.ShapeGate;

/**
 * The ETL: articles (or facts files) in, one article at a time through extraction and the SHACL
 * gate, out to every sink. Memory stays flat: nothing is held beyond one batch. With a
 * {@link Ledger}, unchanged articles are skipped before extraction, each batch is recorded only
 * once every sink has committed it, and {@code prune} retracts articles gone from the input.
 *
 * <pre>{@code
 * RunSummary s = new Pipeline(List.of(neo4jLoader, tdbStore), new ShapeGate(), Progress.silent())
 *     .etl(List.of(Path.of("samples/articles")), new RuleExtractor());
 * }</pre>
 */
public final class Pipeline {
  public static final int DEFAULT_BATCH = 500;
  /** Far above what any news story yields (the seeds give under 40), far below what floods a graph. */
  public static final int DEFAULT_MAX_FACTS_PER_ARTICLE = 5_000;

  private final List<FactSink> sinks;
  private final ShapeGate gate;
  private final Progress progress;
  private Ledger ledger;
  private boolean prune;
  private int batchSize = DEFAULT_BATCH;
  private int maxArticleBytes = ArticleReader.DEFAULT_MAX_ARTICLE_BYTES;
  private int maxFactsPerArticle = DEFAULT_MAX_FACTS_PER_ARTICLE;

  public Pipeline(List<FactSink> sinks, ShapeGate gate, Progress progress) {
    this.sinks = List.copyOf(sinks);
    this.gate = gate;
    this.progress = progress;
  }

  /** Skip what the ledger shows as loaded and unchanged; record what this run loads. */
  public Pipeline incremental(Ledger ledger, boolean prune) {
    this.ledger = ledger;
    this.prune = prune;
    return this;
  }

  /** Articles per commit point: all sinks flush, then the ledger records the batch. */
  public Pipeline batchSize(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("batch size should be >= 1: " + size);
    }
    this.batchSize = size;
    return this;
  }

  /** Larger articles (files, or JSONL lines) are rejected with a clear message. */
  public Pipeline maxArticleBytes(int limit) {
    this.maxArticleBytes = limit;
    return this;
  }

  /** An article whose entities plus relations exceed this is rejected whole, nothing of it loaded. */
  public Pipeline maxFactsPerArticle(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("max facts per article should be >= 1: " + limit);
    }
    this.maxFactsPerArticle = limit;
    return this;
  }

  /** Reads, extracts and loads articles. */
  public RunSummary etl(List<Path> inputs, Extractor extractor) {
    try {
      return etlOrFail(inputs, extractor);
    } catch (RuntimeException | Error e) {
      discardAll(e);
      throw e;
    }
  }

  private RunSummary etlOrFail(List<Path> inputs, Extractor extractor) {
    Run run = new Run();
    Set<String> seen = new HashSet<>();
    new ArticleReader(maxArticleBytes).read(inputs, new ArticleReader.Handler() {
      String hash;

      @Override
      public boolean needed(String id, String contentHash) {
        hash = contentHash;
        return ledger == null || !ledger.isCurrent(id, contentHash, extractor.version());
      }

      @Override
      public void counted(int articles) {
        progress.expect(articles);
      }

      @Override
      public void unchanged(String id) {
        run.articlesRead++;
        seen.add(id);
        run.unchanged++;
        progress.tick(run.articlesRead, run.rejected.size());
      }

      @Override
      public void article(Article article) {
        run.articlesRead++;
        seen.add(article.id());
        if (ledger != null && ledger.get(article.id()).isPresent()) {
          run.changed++;
        } else {
          run.added++;
        }
        long t = System.nanoTime();
        ArticleFacts facts;
        try {
          facts = extractor.extract(article);
        } catch (RuntimeException e) {
          // a fault of the extractor on one article: reported like unreadable input, and the run goes on;
          // the ledger does not record the article, so the next run extracts it again
          run.rejected.add(extractor.failure(article, e));
          return;
        }
        run.time("extract", t);
        run.send(facts, new Ledger.Entry(article.id(), hash, extractor.version(), null));
      }

      @Override
      public void rejected(InputException problem) {
        run.rejected.add(problem.getMessage());
      }

      @Override
      public void skipped(Path file) {
        run.filesSkipped++;
      }
    });
    run.commit();
    if (prune && ledger != null && run.rejected.isEmpty()) {
      List<String> gone = ledger.ids().stream().filter(id -> !seen.contains(id)).sorted().toList();
      if (!gone.isEmpty()) {
        long t = System.nanoTime();
        for (FactSink sink : sinks) {
          sink.retract(gone);
        }
        ledger.retracted(gone);
        run.time("retract", t);
        run.retracted = gone.size();
      }
    } else if (prune && !run.rejected.isEmpty()) {
      run.notes.add("--prune skipped: some input was rejected, so a missing article may only be unreadable");
    }
    if (ledger != null) {
      ledger.compact();
    }
    return run.finish();
  }

  /** Loads facts files written by {@code extract} or by any other extractor. */
  public RunSummary load(List<Path> factsFiles) {
    try {
      return loadOrFail(factsFiles);
    } catch (RuntimeException | Error e) {
      discardAll(e);
      throw e;
    }
  }

  /**
   * A failure anywhere aborts the open batch in every view that has not committed it. Only a
   * failure between two views' commits leaves one ahead, and then the ledger has not recorded the
   * batch, so the next run loads it into both again.
   */
  private void discardAll(Throwable failure) {
    for (FactSink sink : sinks) {
      try {
        sink.discard();
      } catch (RuntimeException e) {
        failure.addSuppressed(e);
      }
    }
  }

  private RunSummary loadOrFail(List<Path> factsFiles) {
    Run run = new Run();
    FactsReader reader = new FactsReader();
    for (Path file : factsFiles) {
      reader.read(file, facts -> {
        run.articlesRead++;
        run.added++;
        run.send(facts, null);
      }, problem -> run.rejected.add(problem.getMessage()));
    }
    run.commit();
    return run.finish();
  }

  /** The counters and timers of one run. */
  private final class Run {
    final long started = System.nanoTime();
    final List<String> rejected = new ArrayList<>();
    final List<String> violations = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final Map<String, Long> nanos = new LinkedHashMap<>();
    final List<Ledger.Entry> uncommitted = new ArrayList<>();
    final Map<String, Integer> factsByType = new LinkedHashMap<>();
    int articlesRead;
    int articlesLoaded;
    int filesSkipped;
    int entities;
    int relations;
    int added;
    int changed;
    int unchanged;
    int retracted;

    void time(String stage, long since) {
      nanos.merge(stage, System.nanoTime() - since, Long::sum);
    }

    void send(ArticleFacts facts, Ledger.Entry entry) {
      int count = facts.entities().size() + facts.relations().size();
      if (count > maxFactsPerArticle) {
        Article a = facts.article();
        rejected.add(new InputException(a.where(), "article '" + a.id() + "' has " + count
            + " facts, over the limit of " + maxFactsPerArticle + " (--max-facts-per-article)").getMessage());
        progress.tick(articlesRead, rejected.size());
        return;
      }
      for (FactSink sink : sinks) {
        Optional<String> problem = sink.unstorable(facts);
        if (problem.isPresent()) {
          Article a = facts.article();
          rejected.add(new InputException(a.where(), "article '" + Messages.shorten(a.id())
              + "' cannot be stored in " + sink.name() + ": " + problem.get()).getMessage());
          progress.tick(articlesRead, rejected.size());
          return;
        }
      }
      long t = System.nanoTime();
      ShapeGate.Result checked = gate.check(facts);
      time("validate", t);
      violations.addAll(checked.violations());
      for (FactSink sink : sinks) {
        long s = System.nanoTime();
        sink.accept(checked.kept());
        time(stageName(sink), s);
      }
      articlesLoaded++;
      entities += checked.kept().entities().size();
      relations += checked.kept().relations().size();
      checked.kept().relations().forEach(r -> factsByType.merge(r.type().name(), 1, Integer::sum));
      if (entry != null) {
        uncommitted.add(entry);
      }
      if (articlesLoaded % batchSize == 0) {
        commit();
      }
      progress.tick(articlesRead, rejected.size());
    }

    /**
     * Two phases: every sink first writes the batch where it can still be undone, then every sink
     * commits it (Neo4j first, so the RDF transaction commits only after Neo4j's did); only then
     * does the ledger record it. A failure in either phase aborts the batch everywhere (see
     * {@link #discardAll}).
     */
    void commit() {
      for (FactSink sink : sinks) {
        long s = System.nanoTime();
        sink.prepare();
        time(stageName(sink), s);
      }
      for (FactSink sink : sinks) {
        long s = System.nanoTime();
        sink.flush();
        time(stageName(sink), s);
      }
      if (ledger != null && !uncommitted.isEmpty()) {
        String now = Instant.now().toString();
        ledger.record(uncommitted.stream().map(e -> new Ledger.Entry(e.id(), e.hash(), e.extractor(), now)).toList());
      }
      uncommitted.clear();
    }

    RunSummary finish() {
      progress.done(articlesRead, rejected.size());
      Map<String, Duration> stages = new LinkedHashMap<>();
      nanos.forEach((k, v) -> stages.put(k, Duration.ofNanos(v)));
      return new RunSummary(articlesRead, articlesLoaded, filesSkipped, added, changed, unchanged, retracted,
          List.copyOf(rejected), List.copyOf(violations), List.copyOf(notes), entities, relations, Map.copyOf(factsByType),
          stages, Duration.ofNanos(System.nanoTime() - started));
    }
  }

  private static String stageName(FactSink sink) {
    return "write " + sink.name();
  }
}
