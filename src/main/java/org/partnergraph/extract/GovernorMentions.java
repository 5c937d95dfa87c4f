package org.partnergraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.partnergraph.extract.Lexicon.Family;
import org.partnergraph.extract.Lexicon.Form;
import org.partnergraph.extract.Mention.How;
import org.partnergraph.extract.tokens.RuleMatch;
import org.partnergraph.extract.tokens.TokenRules;
import org.partnergraph.model.EntityType;
import org.partnergraph.resolve.ArticleEntities;

/**
 * Governors: found by the titles news gives the head of a region ("the governor of the X region,
 * Y Z", "Governor Y Z"), then known by surname; each with the region they head, when it is known.
 */
final class GovernorMentions {
  private static final Lexicon LEXICON = Lexicon.english();
  /** Titles of the head of a first-level region, across countries. */
  private static final String HEAD_TITLE = RegionWords.titles("head", Form.AS_WRITTEN);
  private static final String HEAD_TITLE_CAPITALISED = RegionWords.titles("before-name", Form.CAPITALISED);

  /**
   * The rule in {@code rules/en/governors.rules} that finds "the governor (acting) of (the)" before a
   * region's name, every place the name may start after yielded as a group ({@link #REGION_STARTS_AFTER}).
   */
  private static final String TITLE_OF_RULE = "governor.title-of";
  /** The groups of {@code governor.title-of} after which a region's name may start. */
  private static final List<String> REGION_STARTS_AFTER = List.of("of", "the", "government-of", "the-government");
  /**
   * The rule in {@code rules/en/governors.rules} that finds "(region)('s) (aside), Y Z" after a
   * region's name, each part yielded as a group, the person as {@code name}.
   */
  private static final String NAME_AFTER_RULE = "governor.name-after";
  /** An aside in brackets holds this many characters at most, as the regexes these rules replace read it. */
  private static final int LONGEST_ASIDE = 20;
  /**
   * The rule in {@code rules/en/governors.rules} that finds "(X's) Governor Y Z" after a region's
   * name, the "'s" yielded as {@code possessive}, the title as {@code title}, the person as {@code name}.
   */
  private static final String TITLE_NAME_AFTER_RULE = "governor.title-name-after";
  /**
   * The rule in {@code rules/en/governors.rules} that finds "Governor Y Z of (the)" before a region's
   * name, the person yielded as {@code name} and "of" as {@code of}.
   */
  private static final String TITLE_NAME_OF_RULE = "governor.title-name-of";
  /** What may lie between a rule's match and the region's name after it: spaces, as a regex's {@code \s+} reads them. */
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /**
   * The rule in {@code rules/en/governors.rules} that finds "Y Z, (the) governor of (the)" before a
   * region's name, the person yielded as {@code name} and "of" as {@code of}.
   */
  private static final String NAME_COMMA_TITLE_OF_RULE = "governor.name-comma-title-of";
  private static final Pattern NOT_A_GOVERNOR =
      Pattern.compile("(?i)\\b(" + LEXICON.alternation(Family.OFFICE_QUALIFIERS, "not-the-head", Form.AS_WRITTEN) + ")[- ]+(" + HEAD_TITLE + ")\\b[^,]{0,40}$");

