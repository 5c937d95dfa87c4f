package org.partnergraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.partnergraph.model.InputException;

/**
 * The word families the rules read (titles, region suffixes, calendar words …), kept as data in
 * {@code lexicon/en/*.tsv} so that a word is added in one file instead of in every regex that
 * spells it. Loaded once; the rules build their regexes from it with {@link #alternation}.
 *
 * <pre>{@code
 * String titles = Lexicon.english().alternation(Family.REGION_HEAD_TITLES, "region-only", Form.AS_WRITTEN);
 * }</pre>
 */
public final class Lexicon {
  /** One file of {@code lexicon/en/}: its name and the tags its entries may carry. */
  public enum Family {
    REGION_HEAD_TITLES("region-head-titles", "head", "region-only", "before-name", "titled", "after-place", "after-place-lower",
        "coref", "coref-capitalised", "of-the-region", "after-region-lower", "of-unknown-region", "follows-a-city", "title-of", "lower-titled"),
    OFFICE_QUALIFIERS("office-qualifiers", "not-the-head", "someone-else", "former", "former-plant", "follows-a-city", "other-body"),
    REGION_SUFFIXES("region-suffixes", "suffix", "after-name", "the-region", "coref", "coref-capitalised", "same-region", "after-place", "after-direction",
        "of-government", "follows-a-city", "local-area"),
    REGION_GOVERNMENTS("region-governments", "coref", "title-of"),
    CALENDAR("calendar", "weekday", "month"),
    NAME_PARTICLES("name-particles", "person", "place", "town", "local-arm"),
    WORDS_AFTER_A_CITY("words-after-a-city"),
    /** "Tenn." → TN: the second column is the id (the state's postal code), not tags. */
    AP_STATES("ap-states", true),
    ABBREVIATIONS("abbreviations"),
    PLANT_NOUNS("plant-nouns", "after-owner", "after-owner-capitalised", "before-place", "unknown-place", "town-plant", "coref", "owned-coref",
        "named-plant", "plant-in", "after-country", "plant-of", "names-a-plant", "names-a-town-plant"),
    PLANT_MODIFIERS("plant-modifiers", "supplier-kind", "after-owner", "before-place", "plant-of", "town-plant", "named-plant", "coref", "before-town",
        "complex-kind", "maker-kind", "manufacturer-kind", "follows-a-city", "names-a-plant", "names-a-town-plant"),
    /** Order-sensitive: "automotive group" before "automotive", "motors" before "motor", "automotive" before "auto". */
    COMPANY_WORDS("company-words", "name-ending", "arm-suffix", "not-a-model", "automaker-coref", "owned-plant-coref", "subject-coref", "owner-of-its",
        "introduces-a-maker"),
    ORGANISATIONS("organisations", "not-a-person", "with-government"),
    INDUSTRIAL_ZONES("industrial-zones"),
    FORUM_WORDS("forum-words", "kind", "event", "event-capitalised"),
    /** "the city", "the country": a place a figure's sentence stands for without naming it. */
    PLACE_COREFS("place-corefs", "stands-for-a-city", "stands-for-a-country"),
    /** What a governor does on a trip or at an event, and the words between the cue and its object (rules/12). */
    EVENT_CUES("event-cues", "visit", "speak", "attend", "part-of-site", "part-of-event", "stood-in"),
    PRODUCT_WORDS("product-words", "not-a-maker", "before-the-company", "supplied", "supplier", "not-a-car-plant"),
    /** Words that part a plant from the automaker named before it (a plan denied, a plant sold or left), or a company from its buyer. */
    OPERATOR_CUES("operator-cues", "denied-plan", "operator-gone", "until-a-year", "changed-hands"),
    COMPASS_WORDS("compass-words", "compass", "direction", "apposition", "continent"),
    /**
     * A stop list: capitalised words that start a phrase but name no town ("The", "Europe"; PlaceMentions adds the
     * calendar's words). Its function words are those of every other pattern's "the|a|an", and "Latin" is a compass word.
     */
    NOT_PLACES("not-places", Role.STOP_LIST, "function-word", "world-region"),
    /** A stop list: repeats words of other families on purpose. */
    NOT_REGION_WORDS("not-region-words", Role.STOP_LIST),
    /** "eight" → 8: the second column is the value. */
    NUMBER_WORDS("number-words", true),
    /** "million" → 1000000: the second column is the factor, the third the tags. */
    FIGURE_SCALES("figure-scales", true, "after-rand-sign"),
    FIGURE_QUALIFIERS("figure-qualifiers"),
    /** "a year" → annual, "last year" → previous-year: the second column is the period the figure gets. */
    PERIOD_WORDS("period-words", true),
    /** "roubles" → RUB: the second column is the ISO 4217 code. */
    CURRENCY_WORDS("currency-words", true),
    /** "US$" → USD: the second column is the ISO 4217 code, the third the tags. */
    CURRENCY_SIGNS("currency-signs", true, "word-start", "before-a-scale"),
    /** The nouns after a number that say (or deny) what it counts: "staff", "hourly", "years", "SUVs". */
    UNIT_WORDS("unit-words", "singular-unit", "ly-noun", "filler", "time", "after-a-model-name", "plant-measure"),
    /** A stop list: function words that end a unit's phrase ("for", "the", "over"), some of them also words of other families. */
    UNIT_STOP_WORDS("unit-stop-words", Role.STOP_LIST),
    /** A stop list: words between a governor and a cue that hand the cue to someone else ("said", "welcomed"), rules/12. */
    SUBJECT_STOP_WORDS("subject-stop-words", Role.STOP_LIST),
    /** Verbs of speech after a surname that make it a person's ("Ford told reporters"), not a carmaker's. */
    SPEECH_VERBS("speech-verbs"),
    /** Forms of address before a person's name that are no part of it ("Datuk Seri", "Thiru"), rules/14. */
    HONORIFICS("honorifics");

