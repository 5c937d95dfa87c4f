package org.partnergraph.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnergraph.extract.RuleExtractor;
import org.partnergraph.ingest.ArticleReader;
import org.partnergraph.model.Article;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.InputException;
import org.partnergraph.rdf.ShapeGate;
import org.partnergraph.reference.ReferenceData;

/**
 * Extraction throughput on 1 and 2 threads over the same articles, after a warm-up pass. Also
 * yields the facts (checked by the same SHACL gate as a real run) that the load benchmarks share.
 */
final class ExtractBench {
  /** Words, numbers and single punctuation marks: close to how CoreNLP's tokenizer counts. */
  private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’-]*|\\p{N}[\\p{N}.,]*\\p{N}|\\p{N}|[^\\s\\p{L}\\p{N}]");

  record Rate(int threads, double seconds, double articlesPerSecond, double mbPerSecond, double tokensPerSecond) {}

  record Result(int articles, long bytes, long tokens, List<Rate> rates, List<ArticleFacts> facts) {}

  static Result run(Path corpus) throws Exception {
    List<Article> articles = new ArrayList<>();
    new ArticleReader().read(List.of(corpus), new ArticleReader.Handler() {
      @Override
      public void article(Article article) {
        articles.add(article);
      }

      @Override
      public void rejected(InputException problem) {
        throw new IllegalStateException("the generated corpus has a bad article: " + problem.getMessage());
      }
    });
    long bytes = 0;
    long tokens = 0;
    for (Article a : articles) {
      bytes += a.text().getBytes(StandardCharsets.UTF_8).length;
      tokens += tokens(a.text());
    }
    ReferenceData reference = ReferenceData.bundled();
    extract(articles.subList(0, Math.min(300, articles.size())), 2, reference); // JIT warm-up
    List<Rate> rates = new ArrayList<>();
    List<ArticleFacts> facts = null;
    for (int threads : new int[] {1, 2}) {
      long start = System.nanoTime();
      List<ArticleFacts> out = extract(articles, threads, reference);
      double s = (System.nanoTime() - start) / 1e9;
      rates.add(new Rate(threads, s, articles.size() / s, bytes / 1e6 / s, tokens / s));
      facts = facts == null ? out : facts;
    }
    ShapeGate gate = new ShapeGate();
    List<ArticleFacts> kept = facts.stream().map(f -> gate.check(f).kept()).toList();
    return new Result(articles.size(), bytes, tokens, rates, kept);
  }

  static long tokens(String text) {
    long n = 0;
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** One extractor per thread: an extractor is not promised to be thread-safe, the reference data is read-only. */
  private static List<ArticleFacts> extract(List<Article> articles, int threads, ReferenceData reference) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      ThreadLocal<RuleExtractor> extractor = ThreadLocal.withInitial(() -> new RuleExtractor(reference));
      int chunk = 50;
      List<Future<List<ArticleFacts>>> parts = new ArrayList<>();
      for (int i = 0; i < articles.size(); i += chunk) {
        List<Article> slice = articles.subList(i, Math.min(i + chunk, articles.size()));
        parts.add(pool.submit(() -> slice.stream().map(a -> extractor.get().extract(a)).toList()));
      }
      List<ArticleFacts> out = new ArrayList<>(articles.size());
      for (Future<List<ArticleFacts>> p : parts) {
        out.addAll(p.get());
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private ExtractBench() {}
}
