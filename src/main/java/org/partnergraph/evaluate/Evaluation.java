package org.partnergraph.evaluate;

import org.partnergraph.extract.annotation.Gold;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.partnergraph.extract.Extractor;
import org.partnergraph.ingest.ArticleReader;
import org.partnergraph.model.Article;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.InputException;
import org.partnergraph.rdf.ShapeGate;

/**
 * Runs an extractor over a gold set ({@code DIR/articles} and {@code DIR/gold}) exactly as the ETL
 * would (reader, extractor, SHACL gate) and scores the result, overall and per article.
 */
public final class Evaluation {
  /**
   * The total, each article's score, and the extraction throughput.
   *
   * @param failures one line per article the extractor failed on; such an article is scored as if
   *     nothing had been extracted from it, so that one fault does not hide the scores of the rest
   */
  public record Result(Score total, Map<String, Score> perArticle, int articles, long bytes, double extractSeconds, List<String> failures) {}

  /** One gold annotation with the article it annotates. */
  public record Annotated(Gold gold, Article article) {}

  private Evaluation() {}

  /** The gold set's annotations with their articles, in the gold files' order. */
  public static List<Annotated> read(Path goldDir) {
    List<Gold> golds = Gold.readAll(goldDir);
    Path articlesDir = Files.isDirectory(goldDir.resolve("articles")) ? goldDir.resolve("articles") : goldDir;
    Map<String, Article> articles = new HashMap<>();
    List<String> problems = new ArrayList<>();
    new ArticleReader().read(List.of(articlesDir), new ArticleReader.Handler() {
      @Override
      public void article(Article article) {
        articles.put(article.id(), article);
      }

      @Override
      public void rejected(InputException problem) {
        problems.add(problem.getMessage());
      }
    });
    if (!problems.isEmpty()) {
      throw new InputException(articlesDir.toString(), "articles of the gold set were rejected: " + String.join("; ", problems));
    }
    List<Annotated> out = new ArrayList<>();
    for (Gold gold : golds) {
      Article article = articles.get(gold.article());
      if (article == null) {
        throw new InputException(goldDir.toString(), "gold for '" + gold.article() + "' but no such article among " + new TreeSet<>(articles.keySet()));
      }
      out.add(new Annotated(gold, article));
    }
    return out;
  }

  public static Result run(Path goldDir, Extractor extractor) {
    List<Annotated> annotated = read(goldDir);
    ShapeGate gate = new ShapeGate();
    Score total = new Score();
    Map<String, Score> perArticle = new HashMap<>();
    long bytes = 0;
    long nanos = 0;
    List<String> failures = new ArrayList<>();
    for (Annotated a : annotated) {
      Article article = a.article();
      long t = System.nanoTime();
      ArticleFacts facts;
      try {
        facts = gate.check(extractor.extract(article)).kept();
      } catch (RuntimeException e) {
        failures.add(extractor.failure(article, e));
        facts = new ArticleFacts(article, List.of(), List.of(), extractor.version());
      }
      nanos += System.nanoTime() - t;
      bytes += article.text().length();
      Score score = Evaluator.score(facts, a.gold());
      perArticle.put(a.gold().article(), score);
      total.add(score);
    }
    return new Result(total, perArticle, annotated.size(), bytes, nanos / 1e9, List.copyOf(failures));
  }
}
