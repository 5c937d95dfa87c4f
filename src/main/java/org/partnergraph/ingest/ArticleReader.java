package org.partnergraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.partnergraph.model.Article;
import org.partnergraph.model.Ids;
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

    /**
     * Asked before an article is decoded and cleaned, with a digest of its raw content; answering
     * false skips it (a nightly run asks its ledger), and {@link #unchanged} is called instead.
     */
    default boolean needed(String id, String contentHash) {
      return true;
    }

    default void unchanged(String id) {}

    void rejected(InputException problem);

    /** A file that is not an article format (e.g. a README next to the articles). */
    default void skipped(Path file) {}
  }

  /** Default largest article accepted: far above any news story, far below what hurts memory. */
  public static final int DEFAULT_MAX_ARTICLE_BYTES = 2_000_000;

  private final int maxArticleBytes;
  private final PageCleaner cleaner = new PageCleaner();
  private final TextArticles text = new TextArticles();
  private final JsonlArticles jsonl = new JsonlArticles();
  private final HtmlArticles html = new HtmlArticles();

  public ArticleReader() {
    this(DEFAULT_MAX_ARTICLE_BYTES);
  }

  public ArticleReader(int maxArticleBytes) {
    if (maxArticleBytes < 1) {
      throw new IllegalArgumentException("max article bytes should be >= 1: " + maxArticleBytes);
    }
    this.maxArticleBytes = maxArticleBytes;
  }

  public void read(List<Path> inputs, Handler handler) {
    Map<String, String> firstFrom = new HashMap<>();
    for (Path file : files(inputs, handler)) {
      String ext = extension(file);
      if (!SUPPORTED.contains(ext)) {
        handler.skipped(file);
        continue;
      }
      try {
        boolean feed = ext.equals("jsonl") || ext.equals("ndjson");
        long size = java.nio.file.Files.size(file);
        if (!feed && size > maxArticleBytes) {
          throw new InputException(file.toString(), "article is " + size + " bytes, over the limit of " + maxArticleBytes + " (--max-article-bytes)");
        }
        byte[] bytes = TextDecoder.bytes(file);
        if (feed) {
          jsonl.parse(file, bytes, maxArticleBytes, (a, hash) -> {
            if (!firstTime(firstFrom, a.id(), a.origin() == null ? file.toString() : a.origin(), handler)) {
              return;
            }
            if (handler.needed(a.id(), hash)) {
              deliver(handler, () -> clean(a));
            } else {
              handler.unchanged(a.id());
            }
          }, handler::rejected);
          continue;
        }
        String id = ReaderIds.fromFile(file);
        if (!firstTime(firstFrom, id, file.toString(), handler)) {
          continue;
        }
        if (!handler.needed(id, Ids.hash(bytes))) {
          handler.unchanged(id);
          continue;
        }
        deliver(handler, () -> clean(ext.equals("txt") ? text.parse(file, bytes) : html.parse(file, bytes)));
      } catch (InputException e) {
        handler.rejected(e);
      } catch (java.io.IOException e) {
        handler.rejected(new InputException(file.toString(), "cannot read: " + e.getMessage()));
      }
    }
  }

  /**
   * Whether this is the first article with this id in the input; a second one (story.txt beside
   * story.html) is rejected, naming the first, so the graph does not flip between the two night
   * after night and --prune never runs on such an input.
   */
  private static boolean firstTime(Map<String, String> firstFrom, String id, String origin, Handler handler) {
    String first = firstFrom.putIfAbsent(id, origin);
    if (first == null) {
      return true;
    }
    handler.rejected(new InputException(origin, "article id '" + id + "' was already read from " + first
        + "; ids must be unique across the input (rename one, or give the JSON line its own id)"));
    return false;
  }

  private static final java.util.Set<String> SUPPORTED = java.util.Set.of("txt", "html", "htm", "jsonl", "ndjson");

  private static void deliver(Handler handler, java.util.function.Supplier<Article> article) {
    try {
      handler.article(article.get());
    } catch (InputException e) {
      handler.rejected(e);
    }
  }

  private Article clean(Article article) {
    PageCleaner.Cleaned cleaned = cleaner.clean(Invisibles.strip(article.text()));
    if (cleaned.text().isBlank()) {
      throw new InputException(article.origin(), "article '" + article.id() + "' has no text after removing page furniture");
    }
    Article visible = new Article(article.id(), Invisibles.strip(article.title()), cleaned.text(), article.url(),
        Invisibles.strip(article.source()), article.published(), article.origin());
    return visible.withSource(cleaned.source());
  }

  /** The files below the inputs, each folder sorted by name so that runs are reproducible. */
  static List<Path> files(List<Path> inputs, Handler handler) {
    List<Path> out = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        try (Stream<Path> walk = Files.walk(input)) {
          List<Path> found = walk.filter(p -> !p.getFileName().toString().startsWith("."))
              .filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
              .sorted()
              .toList();
          for (Path p : found) {
            if (Files.isRegularFile(p)) {
              out.add(p);
            } else {
              // reported, not skipped: a run that could not read an article must not --prune it
              handler.rejected(new InputException(p.toString(), unreadable(p)));
            }
          }
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

  private static String unreadable(Path p) {
    if (Files.isSymbolicLink(p)) {
      return Files.isDirectory(p) ? "a link to a folder is not followed; give the folder itself as an input"
          : "a broken symbolic link";
    }
    return "not a regular file (a FIFO, socket or device)";
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