  /**
   * The rule in {@code rules/en/governors.rules} that finds a name after a title only a region's head
   * holds ("Governor Igor Artamonov", "Gov. Brian Kemp"), the title yielded as {@code title}, the
   * person as {@code name}.
   */
  private static final String TITLED_NAME_RULE = "governor.titled-name";
  /** Words before such a title that make it someone else's: a deputy, a central bank's governor. */
  private static final Pattern OTHER_OFFICE_BEFORE =
      Pattern.compile("(?i)\\b(" + LEXICON.alternation(Family.OFFICE_QUALIFIERS, "someone-else", Form.AS_WRITTEN) + ")[- ]*(?:\\S+\\s+){0,3}$");
  /**
   * As {@link #OTHER_OFFICE_BEFORE}, but the word must end where the qualifier does: "Ford executives
   * and Chief Minister M.K. Stalin" holds no "ex" (from {@link #GOVERNOR_READINGS_SINCE}).
   */
  private static final Pattern OTHER_OFFICE_WORD_BEFORE =
      Pattern.compile("(?i)\\b(" + LEXICON.alternation(Family.OFFICE_QUALIFIERS, "someone-else", Form.AS_WRITTEN) + ")(?!\\p{L})[- ]*(?:\\S+\\s+){0,3}$");
  /** Forms of address before a name and no part of it: "Datuk Seri Saarani Mohamad" is Saarani Mohamad (from {@link #GOVERNOR_READINGS_SINCE}). */
  private static final Pattern HONORIFICS = Pattern.compile("^(?:(?:" + LEXICON.alternation(Family.HONORIFICS, Form.AS_WRITTEN) + ")\\s+)+");
  /**
   * The rules version from which governors are read as rules/14 reads them: a qualifier before a
   * title is a whole word, a name sheds its honorifics, a title before a name claims a carmaker's
   * name after its first word ("Premier Doug Ford") as a region's head found beside the region always
   * did, and a name that cannot be placed keeps the carmaker's mentions it overlaps.
   */
  private static final int GOVERNOR_READINGS_SINCE = 14;
  /**
   * The rule in {@code rules/en/governors.rules} that finds a head who was, and no longer is ("the then
   * akim Arkhimed Mukhambetov", "former governor Ivan Petrov"), the person yielded as {@code name}.
   */
  private static final String FORMER_HEAD_RULE = "governor.former-head";
  /** The rule that finds a head who was, hyphenated ("then-governor Roy Cooper"), from rules/14 (an older version runs no such rule). */
  private static final String FORMER_HEAD_HYPHENATED_RULE = "governor.former-head-hyphenated";
  /**
   * The rule that finds a head who was, named before the title ("Alexey Dyumin, then governor of the
   * region"), from rules/14; where it yields {@code of}, a region must start after it.
   */
  private static final String NAME_THEN_FORMER_TITLE_RULE = "governor.name-then-former-title";
  /** The rule that finds a lower-case title only a region's head holds before a name ("governor Vladislav Shapsha"), from rules/14. */
  private static final String LOWER_TITLED_NAME_RULE = "governor.lower-titled-name";

  /**
   * The rule in {@code rules/en/governors.rules} that finds a head named by title and "of the region"
   * ("the head of the republic, Radiy Khabirov", "Rashid Temrezov, the head of the republic"), the
   * person yielded as {@code name}.
   */
  private static final String HEAD_OF_THE_REGION_RULE = "governor.head-of-the-region";

  /** Capitalised words that end or fill a place's or an office's name, never a person's. */
  private static final Pattern NOT_A_PERSON = Pattern.compile(
      "\\b(" + RegionWords.REGION_SUFFIX + "|" + Lexicon.english().alternation(Lexicon.Family.ORGANISATIONS, "not-a-person", Lexicon.Form.AS_WRITTEN) + ")\\b");

  /** A governor found by a title pattern, to be recorded as GOVERNS. */
  record Found(String governor, String region) {}

  private final ArticleEntities entities;
  private final ArticleMemory memory;
  /** The rules version's number. */
  private final int version;
  /** Governors found by a pattern, by surname. */
  private final Map<String, String> surnames = new LinkedHashMap<>();
  private final List<Found> found = new ArrayList<>();
  /** Governors named by title before the article named any region, with the sentence that named them. */
  private final Map<String, String> unplaced = new LinkedHashMap<>();

  GovernorMentions(ArticleEntities entities, ArticleMemory memory, int version) {
    this.entities = entities;
    this.memory = memory;
    this.version = version;
  }

  void startSentence() {
    found.clear();
  }

