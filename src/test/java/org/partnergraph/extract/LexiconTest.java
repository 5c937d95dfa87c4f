package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.partnergraph.extract.Lexicon.Entry;
import org.partnergraph.extract.Lexicon.Family;
import org.partnergraph.extract.Lexicon.Form;
import org.partnergraph.model.InputException;

/** The word families as loaded: malformed lines named by file and line, and what the rules rely on. */
class LexiconTest {
  private final Lexicon lexicon = Lexicon.english();

  @Test
  void theEntriesThatMayStartAtALetterAreEveryEntryThatMatchesThereInAnyCaseInFileOrder() {
    for (Family family : Family.values()) {
      for (char first : "aAtTgGşŞİiéÉ'.1".toCharArray()) {
        String text = first + "xyz";
        List<Entry> everyMatch = lexicon.entries(family).stream()
            .filter(e -> e.phrase().length() > 0 && text.regionMatches(true, 0, e.phrase(), 0, 1)).toList();
        assertThat(lexicon.entriesStartingLike(family, first)).as(family + " at '" + first + "'").isEqualTo(everyMatch);
      }
    }
    assertThat(lexicon.entriesStartingLike(Family.REGION_HEAD_TITLES, 'G')).extracting(Entry::phrase).startsWith("governor", "gov.");
  }

  @Test
  void rejectsAThirdColumnNamingFileAndLine() {
    assertThatThrownBy(() -> Lexicon.parse(Family.CALENDAR, "calendar.tsv", List.of("# words", "Monday\tweekday", "Tuesday\tweekday\textra")))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("calendar.tsv:3: ")
        .hasMessageContaining("3 columns");
  }

  @Test
  void rejectsAnUnknownTagNamingFileAndLine() {
    assertThatThrownBy(() -> Lexicon.parse(Family.CALENDAR, "calendar.tsv", List.of("Monday\tweekday", "Smarch\tmonht")))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("calendar.tsv:2: ")
        .hasMessageContaining("unknown tag 'monht'");
  }

  @Test
  void rejectsAPhraseListedTwiceOrPaddedWithSpaces() {
    assertThatThrownBy(() -> Lexicon.parse(Family.CALENDAR, "calendar.tsv", List.of("May\tmonth", "", "may\tmonth")))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("calendar.tsv:3: ")
        .hasMessageContaining("listed twice");
    assertThatThrownBy(() -> Lexicon.parse(Family.CALENDAR, "calendar.tsv", List.of("May \tmonth")))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("calendar.tsv:1: ");
  }

  @Test
  void readsTheIdOfAnIdFamilyAndRejectsALineWithoutOne() {
    assertThat(Lexicon.parse(Family.AP_STATES, "ap-states.tsv", List.of("Tenn.\tTN")).get(0).id()).isEqualTo("TN");
    assertThatThrownBy(() -> Lexicon.parse(Family.AP_STATES, "ap-states.tsv", List.of("Tenn.\tTN", "Ky.")))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("ap-states.tsv:2: ")
        .hasMessageContaining("an id");
  }

  @Test
  void readsTheTagsAfterTheIdOfAnIdFamilyAndRejectsAFourthColumn() {
    Entry r = Lexicon.parse(Family.CURRENCY_SIGNS, "currency-signs.tsv", List.of("R\tZAR\tword-start,before-a-scale")).get(0);
    assertThat(r.id()).isEqualTo("ZAR");
    assertThat(r.tags()).containsExactlyInAnyOrder("word-start", "before-a-scale");
    assertThatThrownBy(() -> Lexicon.parse(Family.CURRENCY_SIGNS, "currency-signs.tsv", List.of("$\tUSD", "R\tZAR\tword-start\textra")))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("currency-signs.tsv:2: ")
        .hasMessageContaining("4 columns");
  }

  @Test
  void aCurrencySignComesBeforeAnyShorterSignItStartsWith() {
    List<String> signs = lexicon.phrases(Family.CURRENCY_SIGNS);
    for (int i = 0; i < signs.size(); i++) {
      for (int j = i + 1; j < signs.size(); j++) {
        assertThat(signs.get(j)).as(signs.get(j) + " must be listed before " + signs.get(i)).doesNotStartWith(signs.get(i));
      }
    }
  }

  @Test
  void rejectsAFileWithNoEntries() {
    assertThatThrownBy(() -> Lexicon.parse(Family.CALENDAR, "calendar.tsv", List.of("# only a comment")))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("calendar.tsv: ");
  }

