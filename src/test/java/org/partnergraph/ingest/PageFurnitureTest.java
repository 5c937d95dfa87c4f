package org.partnergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.partnergraph.ingest.PageFurniture.Kind;
import org.partnergraph.model.InputException;

/** The furniture patterns as loaded: malformed lines named by file and line, and none left in PageCleaner's code. */
class PageFurnitureTest {
  private static final String FILE = "page-furniture.tsv";

  @Test
  void readsIdKindPatternAndComment() {
    PageFurniture.Entry e = PageFurniture.parse(FILE, List.of("# header", "advertisement\tline\tadvertisement\tan ad slot's label")).get(0);
    assertThat(e).isEqualTo(new PageFurniture.Entry("advertisement", Kind.LINE, "advertisement", "an ad slot's label", FILE + ":2"));
  }

  @Test
  void rejectsALineWithoutItsCommentNamingFileAndLine() {
    assertThatThrownBy(() -> PageFurniture.parse(FILE, List.of("print\tline\tprint\ta button", "email\tline\temail")))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(FILE + ":2: ")
        .hasMessageContaining("3 columns");
  }

  @Test
  void rejectsAnUnknownKindARepeatedIdAndAPatternThatDoesNotCompile() {
    assertThatThrownBy(() -> PageFurniture.parse(FILE, List.of("print\tfooter\tprint\ta button")))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(FILE + ":1: ")
        .hasMessageContaining("unknown kind 'footer'");
    assertThatThrownBy(() -> PageFurniture.parse(FILE, List.of("print\tline\tprint\ta button", "", "print\tline\tprint it\tagain")))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(FILE + ":3: ")
        .hasMessageContaining("used twice");
    assertThatThrownBy(() -> PageFurniture.parse(FILE, List.of("share\tline\tshare( this\tunclosed")))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(FILE + ":1: ")
        .hasMessageContaining("does not compile");
    assertThatThrownBy(() -> PageFurniture.parse(FILE, List.of("Share This\tline\tshare\tnot an id")))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(FILE + ":1: ");
  }

  @Test
  void everyKindHasPatternsInTheShippedFile() {
    for (Kind kind : Kind.values()) {
      assertThat(PageFurniture.alternation(kind)).as(kind.spelled()).isNotBlank();
    }
  }

  /** Three or more words joined by "|" in a string literal of PageCleaner: a furniture list spelled in Java again. */
  @Test
  void pageCleanerSpellsOutNoFurnitureInJava() throws IOException {
    String source = Files.readString(Path.of("src/main/java/org/partnergraph/ingest/PageCleaner.java"));
    assertThat(wordListsIn(source)).as("furniture patterns belong in " + PageFurniture.RESOURCE).isEmpty();
    assertThat(wordListsIn("String s = \"(?i)^(print|email|advertisement)$\";")).hasSize(1);
  }

  private static List<String> wordListsIn(String source) {
    Matcher literal = Pattern.compile("\"(?:\\\\.|[^\"\\\\\\n])*\"").matcher(source);
    Pattern alternation = Pattern.compile("\\p{L}[\\p{L} '\\-]*(?:\\|\\p{L}[\\p{L} '\\-]*){2,}");
    return literal.results().map(l -> alternation.matcher(l.group())).filter(Matcher::find).map(Matcher::group).toList();
  }
}
