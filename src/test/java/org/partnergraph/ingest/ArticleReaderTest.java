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
  void theTextLosesInvisiblesAndUnstorablesAndAControlCharacterInAnIdIsRejected() throws Exception {
    Files.writeString(dir.resolve("feed.jsonl"), "{\"id\":\"wide\",\"title\":\"Gee\\u200dly in Minsk\\ud800\","
        + "\"url\":\"http://x.org/\\u0000a\",\"text\":\"The Gee\\u00adly plant\\uffff opened\\u2026\"}\n"
        + "{\"id\":\"nul\\u0000id\",\"text\":\"A plant opened.\"}\n");
    List<Article> articles = new ArrayList<>();
    List<String> problems = read(10_000, articles);
    assertThat(articles).singleElement().satisfies(a -> {
      assertThat(a.title()).isEqualTo("Geely in Minsk");
      assertThat(a.text()).isEqualTo("The Geely plant opened\u2026");
      assertThat(a.url()).isEqualTo("http://x.org/ a");
    });
    assertThat(problems).containsExactly(dir.resolve("feed.jsonl")
        + ":2: article id has the control character U+0000 at position 3, which no export format can carry; give the article an id without it");
  }

  @Test
  void theSameIdInTwoFilesRejectsBothInOneMessageNamingBoth() throws Exception {
    Files.writeString(dir.resolve("story.html"), "<html><body><article><h1>Kaluga</h1><p>The plant opened in Kaluga today.</p></article></body></html>");
    Files.writeString(dir.resolve("story.txt"), "Kaluga\n\nThe plant opened in Kaluga today.");
    Files.writeString(dir.resolve("other.txt"), "Tula\n\nThe plant opened in Tula today.");
    List<Article> articles = new ArrayList<>();
    List<String> problems = read(10_000, articles);
    assertThat(articles).extracting(Article::id).containsExactly("other");
    assertThat(problems).singleElement().asString()
        .startsWith(dir.resolve("story.html") + ": article id 'story' is also given by " + dir.resolve("story.txt") + "; all 2 are rejected");
  }

  @Test
  void aJsonLineRepeatingAFilesIdRejectsBothNamingFileAndLine() throws Exception {
    Files.writeString(dir.resolve("story.txt"), "Kaluga\n\nThe plant opened in Kaluga today.");
    Files.writeString(dir.resolve("feed.jsonl"), "{\"id\":\"kept\",\"text\":\"A plant opened.\"}\n{\"id\":\"story\",\"text\":\"Another plant.\"}\n");
    List<Article> articles = new ArrayList<>();
    List<String> problems = read(10_000, articles);
    assertThat(articles).extracting(Article::id).containsExactly("kept");
    assertThat(problems).singleElement().asString()
        .startsWith(dir.resolve("feed.jsonl") + ":2: article id 'story' is also given by " + dir.resolve("story.txt") + "; all 2 are rejected");
  }

  @Test
  void theSameIdTwiceInOneFeedRejectsBothLines() throws Exception {
    Files.writeString(dir.resolve("feed.jsonl"), "{\"id\":\"twice\",\"text\":\"First.\"}\n{\"id\":\"once\",\"text\":\"Alone.\"}\n"
        + "{\"id\":\"twice\",\"text\":\"Second.\"}\n");
    List<Article> articles = new ArrayList<>();
    List<String> problems = read(10_000, articles);
    assertThat(articles).extracting(Article::id).containsExactly("once");
    assertThat(problems).singleElement().asString()
        .startsWith(dir.resolve("feed.jsonl") + ":1: article id 'twice' is also given by " + dir.resolve("feed.jsonl") + ":3;");
  }

  @Test
  void aFeedIsReadLineByLineWithCrLfLoneCrAndABom() throws Exception {
    Files.writeString(dir.resolve("feed.jsonl"), "\uFEFF{\"id\":\"a\",\"text\":\"One.\"}\r\n\r\n{\"id\":\"b\",\"text\":\"Two.\"}\r{\"id\":\"c\"}");
    List<Article> articles = new ArrayList<>();
    List<String> problems = read(10_000, articles);
    assertThat(articles).extracting(Article::id).containsExactly("a", "b");
    assertThat(problems).containsExactly(dir.resolve("feed.jsonl") + ":4: missing or empty \"text\"");
  }

  @Test
  void aBadByteInAFeedRejectsItsLineAndANulByteTheRestOfTheFile() throws Exception {
    byte[] good = "{\"id\":\"a\",\"text\":\"One.\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream feed = new java.io.ByteArrayOutputStream();
    feed.write(good);
    feed.write(new byte[] {'{', (byte) 0xC3, '}', '\n'});
    feed.write("{\"id\":\"b\",\"text\":\"Two.\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    feed.write(new byte[] {'x', 0, '\n'});
    feed.write("{\"id\":\"c\",\"text\":\"Three.\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Files.write(dir.resolve("feed.jsonl"), feed.toByteArray());
    List<Article> articles = new ArrayList<>();
    List<String> problems = read(10_000, articles);
    assertThat(articles).extracting(Article::id).containsExactly("a", "b");
    assertThat(problems).containsExactly(
        dir.resolve("feed.jsonl") + ":2: not valid UTF-8 (bad byte at offset " + (good.length + 1) + "); convert the file to UTF-8",
        dir.resolve("feed.jsonl") + ":4: binary file (NUL byte at offset " + (good.length + 4 + 25 + 1) + ")");
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