  /**
   * "HYDERABAD: Chief Minister A. Revanth Reddy inaugurated …", the state named only later: once the
   * article is read, a governor named by title with no region heads the one region the article
   * named, if it named exactly one. Each with the sentence that named the governor.
   */
  Map<String, String> unplaced() {
    Map<String, String> out = new LinkedHashMap<>();
    unplaced.forEach((governor, sentence) -> {
      if (memory.regionOf(governor).isEmpty()) {
        out.put(governor, sentence);
      }
    });
    return out;
  }

  /** Governors found in the last sentence read. */
  List<Found> found() {
    return List.copyOf(found);
  }

  /** "the governor of the X region, Y Z", "X Governor Y Z", "Governor Y Z of X", "Y Z, governor of X". */
  void regionHeads(String s, TokenRules.SentenceMatches ruleMatches, List<Mention> out) {
    for (Mention r : List.copyOf(out)) {
      if (r.type() != EntityType.REGION) {
        continue;
      }
      String before = s.substring(0, r.start());
      if (NOT_A_GOVERNOR.matcher(before).find()) {
        continue;
      }
      Optional<RuleMatch.Span> named = (titleBefore(ruleMatches.of(TITLE_OF_RULE), s, r.start())
              ? nameRightAfter(ruleMatches.of(NAME_AFTER_RULE), s, r.end()) : Optional.<RuleMatch.Span>empty())
          .or(() -> nameAfter(ruleMatches.of(TITLE_NAME_AFTER_RULE), s, r.end()))
          .or(() -> nameBefore(ruleMatches.of(TITLE_NAME_OF_RULE), s, r.start()))
          .or(() -> nameBefore(ruleMatches.of(NAME_COMMA_TITLE_OF_RULE), s, r.start()));
      named.ifPresent(n -> addGovernor(s, out, r, s.substring(n.start(), n.end()), n.start()));
    }
  }

