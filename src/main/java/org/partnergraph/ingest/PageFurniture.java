package org.partnergraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.partnergraph.model.InputException;

/**
 * The patterns of page furniture (share prompts, "Read more:" blocks, "Next Article" teasers), kept as
 * data in {@code lexicon/en/page-furniture.tsv} so that a site's new widget is one line with an id
 * instead of an edit to a regex in code. ingest has its own loader because it may not depend on extract,
 * whose {@code Lexicon} holds word lists, not patterns.
 */
final class PageFurniture {
  static final String RESOURCE = "lexicon/en/page-furniture.tsv";

  /** What a pattern finds: see the file's header. */
  enum Kind {
    LINE,
    LINKS_HEADING,
    TEASER_MARKER;

    /** As the file spells it: "links-heading". */
    String spelled() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** One line of the file: a pattern, what it finds, and where it was read (for messages). */
  record Entry(String id, Kind kind, String pattern, String comment, String where) {}

  private static final class English {
    static final List<Entry> ENTRIES = load();
  }

  private PageFurniture() {}

  /** The patterns of one kind as regex alternatives in file order ("a|b", without a group). */
  static String alternation(Kind kind) {
    String joined = English.ENTRIES.stream().filter(e -> e.kind() == kind).map(Entry::pattern).collect(Collectors.joining("|"));
    if (joined.isEmpty()) {
      // an empty alternative matches every line
      throw new IllegalStateException(RESOURCE + " has no pattern of kind " + kind.spelled());
    }
    return joined;
  }

  private static List<Entry> load() {
    try (InputStream in = PageFurniture.class.getResourceAsStream("/" + RESOURCE)) {
      if (in == null) {
        throw new InputException(RESOURCE, "missing from the classpath");
      }
      return parse(RESOURCE, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The entries of the file: {@code id<TAB>kind<TAB>pattern<TAB>comment}; {@code #} starts a comment
   * line. A line with another number of columns, a malformed or repeated id, an unknown kind or a
   * pattern that does not compile is rejected naming {@code file:line}.
   */
  static List<Entry> parse(String file, List<String> lines) {
    List<Entry> entries = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String where = file + ":" + (i + 1);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t", -1);
      if (columns.length != 4) {
        throw new InputException(where, "expected id, kind, pattern and comment, got " + columns.length + " columns: " + line);
      }
      String id = columns[0];
      if (!id.matches("[a-z0-9]+(?:-[a-z0-9]+)*")) {
        throw new InputException(where, "an id is lower-case letters, digits and '-': '" + id + "'");
      }
      if (!ids.add(id)) {
        throw new InputException(where, "id '" + id + "' is used twice");
      }
      Kind kind = Arrays.stream(Kind.values()).filter(k -> k.spelled().equals(columns[1])).findFirst()
          .orElseThrow(() -> new InputException(where, "unknown kind '" + columns[1] + "' (known: "
              + Arrays.stream(Kind.values()).map(Kind::spelled).collect(Collectors.joining(", ")) + ")"));
      String pattern = columns[2];
      if (pattern.isBlank()) {
        throw new InputException(where, "empty pattern");
      }
      try {
        Pattern.compile(pattern);
      } catch (PatternSyntaxException e) {
        throw new InputException(where, "pattern does not compile: " + e.getDescription() + ": " + pattern);
      }
      entries.add(new Entry(id, kind, pattern, columns[3], where));
    }
    if (entries.isEmpty()) {
      throw new InputException(file, "no entries");
    }
    return List.copyOf(entries);
  }
}
