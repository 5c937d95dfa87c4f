package org.partnergraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.partnergraph.model.Article;
import org.partnergraph.model.InputException;

/**
 * Turns files and folders into a stream of cleaned articles. A bad file or line is reported and
 * skipped; reading goes on, so one broken article never costs the others.
 *
 * <pre>{@code
 * new ArticleReader().read(List.of(Path.of("samples/articles")), handler);
 * }</pre>
 */
public final class ArticleReader {

  /** Receives what reading finds, in input order. */
  public interface Handler {
    void article(Article article);

    void rejected(InputException problem);

    /** A file that is not an article format (e.g. a README next to the articles). */
    default void skipped(Path file) {}
  }

  private final PageCleaner cleaner = new PageCleaner();
  private final TextArticles text = new TextArticles();
  private final JsonlArticles jsonl = new JsonlArticles();
  private final HtmlArticles html = new HtmlArticles();

  public void read(List<Path> inputs, Handler handler) {
    for (Path file : files(inputs, handler)) {
      String ext = extension(file);
      try {
        switch (ext) {
          case "txt" -> handler.article(clean(text.parse(file)));
          case "html", "htm" -> handler.article(clean(html.parse(file)));
          case "jsonl", "ndjson" -> jsonl.parse(file, a -> handler.article(clean(a)), handler::rejected);
          default -> handler.skipped(file);
        }
      } catch (InputException e) {
        handler.rejected(e);
      }
    }
  }

  private Article clean(Article article) {
    PageCleaner.Cleaned cleaned = cleaner.clean(article.text());
    if (cleaned.text().isBlank()) {
      throw new InputException(article.origin(), "article '" + article.id() + "' has no text after removing page furniture");
    }
    return article.withText(cleaned.text()).withSource(cleaned.source());
  }

  /** The files below the inputs, each folder sorted by name so that runs are reproducible. */
  static List<Path> files(List<Path> inputs, Handler handler) {
    List<Path> out = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        try (Stream<Path> walk = Files.walk(input)) {
          walk.filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().startsWith("."))
              .sorted()
              .forEach(out::add);
        } catch (IOException e) {
          handler.rejected(new InputException(input.toString(), "cannot list folder: " + e.getMessage()));
        }
      } else if (Files.isRegularFile(input)) {
        out.add(input);
      } else {
        handler.rejected(new InputException(input.toString(), "no such file or folder"));
      }
    }
    return out;
  }

  static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }
}
