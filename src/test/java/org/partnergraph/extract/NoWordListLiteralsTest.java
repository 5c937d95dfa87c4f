package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.partnergraph.extract.Lexicon.Entry;
import org.partnergraph.extract.Lexicon.Family;

/**
 * The word families live in {@code lexicon/en/} only: a string literal in the rules that lists two
 * or more words of one family among three or more regex alternatives ("governor|premier|akim"), or
 * a run of three or more one-word literals of which two are a family's ({@code Set.of("year", "years", "day")},
 * {@code Map.entry("yuan", "CNY"), Map.entry("yen", "JPY")}), is a copy that will drift from the list, and fails here.
 */
class NoWordListLiteralsTest {
  private static final Path RULES = Path.of("src/main/java/org/partnergraph/extract");
  private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:\\\\.|[^\"\\\\\\n])*\"");
  private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");
  /** What stands between two string literals of one list in code: {@code ", "}, {@code "), Map.entry("}. */
  private static final Pattern BETWEEN_LIST_ITEMS = Pattern.compile("[^;{}\"]{1,20}");
  /** Three or more words (or phrases) joined by "|": a word list, whatever else the literal holds. */
  private static final Pattern ALTERNATION = Pattern.compile("\\p{L}[\\p{L} '\\-]*(?:\\|\\p{L}[\\p{L} '\\-]*){2,}");

  /**
   * Lists that share words with a family but belong to a family not moved yet; each leaves this list
   * when its family moves to {@code lexicon/en/} (issue 22, item 1, next increments).
   */
  private static final Set<String> NOT_MOVED_YET = Set.of(
      // vehicle nouns (what a maker builds, "assembles Toyota vehicles"): each list differs from the others and from
      // unit-words' after-a-model-name ("kits", "automobiles"); one family with a tag per use is the next step
      "AutomakerMentions.java: vehicles|cars|models|trucks|buses|SUVs|pickups|kits",
      "PartnershipReading.java: cars|vehicles|automobiles|models|kits|trucks|buses|suvs",
      // "other|more|further|additional" before a partner: words that add to a list, not unit-words' fillers
      "PartnershipReading.java: other|more|further|additional",
      // what follows a brand that is no maker ("Ford said", "Lada is"): speech verbs mixed with auxiliaries
      "AutomakerMentions.java: said|says|has|is|was|will|plans");

  @Test
  void theListsNotMovedYetAreStillThere() throws IOException {
    Set<String> found = new HashSet<>();
    try (Stream<Path> files = Files.list(RULES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher literal = STRING_LITERAL.matcher(Files.readString(file));
        while (literal.find()) {
          Matcher list = ALTERNATION.matcher(literal.group());
          while (list.find()) {
            found.add(file.getFileName() + ": " + list.group());
          }
        }
      }
    }
    assertThat(found).as("a list that moved to lexicon/en/ leaves NOT_MOVED_YET").containsAll(NOT_MOVED_YET);
  }

  @Test
  void noRuleSpellsOutTheWordsOfALexiconFamily() throws IOException {
    List<String> copies = new ArrayList<>();
    try (Stream<Path> files = Files.list(RULES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        for (Family family : Family.values()) {
          if (family.isStopList()) {
            continue; // its words belong to other families, which the scan covers
          }
          Set<String> words = new HashSet<>();
          for (Entry e : Lexicon.english().entries(family)) {
            words.add(e.phrase().toLowerCase(Locale.ROOT));
          }
          wordListsIn(file, words).stream()
              .filter(copy -> !NOT_MOVED_YET.contains(copy.replaceFirst(":\\d+: ", ": ")))
              .forEach(copy -> copies.add(copy + " (" + family.resource() + ")"));
        }
      }
    }
    assertThat(copies).as("word lists spelled in Java instead of read from lexicon/en/").isEmpty();
  }

  @Test
  void findsASetOrMapOfFamilyWordsThatCameBack() {
    String set = "class X { static final Set<String> T = Set.of(\"year\", \"years\", \"month\", \"o'clock\"); }";
    assertThat(wordListsIn("X.java", set, Set.of("year", "years"))).hasSize(1);
    String map = "class X { Map<String, String> M = Map.ofEntries(Map.entry(\"yuan\", \"CNY\"), Map.entry(\"yen\", \"JPY\")); }";
    assertThat(wordListsIn("X.java", map, Set.of("yuan", "yen"))).hasSize(1);
    assertThat(wordListsIn("X.java", "class X { void f() { put(\"year\", a); put(\"years\", b); put(\"day\", c); } }", Set.of("year", "years")))
        .as("literals of separate statements are no list").isEmpty();
  }

  @Test
  void findsAWordListThatCameBack() {
    String source = "class X { static final String T = \"(?i)\\\\b(?:governor|premier|akim)\\\\s+\"; // governor|premier|akim\n}";
    assertThat(wordListsIn("X.java", source, Set.of("governor", "premier", "akim"))).hasSize(1);
    assertThat(wordListsIn("X.java", "class X { String s = \"said|says|told\"; }", Set.of("governor"))).isEmpty();
  }

  private static List<String> wordListsIn(Path file, Set<String> familyWords) throws IOException {
    return wordListsIn(file.getFileName().toString(), Files.readString(file), familyWords);
  }

  /** The alternations in the source's string literals that hold two or more of the family's words. */
  static List<String> wordListsIn(String name, String source, Set<String> familyWords) {
    String code = COMMENT.matcher(source).replaceAll(m -> m.group().replaceAll("[^\\n]", " "));
    List<String> out = new ArrayList<>();
    Matcher literal = STRING_LITERAL.matcher(code);
    while (literal.find()) {
      Matcher list = ALTERNATION.matcher(literal.group());
      while (list.find()) {
        long known = Stream.of(list.group().split("\\|")).map(w -> w.strip().toLowerCase(Locale.ROOT)).filter(familyWords::contains).count();
        if (known >= 2) {
          int line = (int) code.substring(0, literal.start()).chars().filter(c -> c == '\n').count() + 1;
          out.add(name + ":" + line + ": " + list.group());
        }
      }
    }
    List<MatchResult> literals = STRING_LITERAL.matcher(code).results().toList();
    for (int first = 0, last; first < literals.size(); first = last + 1) {
      last = first;
      while (last + 1 < literals.size()
          && BETWEEN_LIST_ITEMS.matcher(code.substring(literals.get(last).end(), literals.get(last + 1).start())).matches()) {
        last++;
      }
      List<MatchResult> run = literals.subList(first, last + 1);
      long known = run.stream().map(l -> l.group().substring(1, l.group().length() - 1).strip().toLowerCase(Locale.ROOT)).filter(familyWords::contains).count();
      if (run.size() >= 3 && known >= 2) {
        int line = (int) code.substring(0, run.get(0).start()).chars().filter(c -> c == '\n').count() + 1;
        out.add(name + ":" + line + ": " + code.substring(run.get(0).start(), run.get(run.size() - 1).end()));
      }
    }
    return out;
  }
}