  @Test
  void everyDeclaredTagOfEveryFamilyHasEntries() {
    for (Family family : Family.values()) {
      for (String tag : family.tags()) {
        assertThat(lexicon.phrases(family, tag)).as(family.resource() + " tag " + tag).isNotEmpty();
      }
    }
  }

  /** Words that are two words: each family keeps its own sense, and the rules that read them never read both. */
  private static final Map<String, String> HOMOGRAPHS = Map.ofEntries(
      Map.entry("van", "a particle in Dutch names (name-particles), a vehicle (plant-modifiers)"),
      Map.entry("gov", "an abbreviation whose stop ends no sentence (abbreviations), a capitalised word after a city (words-after-a-city)"),
      Map.entry("ltd", "an abbreviation whose stop ends no sentence (abbreviations), the end of a company's name (company-words)"),
      Map.entry("inc", "an abbreviation whose stop ends no sentence (abbreviations), the end of a company's name (company-words)"),
      Map.entry("motor", "a capitalised word after a city (words-after-a-city), a word of a company's name (company-words)"),
      Map.entry("international", "a capitalised word after a city (words-after-a-city), of a company's name (company-words), of a forum's (forum-words)"),
      Map.entry("auto", "what a plant makes (plant-modifiers), a word of a company's name (company-words)"),
      Map.entry("automobile", "what a plant makes (plant-modifiers), a word of a company's name (company-words)"),
      Map.entry("automotive", "what a plant makes (plant-modifiers), a word of a company's name (company-words), of a forum's (forum-words)"),
      Map.entry("manufacturing", "what a plant does (plant-modifiers), a word of a company's name (company-words)"),
      Map.entry("city", "a capitalised word after a city (words-after-a-city), of an office's name (organisations), of a zone's (industrial-zones), "
          + "a noun for the city a figure's sentence does not name (place-corefs)"),
      Map.entry("town", "another body's before a lower-case title (office-qualifiers), a noun for the town a figure's sentence does not name (place-corefs)"),
      Map.entry("republic", "a region's kind (region-suffixes), a word of an office's name (organisations)"),
      Map.entry("district", "a region's kind (region-suffixes), a word of an office's name (organisations)"),
      Map.entry("municipality", "a capitalised word after a city (words-after-a-city), of an office's name (organisations), "
          + "a noun for the city a figure's sentence does not name (place-corefs)"),
      Map.entry("council", "a capitalised word after a city (words-after-a-city), of an office's name (organisations)"),
      Map.entry("government", "what a region's government is called (region-governments), a word of an office's name (organisations)"),
      Map.entry("administration", "what a region's government is called (region-governments), a word of an office's name (organisations)"),
      Map.entry("forum", "a capitalised word after a city (words-after-a-city), a forum's noun (forum-words)"),
      Map.entry("expo", "a capitalised word after a city (words-after-a-city), a forum's noun (forum-words)"),
      Map.entry("summit", "a capitalised word after a city (words-after-a-city), a forum's noun (forum-words)"),
      Map.entry("economic", "a word of an industrial zone's name (industrial-zones), of a forum's (forum-words)"),
      Map.entry("ev", "what a plant makes (plant-modifiers), an acronym that names no maker (product-words)"),
      Map.entry("suv", "what a plant makes (plant-modifiers), an acronym that names no maker (product-words)"),
      Map.entry("electric-vehicle", "what a plant makes (plant-modifiers), a qualifier of \"the company\" (product-words)"),
      Map.entry("component", "what a plant makes (plant-modifiers), what suppliers supply (product-words)"),
      Map.entry("components", "what a plant makes (plant-modifiers), what suppliers supply (product-words)"),
      Map.entry("former", "a qualifier before a title or a plant (office-qualifiers), a cue that an automaker no longer runs a plant (operator-cues)"),
      Map.entry("told", "a verb of speech after a governor's surname (speech-verbs), a governor speaking at an event (event-cues)"),
      Map.entry("battery", "what a plant makes (plant-modifiers), what suppliers supply (product-words)"),
      Map.entry("zone", "a local area (region-suffixes), a word of an industrial zone's name (industrial-zones)"),
      Map.entry("park", "a local area (region-suffixes), a word of an industrial zone's name (industrial-zones)"),
      Map.entry("valley", "a local area (region-suffixes), a word of an industrial zone's name (industrial-zones)"),
      Map.entry("industrial", "what a complex is (plant-modifiers), a word of an industrial zone's name (industrial-zones), of a forum's (forum-words)"),
      Map.entry("assembly", "what a plant does (plant-modifiers), an -ly word that names a figure (unit-words)"),
      Map.entry("new", "a plant's modifier (plant-modifiers), an adjective dropped from a figure's name (unit-words)"),
      Map.entry("some", "a figure's qualifier before it (figure-qualifiers), an adjective dropped from its name after it (unit-words)"),
      Map.entry("am", "a particle in names (name-particles), a time of day after a number (unit-words)"),
      Map.entry("cars", "a word of a company's name (company-words), a unit a model's name may stand before (unit-words)"),
      Map.entry("central", "a direction in a place's description (compass-words), a central bank's before a lower-case title (office-qualifiers)"));