  /** Whether a match ends, after one of its groups where a region's name may start, spaces before {@code at}. */
  private static boolean titleBefore(List<RuleMatch> matches, String s, int at) {
    for (RuleMatch m : matches) {
      if (shortAside(m) && REGION_STARTS_AFTER.stream().map(m::group).flatMap(Optional::stream).anyMatch(g -> spacesBetween(s, g.end(), at))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The name of the match that starts where a region's name ends ({@code at}): after spaces before
   * its suffix ("region"), right there at its "'s", else after spaces or nothing.
   */
  private static Optional<RuleMatch.Span> nameRightAfter(List<RuleMatch> matches, String s, int at) {
    for (RuleMatch m : matches) {
      boolean starts;
      if (m.group("suffix").isPresent()) {
        starts = spacesBetween(s, at, m.start());
      } else if (m.group("possessive").isPresent()) {
        starts = m.start() == at;
      } else {
        starts = m.start() == at || spacesBetween(s, at, m.start());
      }
      if (starts && shortAside(m)) {
        return m.group("name");
      }
    }
    return Optional.empty();
  }

  /** A match with no aside in brackets, or one of 1 to {@link #LONGEST_ASIDE} characters between them. */
  private static boolean shortAside(RuleMatch m) {
    return m.group("aside").map(a -> a.end() - a.start() - 2).map(n -> n >= 1 && n <= LONGEST_ASIDE).orElse(true);
  }

  /**
   * The name of the match that ends where a region's name starts ({@code at}), only spaces between:
   * after the whole match, or after its "of" where the region's name takes in "the".
   */
  private static Optional<RuleMatch.Span> nameBefore(List<RuleMatch> matches, String s, int at) {
    for (RuleMatch m : matches) {
      int of = m.group("of").orElseThrow().end();
      if (spacesBetween(s, m.end(), at) || spacesBetween(s, of, at)) {
        return m.group("name");
      }
    }
    return Optional.empty();
  }

  /**
   * The name of the match that starts where a region's name ends ({@code at}): its "'s" glued to the
   * name, else its title after spaces.
   */
  private static Optional<RuleMatch.Span> nameAfter(List<RuleMatch> matches, String s, int at) {
    for (RuleMatch m : matches) {
      Optional<RuleMatch.Span> possessive = m.group("possessive");
      if (possessive.isPresent() ? possessive.get().start() == at : spacesBetween(s, at, m.group("title").orElseThrow().start())) {
        return m.group("name");
      }
    }
    return Optional.empty();
  }

  private static boolean spacesBetween(String s, int from, int to) {
    return from < to && SPACES.matcher(s.substring(from, to)).matches();
  }

  /**
   * "the head of the republic, Radiy Khabirov": the title says who the person is and the phrase which
   * region, the one the article has named, when it has named exactly one.
   */
  void headsOfTheRegion(String s, TokenRules.SentenceMatches ruleMatches, List<Mention> out) {
    Optional<String> region = memory.onlyRegion();
    if (region.isEmpty()) {
      return;
    }
    for (RuleMatch m : ruleMatches.of(HEAD_OF_THE_REGION_RULE)) {
      RuleMatch.Span person = m.group("name").orElseThrow();
      addGovernor(s, out, region.get(), s.substring(person.start(), person.end()), person.start());
    }
  }

  /**
   * "the press office of Governor Igor Artamonov": the title says who the person is; the region is
   * the one the article has named, when it has named exactly one, else the one it names by the end
   * (see {@link #unplaced}).
   */
  void titledGovernors(String s, TokenRules.SentenceMatches ruleMatches, List<Mention> out) {
    boolean since14 = version >= GOVERNOR_READINGS_SINCE;
    for (RuleMatch m : ruleMatches.of(TITLED_NAME_RULE, LOWER_TITLED_NAME_RULE)) {
      RuleMatch.Span person = withoutHonorifics(s, m.group("name").orElseThrow());
      int start = person.start();
      int end = person.end();
      String name = s.substring(start, end);
      String beforeTitle = s.substring(0, m.group("title").orElseThrow().start());
      if ((since14 ? OTHER_OFFICE_WORD_BEFORE : OTHER_OFFICE_BEFORE).matcher(beforeTitle).find() || NOT_A_PERSON.matcher(name).find()
          || !(since14 ? makeRoom(out, name, start, end) : out.stream().noneMatch(x -> x.overlaps(start, end)))) {
        continue;
      }
      String region = memory.onlyRegion().orElse(null);
      String id = entities.minted(EntityType.GOVERNOR, name, name, region == null ? null : entities.countryCode(region).orElse(null));
      out.add(new Mention(EntityType.GOVERNOR, id, start, end, How.PATTERN));
      remember(id, name, region);
      if (region == null) {
        unplaced.putIfAbsent(id, s);
      }
    }
    for (RuleMatch f : ruleMatches.of(FORMER_HEAD_RULE, FORMER_HEAD_HYPHENATED_RULE, NAME_THEN_FORMER_TITLE_RULE)) {
      if (f.group("of").filter(of -> !regionStartsAfter(s, out, of.end())).isPresent()) {
        continue; // "then governor of the Central Bank": no region's
      }
      RuleMatch.Span person = withoutHonorifics(s, f.group("name").orElseThrow());
      int start = person.start();
      int end = person.end();
      String name = s.substring(start, end);
      if (out.stream().anyMatch(x -> x.overlaps(start, end)) || NOT_A_PERSON.matcher(name).find()) {
        continue;
      }
      String id = entities.minted(EntityType.GOVERNOR, name, name, null);
      out.add(new Mention(EntityType.GOVERNOR, id, start, end, How.PATTERN));
    }
  }

  private void addGovernor(String s, List<Mention> out, Mention region, String name, int start) {
    addGovernor(s, out, region.id(), name, start);
  }

  private void addGovernor(String s, List<Mention> out, String region, String written, int writtenAt) {
    RuleMatch.Span person = withoutHonorifics(s, new RuleMatch.Span(writtenAt, writtenAt + written.length()));
    int start = person.start();
    int end = person.end();
    String name = s.substring(start, end);
    if (NOT_A_PERSON.matcher(name).find() || !makeRoom(out, name, start, end)) {
      return;
    }
    String id = entities.minted(EntityType.GOVERNOR, name, name, entities.countryCode(region).orElse(null));
    out.add(new Mention(EntityType.GOVERNOR, id, start, end, How.PATTERN));
    remember(id, name, region);
  }

  /**
   * Whether a governor's name has room among the sentence's mentions: its first word starts no known
   * name (else it is no person), and a carmaker's name after it gives way ("Premier Doug Ford": a
   * surname that is also a carmaker's name is the person's here).
   */
  private boolean makeRoom(List<Mention> out, String name, int start, int end) {
    int firstWordEnd = start + name.split("\\s+")[0].length();
    if (out.stream().anyMatch(x -> x.overlaps(start, firstWordEnd))) {
      return false;
    }
    Predicate<Mention> carmakerInName = x -> x.start() >= firstWordEnd && x.end() <= end && x.type() == EntityType.AUTOMAKER;
    if (version >= GOVERNOR_READINGS_SINCE && out.stream().anyMatch(x -> x.overlaps(start, end) && !carmakerInName.test(x))) {
      return false; // refused: the carmaker keeps its mention
    }
    out.removeIf(carmakerInName);
    return out.stream().noneMatch(x -> x.overlaps(start, end));
  }

  /** Whether a region the sentence names starts at {@code at}, after spaces. */
  private static boolean regionStartsAfter(String s, List<Mention> out, int at) {
    return out.stream().anyMatch(x -> x.type() == EntityType.REGION && spacesBetween(s, at, x.start()));
  }

  /**
   * The name without the honorifics it starts with, from rules/14, where two words or more are left
   * and the first is no honorific itself; else (and before rules/14) as written: "Datuk Seri Saarani"
   * is not a one-word governor "Saarani".
   */
  private RuleMatch.Span withoutHonorifics(String s, RuleMatch.Span name) {
    if (version < GOVERNOR_READINGS_SINCE) {
      return name;
    }
    var honorifics = HONORIFICS.matcher(s.substring(name.start(), name.end()));
    if (!honorifics.find()) {
      return name;
    }
    String rest = s.substring(name.start() + honorifics.end(), name.end());
    boolean aName = rest.strip().split("\\s+").length >= 2 && !HONORIFICS.matcher(rest + " ").find();
    return aName ? new RuleMatch.Span(name.start() + honorifics.end(), name.end()) : name;
  }

  /** A governor found by a pattern: later known by surname and, when the region is known, as its head. */
  private void remember(String governor, String name, String region) {
    String[] parts = name.split("\\s+");
    surnames.put(parts[parts.length - 1], governor);
    if (region != null) {
      memory.governs(governor, region);
      found.add(new Found(governor, region));
    }
  }

  /** A verb of speech after a surname ("Ford told reporters"): the governor's, whatever carmaker shares it. */
  private static final Pattern SPEAKS = Pattern.compile("\\s+(?:" + LEXICON.alternation(Family.SPEECH_VERBS, Form.AS_WRITTEN) + ")\\b");
  private static final Pattern TITLE_BEFORE = Pattern.compile("\\b(?:" + HEAD_TITLE_CAPITALISED + ")\\s+$");

  /** Later mentions of a governor already introduced: full name or surname. */
  void knownGovernors(String s, List<Mention> out) {
    for (var e : surnames.entrySet()) {
      for (int[] at : ArticleMemory.occurrences(s, e.getKey())) {
        int start = at[0];
        int end = at[1];
        if (SPEAKS.matcher(s.substring(end)).lookingAt() || TITLE_BEFORE.matcher(s.substring(0, start)).find()) {
          // "Ford told reporters", "Premier Ford": the governor, even where the surname is a carmaker's name
          out.removeIf(x -> x.type() == EntityType.AUTOMAKER && x.start() == start && x.end() == end);
        }
        if (out.stream().noneMatch(x -> x.overlaps(start, end))) {
          out.add(new Mention(EntityType.GOVERNOR, e.getValue(), start, end, How.NAME));
        }
      }
    }
  }
}