    private final String file;
    private final boolean idColumn;
    private final boolean stopList;
    private final Set<String> tags;

    Family(String file, String... tags) {
      this(file, false, tags);
    }

    Family(String file, boolean idColumn, String... tags) {
      this.file = file;
      this.idColumn = idColumn;
      this.stopList = false;
      this.tags = Set.of(tags);
    }

    Family(String file, Role role, String... tags) {
      this.file = file;
      this.idColumn = false;
      this.stopList = role == Role.STOP_LIST;
      this.tags = Set.of(tags);
    }

    /** The family a rule file names by its file's name ("forum-words"), if there is one. */
    public static Optional<Family> named(String name) {
      return Arrays.stream(values()).filter(f -> f.file.equals(name)).findFirst();
    }

    /** The resource path, for messages and tests. */
    public String resource() {
      return "lexicon/en/" + file + ".tsv";
    }

    public Set<String> tags() {
      return tags;
    }

    /**
     * A stop list rejects words of other families in one look-up ("The", "Former", "City" name no
     * region), so it repeats their words on purpose and owns none of them.
     */
    public boolean isStopList() {
      return stopList;
    }
  }

  /** What a family without ids or tags is for, where that is not a family of its own words. */
  private enum Role {
    /** Rejects words of other families in one look-up; see {@link Family#isStopList}. */
    STOP_LIST
  }

  /** How a phrase is spelled in a regex: as the file writes it, or with each word capitalised ("Chief Minister"). */
  public enum Form {
    AS_WRITTEN,
    CAPITALISED;

    /** The phrase in this form. */
    public String apply(String phrase) {
      if (this == AS_WRITTEN) {
        return phrase;
      }
      StringBuilder out = new StringBuilder(phrase.length());
      boolean wordStart = true;
      for (int i = 0; i < phrase.length(); i++) {
        char c = phrase.charAt(i);
        out.append(wordStart ? Character.toUpperCase(c) : c);
        wordStart = c == ' ' || c == '-';
      }
      return out.toString();
    }
  }

  /** One line of a family: the phrase, its tags or its id ("" where the family has none), and where it was read (for messages). */
  public record Entry(String phrase, Set<String> tags, String id, String where) {
    public boolean has(String tag) {
      return tags.contains(tag);
    }
  }

  private static final class English {
    static final Lexicon LEXICON = load();
  }

  private final Map<Family, List<Entry>> families;
  /** Each family's entries by the case-folded first letter of their phrase ({@link #foldCase}), in file order. */
  private final Map<Family, Map<Character, List<Entry>>> byFirstLetter = new EnumMap<>(Family.class);

  private Lexicon(Map<Family, List<Entry>> families) {
    this.families = families;
    families.forEach((family, entries) -> {
      Map<Character, List<Entry>> index = new HashMap<>();
      for (Entry e : entries) {
        index.computeIfAbsent(foldCase(e.phrase().charAt(0)), c -> new ArrayList<>()).add(e);
      }
      index.replaceAll((c, list) -> List.copyOf(list));
      byFirstLetter.put(family, index);
    });
  }

  /**
   * The entries of the family whose phrase may start at a character, {@code first}, of a text compared
   * in any case ({@link String#regionMatches(boolean, int, String, int, int)} with {@code ignoreCase}):
   * those whose first letter folds to the same, in file order. A rule's token reads every phrase at
   * every token, so it looks in one bucket instead of the whole family.
   */
  public List<Entry> entriesStartingLike(Family family, char first) {
    return byFirstLetter.get(family).getOrDefault(foldCase(first), List.of());
  }

