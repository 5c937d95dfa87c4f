package org.partnergraph.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds reported figures in a sentence: "more than 800 companies", "around 90,000 employees",
 * "approximately 2.3 million vehicles", "$7.59 billion", "eight distinct brands". Years,
 * durations and bare numbers without a unit are not figures.
 */
public final class Figures {

  /** A figure at {@code [start, end)} of the sentence. */
  public record Figure(int start, int end, BigDecimal value, String qualifier, String unit, String phrase) {}

  private static final Lexicon LEXICON = Lexicon.english();

  /** "eight" → 8, from lexicon/en/number-words.tsv. */
  private static final Map<String, Integer> WORDS = LEXICON.entries(Lexicon.Family.NUMBER_WORDS).stream()
      .collect(Collectors.toUnmodifiableMap(Lexicon.Entry::phrase, e -> Integer.valueOf(e.id())));

  /** "million" → 1000000, from lexicon/en/figure-scales.tsv. */
  private static final Map<String, BigDecimal> SCALES = LEXICON.entries(Lexicon.Family.FIGURE_SCALES).stream()
      .collect(Collectors.toUnmodifiableMap(Lexicon.Entry::phrase, e -> new BigDecimal(e.id())));

  /** "US$" → USD, from lexicon/en/currency-signs.tsv; looked up as the text writes the sign. */
  private static final Map<String, String> CURRENCIES = ids(Lexicon.Family.CURRENCY_SIGNS);

  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<qual>\\b(?:" + LEXICON.alternation(Lexicon.Family.FIGURE_QUALIFIERS, Lexicon.Form.AS_WRITTEN) + ")\\s+)?"
              + "(?<cur>" + currencySigns() + ")?\\s?"
              + "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\b(?:" + LEXICON.alternation(Lexicon.Family.NUMBER_WORDS, Lexicon.Form.AS_WRITTEN) + ")\\b)"
              + "(?:\\s*(?<scale>" + LEXICON.alternation(Lexicon.Family.FIGURE_SCALES, Lexicon.Form.AS_WRITTEN) + ")\\b)?"
              + "(?<pct>\\s*%|\\s+percent\\b|\\s+per cent\\b)?",
          Pattern.CASE_INSENSITIVE);

  /**
   * The signs of lexicon/en/currency-signs.tsv as regex alternatives in file order: letters that must
   * start a word behind {@code \b}, the rand's "R" only before a number with a scale ("R5 billion").
   */
  private static String currencySigns() {
    String randScales = LEXICON.alternation(Lexicon.Family.FIGURE_SCALES, "after-rand-sign", Lexicon.Form.AS_WRITTEN);
    return LEXICON.entries(Lexicon.Family.CURRENCY_SIGNS).stream()
        .map(sign -> (sign.has("word-start") ? "\\b" : "") + Pattern.quote(sign.phrase())
            + (sign.has("before-a-scale") ? "(?=\\d[\\d.,]*\\s*(?:" + randScales + ")\\b)" : ""))
        .collect(Collectors.joining("|"));
  }

  private static Map<String, String> ids(Lexicon.Family family) {
    return LEXICON.entries(family).stream().collect(Collectors.toUnmodifiableMap(Lexicon.Entry::phrase, Lexicon.Entry::id));
  }

  private static Set<String> unitWords(String tag) {
    return Set.copyOf(LEXICON.phrases(Lexicon.Family.UNIT_WORDS, tag));
  }

  private static final Pattern UNIT_WORD = Pattern.compile("\\s+([a-z][a-z-]*)");

  /** Words that end a unit phrase: what follows them says something else about the figure (lexicon/en/unit-stop-words.tsv). */
  private static final Set<String> STOP = Set.copyOf(LEXICON.phrases(Lexicon.Family.UNIT_STOP_WORDS));

  /** Words in -ly that can name a figure ("hourly workers"); any other -ly word is an adverb and ends the unit ("people directly"). */
  private static final Set<String> LY_NOUNS = unitWords("ly-noun");

  /** Adjectives dropped from a figure's name ("eight distinct brands" is a number of brands). */
  private static final Set<String> FILLER = unitWords("filler");

  /** Times ("three years") are no figure's unit. */
  private static final Set<String> NOT_UNITS = unitWords("time");

  /** Every figure in the sentence, in order. */
  public List<Figure> find(String sentence) {
    List<Figure> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(sentence);
    while (m.find()) {
      String num = m.group("num");
      boolean word = Character.isLetter(num.charAt(0));
      if (word && Character.isUpperCase(num.charAt(0)) && m.start("num") > 0) {
        continue; // "Eight" mid-sentence is a name, not a count
      }
      if (m.start("num") > 0 && Character.isLetterOrDigit(sentence.charAt(m.start("num") - 1))) {
        continue;
      }
      BigDecimal value = word ? BigDecimal.valueOf(WORDS.get(num.toLowerCase(Locale.ROOT))) : new BigDecimal(num.replace(",", ""));
      String scale = m.group("scale");
      if (scale != null) {
        value = value.multiply(SCALES.get(scale.toLowerCase(Locale.ROOT)));
      }
      String[] unit = unitAfter(sentence, m.end());
      boolean percent = m.group("pct") != null;
      String currency = m.group("cur") == null ? null : CURRENCIES.get(m.group("cur"));
      String phrase = unit[1];
      if (currency == null && CURRENCY_WORDS.containsKey(String.valueOf(unit[0]))) {
        currency = CURRENCY_WORDS.get(unit[0]);
        phrase = null; // "15 billion roubles": the words name the currency, not the figure
      }
      Figure previous = out.isEmpty() ? null : out.get(out.size() - 1);
      if (!percent && currency == null && (phrase == null || !countable(unit[0])) && previous != null
          && ELLIPSIS_GAP.matcher(sentence.substring(previous.end(), figureStart(m))).matches() && !isYear(num)) {
        // "170,000 vehicles a year in its first phase and up to 250,000 once …": the unit is the one before
        unit = new String[] {previous.unit(), previous.phrase()};
        phrase = previous.phrase();
        currency = CURRENCY_WORDS.containsValue(previous.unit()) || CURRENCIES.containsValue(previous.unit()) ? previous.unit() : null;
      }
      if (!percent && currency == null) {
        if (phrase == null || NOT_UNITS.contains(unit[0]) || !countable(unit[0])) {
          continue;
        }
        if (scale == null && m.group("qual") == null && !word && isYear(num)) {
          continue;
        }
      }
      String unitName = percent ? "percent" : currency != null ? currency : unit[0];
      String qualifier = m.group("qual") == null ? null : m.group("qual").strip().toLowerCase(Locale.ROOT);
      out.add(new Figure(figureStart(m), m.end(), value.stripTrailingZeros(), qualifier, unitName, phrase));
    }
    return out;
  }

  /** Where a matched figure starts: its qualifier, currency or number, not the space before. */
  private static int figureStart(Matcher m) {
    return m.group("qual") != null ? m.start("qual") : m.start(m.group("cur") != null ? "cur" : "num");
  }

  /** Between two figures of which the second leaves out its unit: "… and (up to) 250,000", "… rising to 400,000", "… down from 200,000". */
  private static final Pattern ELLIPSIS_GAP = Pattern.compile("[^.;$€£¥₹\\d]{0,60}\\b(?:and|or|to|rising to|growing to|down from|up from|compared with)\\s+$");

  private static boolean isYear(String num) {
    if (num.length() != 4 || !num.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int y = Integer.parseInt(num);
    return y >= 1900 && y <= 2100;
  }

  /** "roubles" → RUB, from lexicon/en/currency-words.tsv. */
  private static final Map<String, String> CURRENCY_WORDS = ids(Lexicon.Family.CURRENCY_WORDS);

  /** Unit nouns that are not plural in form; any other unit must be a plural noun ("vehicles"). */
  private static final Set<String> SINGULAR_UNITS = unitWords("singular-unit");
  /** What a plant turns out or employs ("vehicles", "workers"), lower-cased. */
  private static final Set<String> PLANT_MEASURES = unitWords("plant-measure").stream()
      .map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

  /** Whether a figure counts what a plant turns out or employs: "vehicles", "SUVs", "workers", "jobs". */
  static boolean measuresAPlant(Figure f) {
    return f.unit() != null && PLANT_MEASURES.contains(f.unit().toLowerCase(Locale.ROOT));
  }

  /** Whether the head word can count something: "2 stood" or "3 there" is not a figure. */
  private static boolean countable(String head) {
    return SINGULAR_UNITS.contains(head)
        || head.length() > 2 && head.endsWith("s") && !head.endsWith("ss") && !head.endsWith("ous") && !head.endsWith("us");
  }

  /** The head noun and the name of the figure: up to three lowercase words after the number. */
  /** A model's or brand's name between a number and its unit: "76,000 X3 vehicles", "20,000 Geely cars". */
  private static final Pattern NAME_BEFORE_UNIT =
      Pattern.compile("(?:\\s+[\\p{Lu}][\\p{L}\\d-]*){1,2}(?=\\s+(?:"
          + LEXICON.alternation(Lexicon.Family.UNIT_WORDS, "after-a-model-name", Lexicon.Form.AS_WRITTEN) + ")\\b)");

  private static String[] unitAfter(String sentence, int from) {
    List<String> words = new ArrayList<>();
    int at = from;
    Matcher name = NAME_BEFORE_UNIT.matcher(sentence);
    name.region(at, sentence.length());
    if (name.lookingAt()) {
      at = name.end();
    }
    while (words.size() < 3) {
      Matcher w = UNIT_WORD.matcher(sentence);
      w.region(at, sentence.length());
      if (!w.lookingAt()) {
        break;
      }
      String word = w.group(1);
      if (STOP.contains(word) || word.endsWith("ly") && !LY_NOUNS.contains(word)
          || (!words.isEmpty() && (word.endsWith("ing") || word.endsWith("ed")))) {
        break;
      }
      words.add(word);
      at = w.end();
    }
    if (words.isEmpty()) {
      return new String[] {null, null};
    }
    String head = words.get(words.size() - 1);
    List<String> named = words.stream().filter(x -> !FILLER.contains(x)).toList();
    return new String[] {head, named.isEmpty() ? head : String.join(" ", named)};
  }
}
