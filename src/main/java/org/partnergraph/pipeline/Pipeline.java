package org.partnergraph.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnergraph.extract.Extractor;
import org.partnergraph.facts.FactsReader;
import org.partnergraph.ingest.ArticleReader;
import org.partnergraph.model.Article;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.FactSink;
import org.partnergraph.model.InputException;
import org.partnergraph.rdf.ShapeGate;

/**
 * The ETL: articles (or facts files) in, one article at a time through extraction and the SHACL
 * gate, out to every sink. Memory stays flat: nothing is held beyond the sinks' batches. A bad
 * input is recorded and skipped; a failing sink stops the run with what was committed kept.
 *
 * <pre>{@code
 * RunSummary s = new Pipeline(List.of(neo4jLoader, tdbStore), new ShapeGate(), Progress.silent())
 *     .etl(List.of(Path.of("samples/articles")), new RuleExtractor());
 * }</pre>
 */
public final class Pipeline {
  private final List<FactSink> sinks;
  private final ShapeGate gate;
  private final Progress progress;

  public Pipeline(List<FactSink> sinks, ShapeGate gate, Progress progress) {
    this.sinks = List.copyOf(sinks);
    this.gate = gate;
    this.progress = progress;
  }

  /** Reads, extracts and loads articles. */
  public RunSummary etl(List<Path> inputs, Extractor extractor) {
    Run run = new Run();
    new ArticleReader().read(inputs, new ArticleReader.Handler() {
      @Override
      public void article(Article article) {
        run.articlesRead++;
        long t = System.nanoTime();
        ArticleFacts facts = extractor.extract(article);
        run.time("extract", t);
        run.send(facts);
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
    return run.finish();
  }

  /** Loads facts files written by {@code extract} or by any other extractor. */
  public RunSummary load(List<Path> factsFiles) {
    Run run = new Run();
    FactsReader reader = new FactsReader();
    for (Path file : factsFiles) {
      reader.read(file, facts -> {
        run.articlesRead++;
        run.send(facts);
      }, problem -> run.rejected.add(problem.getMessage()));
    }
    return run.finish();
  }

  /** The counters and timers of one run. */
  private final class Run {
    final long started = System.nanoTime();
    final List<String> rejected = new ArrayList<>();
    final List<String> violations = new ArrayList<>();
    final Map<String, Long> nanos = new LinkedHashMap<>();
    int articlesRead;
    int articlesLoaded;
    int filesSkipped;
    int entities;
    int relations;

    void time(String stage, long since) {
      nanos.merge(stage, System.nanoTime() - since, Long::sum);
    }

    void send(ArticleFacts facts) {
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
      progress.tick(articlesRead, rejected.size());
    }

    RunSummary finish() {
      for (FactSink sink : sinks) {
        long s = System.nanoTime();
        sink.flush();
        time(stageName(sink), s);
      }
      Map<String, Duration> stages = new LinkedHashMap<>();
      nanos.forEach((k, v) -> stages.put(k, Duration.ofNanos(v)));
      return new RunSummary(articlesRead, articlesLoaded, filesSkipped, List.copyOf(rejected), List.copyOf(violations),
          entities, relations, stages, Duration.ofNanos(System.nanoTime() - started));
    }
  }

  private static String stageName(FactSink sink) {
    String n = sink.getClass().getSimpleName();
    return "write " + n.replace("Loader", "").replace("Store", "").replace("FileWriter", "").toLowerCase();
  }
}