  /** Two characters match ignoring case, as {@code regionMatches} reads it, exactly when they fold to the same. */
  private static char foldCase(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /** The English lexicon, read from the classpath on first use. */
  public static Lexicon english() {
    return English.LEXICON;
  }

  private static Lexicon load() {
    Map<Family, List<Entry>> out = new EnumMap<>(Family.class);
    for (Family f : Family.values()) {
      try (InputStream in = Lexicon.class.getResourceAsStream("/" + f.resource())) {
        if (in == null) {
          throw new InputException(f.resource(), "missing from the classpath");
        }
        out.put(f, parse(f, f.resource(), new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new Lexicon(out);
  }

  /**
   * The entries of one family's file: {@code phrase} or {@code phrase<TAB>tag,tag} (or {@code phrase<TAB>id}
   * or {@code phrase<TAB>id<TAB>tag,tag} for a family of ids); {@code #} starts a comment line. A phrase
   * with outer spaces, an unknown tag, a column too many or a phrase listed twice is rejected naming {@code file:line}.
   */
  static List<Entry> parse(Family family, String file, List<String> lines) {
    List<Entry> entries = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String where = file + ":" + (i + 1);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t", -1);
      if (columns.length > (family.idColumn ? 3 : 2)) {
        throw new InputException(where, "expected a phrase" + (family.idColumn ? ", an id" : "") + " and at most one column of tags, got "
            + columns.length + " columns: " + line);
      }
      String phrase = columns[0];
      if (phrase.isEmpty() || !phrase.strip().equals(phrase)) {
        throw new InputException(where, "a phrase must be non-empty without outer spaces: '" + phrase + "'");
      }
      Set<String> tags = new LinkedHashSet<>();
      String id = "";
      int tagColumn = family.idColumn ? 2 : 1;
      if (family.idColumn) {
        if (columns.length < 2 || !columns[1].matches("[A-Za-z0-9-]+")) {
          throw new InputException(where, "expected a phrase and an id (letters, digits, '-'): " + line);
        }
        id = columns[1];
      }
      if (columns.length > tagColumn) {
        for (String tag : columns[tagColumn].split(",", -1)) {
          if (!family.tags().contains(tag.strip())) {
            throw new InputException(where, "unknown tag '" + tag.strip() + "' (known: " + family.tags().stream().sorted().collect(Collectors.joining(", ")) + ")");
          }
          tags.add(tag.strip());
        }
      }
      if (!seen.add(phrase.toLowerCase(Locale.ROOT))) {
        throw new InputException(where, "'" + phrase + "' is listed twice");
      }
      entries.add(new Entry(phrase, Set.copyOf(tags), id, where));
    }
    if (entries.isEmpty()) {
      throw new InputException(file, "no entries");
    }
    return List.copyOf(entries);
  }

  /** Every entry of the family, in file order. */
  public List<Entry> entries(Family family) {
    return families.get(family);
  }

  /** The phrases of the family, in file order. */
  public List<String> phrases(Family family) {
    return entries(family).stream().map(Entry::phrase).toList();
  }

  /** The phrases of the family that carry the tag, in file order. */
  public List<String> phrases(Family family, String tag) {
    requireTag(family, tag);
    return entries(family).stream().filter(e -> e.has(tag)).map(Entry::phrase).toList();
  }

  /**
   * The phrases tagged {@code tag} as regex alternatives, each quoted, in file order ("a|b", without
   * a group): where one phrase starts another, the file lists the one to try first.
   */
  public String alternation(Family family, String tag, Form form) {
    List<String> phrases = phrases(family, tag);
    if (phrases.isEmpty()) {
      // an empty alternative matches everywhere: "(?:|the)" would make a rule fire on nothing
      throw new IllegalStateException("lexicon " + family + " has no phrase tagged '" + tag + "'");
    }
    return phrases.stream().map(p -> Pattern.quote(form.apply(p))).collect(Collectors.joining("|"));
  }

  /**
   * The phrases tagged {@code tag} as regex alternatives in which each word's first letter may be
   * either case and the rest is as written ("motor show" → {@code [Mm]otor [Ss]how}), in file order:
   * a name written "Motor show" or "motor Show" is still found.
   */
  public String alternationEitherInitialCase(Family family, String tag) {
    return phrases(family, tag).stream()
        .map(p -> Arrays.stream(p.split(" ", -1)).map(Lexicon::eitherInitialCase).collect(Collectors.joining(" ")))
        .collect(Collectors.joining("|"));
  }

  private static String eitherInitialCase(String word) {
    String first = word.substring(0, 1);
    String initial = "[" + Pattern.quote(first.toUpperCase(Locale.ROOT)) + Pattern.quote(first.toLowerCase(Locale.ROOT)) + "]";
    return word.length() == 1 ? initial : initial + Pattern.quote(word.substring(1));
  }

  /** Every phrase of the family as regex alternatives, each quoted, in file order. */
  public String alternation(Family family, Form form) {
    return phrases(family).stream().map(p -> Pattern.quote(form.apply(p))).collect(Collectors.joining("|"));
  }

  private static void requireTag(Family family, String tag) {
    if (!family.tags().contains(tag)) {
      throw new IllegalArgumentException(family.resource() + " has no tag " + tag + " (known: " + family.tags() + ")");
    }
  }

  @Override
  public String toString() {
    return "Lexicon" + Arrays.toString(Family.values());
  }
}