  @Test
  void noPhraseBelongsToTwoFamiliesUnlessItIsAKnownHomograph() {
    Map<String, Family> owner = new HashMap<>();
    for (Family family : Family.values()) {
      if (family.isStopList()) {
        continue;
      }
      for (Entry e : lexicon.entries(family)) {
        if (HOMOGRAPHS.containsKey(e.phrase().toLowerCase(Locale.ROOT))) {
          continue;
        }
        Family before = owner.putIfAbsent(e.phrase().toLowerCase(Locale.ROOT), family);
        assertThat(before).as(e.where() + ": '" + e.phrase() + "' is also in " + (before == null ? "" : before.resource())).isNull();
      }
    }
  }

  @Test
  void aTitleThatAloneNamesARegionsHeadIsOneOnlyARegionsHeadHolds() {
    List<String> regionOnly = lexicon.phrases(Family.REGION_HEAD_TITLES, "region-only");
    assertThat(regionOnly).containsAll(lexicon.phrases(Family.REGION_HEAD_TITLES, "titled"));
    assertThat(lexicon.phrases(Family.REGION_HEAD_TITLES, "head")).containsAll(regionOnly);
  }

  /** Name endings and arm suffixes are tried in file order: "Auto" first would leave "motive" of "Automotive" unread. */
  @Test
  void aCompanyFormComesBeforeAnyShorterFormItStartsWith() {
    for (String tag : List.of("name-ending", "arm-suffix")) {
      List<String> forms = lexicon.phrases(Family.COMPANY_WORDS, tag);
      for (int i = 0; i < forms.size(); i++) {
        for (int j = i + 1; j < forms.size(); j++) {
          assertThat(forms.get(j)).as(tag + ": " + forms.get(j) + " must be listed before " + forms.get(i)).doesNotStartWith(forms.get(i));
        }
      }
    }
    Pattern suffixes = Pattern.compile("^(?:\\s+(?:" + lexicon.alternation(Family.COMPANY_WORDS, "arm-suffix", Form.CAPITALISED) + "))*");
    Matcher m = suffixes.matcher(" Automotive Ltd. Thailand");
    assertThat(m.lookingAt()).isTrue();
    assertThat(m.group()).isEqualTo(" Automotive Ltd.");
  }

  @Test
  void eitherInitialCaseFindsAMotorShowHoweverItsWordsStart() {
    Pattern events = Pattern.compile("^(?:" + lexicon.alternationEitherInitialCase(Family.FORUM_WORDS, "event") + ")$");
    assertThat(List.of("motor show", "Motor Show", "Motor show", "motor Show", "Forum")).allMatch(s -> events.matcher(s).matches());
    assertThat(List.of("MOTOR SHOW", "motor  show", "motorshow")).noneMatch(s -> events.matcher(s).matches());
  }

  @Test
  void capitalisesEveryWordIncludingAfterAHyphen() {
    assertThat(Form.CAPITALISED.apply("minister-president")).isEqualTo("Minister-President");
    assertThat(Form.CAPITALISED.apply("chief minister")).isEqualTo("Chief Minister");
    assertThat(Form.AS_WRITTEN.apply("gov.")).isEqualTo("gov.");
  }

  @Test
  void alternativesMatchEachPhraseLiterally() {
    Pattern titles = Pattern.compile("^(?:" + lexicon.alternation(Family.REGION_HEAD_TITLES, "titled", Form.CAPITALISED) + ")$");
    assertThat(titles.matcher("Gov.").matches()).isTrue();
    assertThat(titles.matcher("Govx").matches()).as("the dot is no wildcard").isFalse();
    assertThat(titles.matcher("Minister-President").matches()).isTrue();
    assertThat(titles.matcher("Premier").matches()).as("a premier may be a country's").isFalse();
  }
}
