package org.partnergraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

    /** How many articles the input holds (ids seen in the first pass), before any is delivered: for progress. */
    default void counted(int articles) {}

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
    List<Path> files = files(inputs, handler);
    SharedIds shared = sharedIds(files);
    handler.counted(shared.total());
    for (Path file : files) {
      String ext = extension(file);
      if (!SUPPORTED.contains(ext)) {
        handler.skipped(file);
        continue;
      }
      try {
        if (ext.equals("jsonl") || ext.equals("ndjson")) {
          jsonl.parse(file, maxArticleBytes, (a, hash) -> {
            if (shared.rejects(a.id(), handler)) {
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
        if (shared.rejects(id, handler)) {
          continue;
        }
        long size = Files.size(file);
        if (size > maxArticleBytes) {
          throw new InputException(file.toString(), "article is " + size + " bytes, over the limit of " + maxArticleBytes + " (--max-article-bytes)");
        }
        byte[] bytes = TextDecoder.bytes(file);
        if (!handler.needed(id, Ids.hash(bytes))) {
          handler.unchanged(id);
          continue;
        }
        deliver(handler, () -> clean(ext.equals("txt") ? text.parse(file, bytes) : html.parse(file, bytes)));
      } catch (InputException e) {
        handler.rejected(e);
      } catch (IOException e) {
        handler.rejected(new InputException(file.toString(), "cannot read: " + TextDecoder.reason(e)));
      }
    }
  }

  /**
   * The ids that more than one input claims (story.txt beside story.html, a JSON line repeating
   * another's id), with every place that claims each, found in a first pass that holds ids only.
   * All of them are rejected: keeping one would make the graph depend on which was read first,
   * and a rejection keeps --prune from retracting what is already loaded under that id.
   */
  private SharedIds sharedIds(List<Path> files) {
    Map<String, String> firstFrom = new HashMap<>();
    Map<String, List<String>> shared = new HashMap<>();
    java.util.function.BiConsumer<String, String> claim = (id, where) -> {
      String first = firstFrom.putIfAbsent(id, where);
      if (first != null) {
        shared.computeIfAbsent(id, k -> new ArrayList<>(List.of(first))).add(where);
      }
    };
    for (Path file : files) {
      String ext = extension(file);
      if (ext.equals("jsonl") || ext.equals("ndjson")) {
        Lines.read(file, maxArticleBytes, "--max-article-bytes", (where, line) -> {
          try {
            claim.accept(JsonlArticles.parseLine(where, line.strip()).id(), where);
          } catch (InputException unreadable) {
            // reported by the main pass; a line without an article claims no id
          }
        }, ignored -> {});
      } else if (SUPPORTED.contains(ext)) {
        try {
          claim.accept(ReaderIds.fromFile(file), file.toString());
        } catch (InputException unreadable) {
          // reported by the main pass
        }
      }
    }
    return new SharedIds(shared, new HashSet<>(), firstFrom.size());
  }

  /** Ids claimed by several inputs; each is reported once, naming every input that claims it. */
  private record SharedIds(Map<String, List<String>> origins, Set<String> reported, int total) {
    boolean rejects(String id, Handler handler) {
      List<String> from = origins.get(id);
      if (from == null) {
        return false;
      }
      if (reported.add(id)) {
        handler.rejected(new InputException(from.get(0), "article id '" + id + "' is also given by "
            + String.join(", ", from.subList(1, from.size())) + "; all " + from.size()
            + " are rejected and nothing loaded under that id is changed or pruned (ids must be unique across the input: rename a file, or give the JSON line its own id)"));
      }
      return true;
    }
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
    Article visible = new Article(article.id(), Invisibles.strip(article.title()), cleaned.text(), Invisibles.strip(article.url()),
        Invisibles.strip(article.source()), article.published(), article.origin());
    return visible.withSource(cleaned.source());
  }

  /** The files below the inputs, each folder sorted by name so that runs are reproducible. */
  static List<Path> files(List<Path> inputs, Handler handler) {
    List<Path> out = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        List<Path> found = new ArrayList<>();
        try {
          Files.walkFileTree(input, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
              if (!p.getFileName().toString().startsWith(".")) {
                found.add(p);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path p, IOException e) {
              // a folder or file that cannot be opened (permission denied) is a rejection, so --prune is skipped
              handler.rejected(new InputException(p.toString(), "cannot read: " + TextDecoder.reason(e)));
              return FileVisitResult.CONTINUE;
            }
          });
        } catch (IOException e) {
          handler.rejected(new InputException(input.toString(), "cannot list folder: " + TextDecoder.reason(e)));
        }
        found.sort(null);
        for (Path p : found) {
          if (Files.isRegularFile(p)) {
            out.add(p);
          } else {
            // reported, not skipped: a run that could not read an article must not --prune it
            handler.rejected(new InputException(p.toString(), unreadable(p)));
          }
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
