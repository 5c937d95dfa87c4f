package org.partnergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnergraph.model.Article;
import org.partnergraph.model.InputException;

class ArticleReaderTest {
  @TempDir Path dir;

  private List<String> read(int limit, List<Article> articles) {
    List<String> problems = new ArrayList<>();
    new ArticleReader(limit).read(List.of(dir), new ArticleReader.Handler() {
      @Override
      public void article(Article article) {
        articles.add(article);
      }

      @Override
      public void rejected(InputException problem) {
        problems.add(problem.getMessage());
      }
    });
    return problems;
  }

  @Test
  void rejectsArticlesOverTheSizeLimitAndReadsTheRest() throws Exception {
    Files.writeString(dir.resolve("big.txt"), "Headline\n\n" + "x".repeat(500));
    Files.writeString(dir.resolve("small.txt"), "Headline\n\nShort body.");
    Files.writeString(dir.resolve("feed.jsonl"), "{\"id\":\"a\",\"text\":\"" + "y".repeat(500) + "\"}\n{\"id\":\"b\",\"text\":\"ok\"}\n");
    List<Article> articles = new ArrayList<>();
    List<String> problems = read(200, articles);
    assertThat(articles).extracting(Article::id).containsExactlyInAnyOrder("small", "b");
    assertThat(problems).anySatisfy(p -> assertThat(p).endsWith("big.txt: article is 510 bytes, over the limit of 200 (--max-article-bytes)"))
        .anySatisfy(p -> assertThat(p).contains("feed.jsonl:1: line is over the limit of 200"));
  }

  @Test
  void aFirstLineThatIsAParagraphStaysInTheBodyAndGivesTheTitle() throws Exception {
    Files.writeString(dir.resolve("lead.txt"), "The head of the Moscow region, Andrei Vorobyov, visited China. He met executives.\nMore text.");
    List<Article> articles = new ArrayList<>();
    read(10_000, articles);
    assertThat(articles).singleElement().satisfies(a -> {
      assertThat(a.title()).isEqualTo("The head of the Moscow region, Andrei Vorobyov, visited China");
      assertThat(a.text()).startsWith("The head of the Moscow region");
    });
  }

  @Test
  void aPagesSidebarOfMostReadStoriesIsNotTheArticle() throws Exception {
    Files.writeString(dir.resolve("page.html"), "<html><body><div class=\"story\"><h1>Plant opens</h1><p>Kia opened a plant.</p></div>"
        + "<div class=\"sidebar\"><h3>Most Read</h3><ul><li>Calamba water rates to rise</li></ul></div>"
        + "<div class=\"related-posts\"><h4>You might also like</h4><p>Hai Phong port traffic hits record</p></div></body></html>");
    List<Article> articles = new ArrayList<>();
    read(10_000, articles);
    assertThat(articles).singleElement().satisfies(a -> assertThat(a.text()).doesNotContain("Calamba").doesNotContain("Hai Phong"));
  }

  @Test
  void invisibleCharactersNeitherCutANameNorReachATitle() throws Exception {
    Files.writeString(dir.resolve("feed.jsonl"), "{\"id\":\"zwj\",\"title\":\"Gee\\u200dly in\\u0000 Minsk\","
        + "\"text\":\"The Gee\\u200dly plant in Min\\u00adsk opened.\\u0007\"}\n");
    List<Article> articles = new ArrayList<>();
    assertThat(read(10_000, articles)).isEmpty();
    assertThat(articles).singleElement().satisfies(a -> {
      assertThat(a.text()).isEqualTo("The Geely plant in Minsk opened.");
      assertThat(a.title()).isEqualTo("Geely in  Minsk");
    });
  }

  @Test
  void theSameIdInTwoFilesIsRejectedNamingTheFirstAndTheFirstIsKept() throws Exception {
    Files.writeString(dir.resolve("story.html"), "<html><body><article><h1>Kaluga</h1><p>The plant opened in Kaluga today.</p></article></body></html>");
    Files.writeString(dir.resolve("story.txt"), "Kaluga\n\nThe plant opened in Kaluga today.");
    List<Article> articles = new ArrayList<>();
    List<String> problems = read(10_000, articles);
    assertThat(articles).extracting(Article::id).containsExactly("story");
    assertThat(problems).singleElement().asString()
        .contains("story.txt").contains("article id 'story' was already read from").contains("story.html");
  }

  @Test
  void aBrokenLinkAFifoAndALinkedFolderAreReportedNotSkipped() throws Exception {
    Files.writeString(dir.resolve("ok.txt"), "Headline\n\nShort body.");
    Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("nowhere.txt"));
    Path elsewhere = Files.createDirectories(dir.getParent().resolve(dir.getFileName() + "-elsewhere"));
    Files.createSymbolicLink(dir.resolve("linked"), elsewhere);
    Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("pipe.txt").toString()).start();
    boolean fifo = mkfifo.waitFor() == 0;
    List<Article> articles = new ArrayList<>();
    List<String> problems = read(10_000, articles);
    assertThat(articles).extracting(Article::id).containsExactly("ok");
    assertThat(problems).anySatisfy(p -> assertThat(p).contains("gone.txt").contains("broken symbolic link"))
        .anySatisfy(p -> assertThat(p).contains("linked").contains("link to a folder is not followed"));
    if (fifo) {
      assertThat(problems).anySatisfy(p -> assertThat(p).contains("pipe.txt").contains("not a regular file"));
    }
  }
}
