package org.partnergraph.extract;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.partnergraph.extract.Lexicon.Family;
import org.partnergraph.extract.Lexicon.Form;
import org.partnergraph.extract.Mention.How;
import org.partnergraph.extract.tokens.RuleMatch;
import org.partnergraph.extract.tokens.TokenRules;
import org.partnergraph.model.EntityId;
import org.partnergraph.model.EntityType;
import org.partnergraph.reference.Gazetteer;
import org.partnergraph.resolve.ArticleEntities;
import org.partnergraph.resolve.NameResolver;

/**
 * Places: towns and regions the reference data does not know, where a sentence makes them places
 * (a plant's site, a dateline, a head's title), found again by name; the place a sentence names at
 * a position; and whether the words around a known name ask for its region.
 */
final class PlaceMentions {
  /**
   * The rule in {@code rules/en/places.rules} that finds the town a wire story is filed from ("GEORGETOWN, Ky., Feb. 6 —",
   * "MANISA -"), the town yielded as {@code town}.
   */
  private static final String DATELINE_TOWN_RULE = "place.dateline-town";
  /** The AP's abbreviations of US states, as datelines write them ("CHATTANOOGA, Tenn."); only read right after a dateline town. */
  private static final Map<String, String> AP_STATES = Lexicon.english().entries(Family.AP_STATES).stream()
      .collect(Collectors.toUnmodifiableMap(Lexicon.Entry::phrase, Lexicon.Entry::id));
  private static final Pattern AP_STATE_AFTER = Pattern.compile("^,\\s+((?:[A-Z]\\.){2}|[A-Z][a-z]{1,4}\\.|W\\.Va\\.)");

  /** Datelines open a story: only its first few sentences are looked at. */
  private static final int DATELINE_SENTENCES = 3;

  private static final Lexicon LEXICON = Lexicon.english();
  /** One to three capitalised words: a place the reference data does not know. */
  private static final String PLACE_NAME = "(\\p{Lu}[\\p{L}'-]+(?:[ -](?:(?:" + LEXICON.alternation(Family.NAME_PARTICLES, "place", Form.AS_WRITTEN) + ")[ -])?\\p{Lu}[\\p{L}'-]+){0,2})";
  private static final Pattern PLACE_RIGHT_AFTER = Pattern.compile("^\\s+(?:(?:located|based)\\s+)?(?:in|near|at|outside)\\s+(?:the\\s+)?");
  static final Pattern PLACE_AT_START = Pattern.compile("^" + PLACE_NAME + "\\b");
  /** The rule in {@code rules/en/places.rules} that finds a town named as a plant's site ("plant in Kecskemét"), the town yielded as {@code place}. */
  private static final String PLANT_IN_TOWN_RULE = "place.plant-in-town";
  /**
   * The rules in {@code rules/en/places.rules} that find a town placed by what follows it ("in Szeged, in southern Hungary",
   * "in Ellabell, Georgia"): the town and its comma (the name yielded as {@code place}), and what follows the comma up to
   * where a known place may start ({@code the}, {@code compass} or {@code next}), a distance yielded as {@code distance}.
   */
  private static final String TOWN_BEFORE_A_COMMA_RULE = "place.town-before-a-comma";
  private static final String PLACED_BY_WHAT_FOLLOWS_RULE = "place.placed-by-what-follows";
  /** The groups of what follows a town's comma where the place that places it may start, as each word before is optional. */
  private static final List<String> WHERE_A_PLACE_MAY_FOLLOW = List.of("the", "compass", "next");
  /** "about 40 km north-east of": a distance longer than this many characters no longer places the town. */
  private static final int LONGEST_DISTANCE = 40;
  /** Words that start a capitalised phrase but name no town ({@code lexicon/en/not-places.tsv}), and the calendar's words. */
  static final Set<String> NOT_PLACES = Stream.concat(LEXICON.phrases(Family.NOT_PLACES).stream(), LEXICON.phrases(Family.CALENDAR).stream())
      .collect(Collectors.toUnmodifiableSet());

  static final String REGION_SUFFIX = RegionWords.REGION_SUFFIX;
  /**
   * The rule in {@code rules/en/places.rules} that finds a region named by its head's title ("the governor of the
   * Andijan region"), the name yielded as {@code place} and the region's kind as {@code kind}.
   */
  private static final String REGION_OF_A_HEAD_RULE = "place.region-of-a-head";
  /**
   * The rule in {@code rules/en/places.rules} that finds a region named before its head's title ("Bursa Governor Erol
   * Ayyıldız", "Andijan region hokim Sh. Abdurakhmanov"), the name yielded as {@code place} and the region's kind, where
   * one stands between, as {@code kind}.
   */
  private static final String REGION_BEFORE_A_TITLE_RULE = "place.region-before-a-title";
  /** "Former", "Deputy", "City": capitalised words before a region's kind or a title that name no region. */
  static final Set<String> NOT_REGION_WORDS = Set.copyOf(LEXICON.phrases(Family.NOT_REGION_WORDS));

  /** The rule in {@code rules/en/entities.rules} that finds a town before a company's plant word ("its Tychy plant"), the town yielded as {@code town}. */
  private static final String TOWN_OF_A_PLANT_RULE = "place.town-of-a-plant";
  /** The same after "the" ("the Kvasiny plant"), from rules/15 (an older version runs no such rule). */
  private static final String TOWN_OF_THE_PLANT_RULE = "place.town-of-the-plant";
  /** Towns listed before one plural plant noun ("its Marysville, East Liberty and Anna plants"), from rules/19. */
  static final String TOWNS_OF_PLANTS_RULE = "place.towns-of-plants";
  /** Between the towns of such a list. */
  private static final Pattern LISTED_TOWNS_APART = Pattern.compile(",\\s*(?:and\\s+)?|\\s+and\\s+");
  /**
   * The rules version from which a calendar word after "in" ("its Smyrna plant in September") does
   * not make the town before it a plant's name rather than its place.
   */
  static final int MONTH_AFTER_A_TOWN_PLANT_SINCE = 19;
  private static final Set<String> CALENDAR_WORDS = Set.copyOf(Lexicon.english().phrases(Family.CALENDAR));
  /** "… plant in X" after a town-named plant: X must be the town's region or country, else the plant's town is X. */
  static final Pattern PLACED_AFTER = Pattern.compile("^\\s+(?:in|at|near)\\s+(?:the\\s+)?(?=\\p{Lu})");

  private static final Set<EntityType> PLACE_TYPES = Set.of(EntityType.REGION, EntityType.CITY);

  private final NameResolver names;
  private final ArticleEntities entities;
  private final ArticleMemory memory;
  private final int version;
  private int sentencesRead;

  /** @param version the rules version's number: readings newer than it are not applied */
  PlaceMentions(Gazetteer gazetteer, ArticleEntities entities, ArticleMemory memory, int version) {
    this.names = new NameResolver(gazetteer);
    this.entities = entities;
    this.memory = memory;
    this.version = version;
  }

  private static final Pattern REGION_WORD_AFTER =
      Pattern.compile("(?i)^(?:'s)?\\s+(?:" + RegionWords.REGION_HEAD + "|" + RegionWords.suffixes("after-place", Form.AS_WRITTEN) + ")(?!\\p{L})");
  private static final Pattern REGION_TITLE_BEFORE =
      Pattern.compile("(?i)\\b(?:state of|u\\.s\\. state of|(?:" + RegionWords.REGION_HEAD + ")\\s+of(?:\\s+the)?)\\s+$");
  /**
   * The rules in {@code rules/en/places.rules} that find a town placed in a name that is a city and a state ("in Jacareí, in
   * São Paulo", "in Villa de Reyes, in San Luis Potosí"): the town and its comma (the town yielded as {@code town}), and
   * "in" after the comma, the region's name starting at group {@code next}.
   */
  private static final String TOWN_THEN_IN_RULE = "place.town-then-in";
  private static final String THEN_IN_A_REGION_RULE = "place.then-in-a-region";
  /** How far before a name the words that ask for its region are looked for. */
  private static final int WORDS_BEFORE = 80;

  /** Whether the words around a name say a region is meant: "X Governor", "X region", "governor of X", "in Jacareí, in X". */
  static boolean wantsRegion(String s, TokenRules.SentenceMatches ruleMatches, Gazetteer.Match m) {
    int from = Math.max(0, m.start() - WORDS_BEFORE);
    String before = s.substring(from, m.start());
    return REGION_WORD_AFTER.matcher(s.substring(m.end())).find()
        || REGION_TITLE_BEFORE.matcher(before).find()
        || townThenIn(ruleMatches, from, m.start());
  }

  /** Whether a town and "in" ("in Jacareí, in |São Paulo") stand between {@code from} and a name at {@code nameStart}. */
  private static boolean townThenIn(TokenRules.SentenceMatches ruleMatches, int from, int nameStart) {
    return ruleMatches.of(THEN_IN_A_REGION_RULE).stream()
        .filter(in -> in.group("next").orElseThrow().start() == nameStart)
        .anyMatch(in -> ruleMatches.of(TOWN_THEN_IN_RULE).stream()
            .anyMatch(town -> town.start() >= from && town.group("town").orElseThrow().end() == in.start()));
  }

  /**
   * Regions missing from the reference data, where a head's title names them: minted with their
   * country unknown, so that the governor patterns, which run next, still find the governor.
   */
  void unknownRegions(String s, TokenRules.SentenceMatches ruleMatches, List<Mention> out) {
    for (RuleMatch m : ruleMatches.of(REGION_OF_A_HEAD_RULE)) {
      RuleMatch.Span place = m.group("place").orElseThrow();
      RuleMatch.Span kind = m.group("kind").orElseThrow();
      unknownRegion(s, out, place.start(), place.end(), s.substring(kind.start(), kind.end()), kind.end());
    }
    for (RuleMatch m : ruleMatches.of(REGION_BEFORE_A_TITLE_RULE)) {
      RuleMatch.Span place = m.group("place").orElseThrow();
      Optional<RuleMatch.Span> kind = m.group("kind");
      unknownRegion(s, out, place.start(), place.end(), kind.map(k -> s.substring(k.start(), k.end())).orElse(null),
          kind.map(RuleMatch.Span::end).orElse(place.end()));
    }
    memory.nameAgain(s, out, EntityType.REGION); // "SANTA ROSA CITY, Laguna — Laguna Governor …"
    out.sort(Comparator.comparingInt(Mention::start));
  }

  /** A region named at {@code nameStart..nameEnd}, with its kind ("region") where one follows, minted unless its first word names none. */
  private void unknownRegion(String s, List<Mention> out, int nameStart, int nameEnd, String kind, int end) {
    String written = s.substring(nameStart, nameEnd);
    String first = written.split("[ -]")[0];
    if (NOT_REGION_WORDS.contains(first) || NOT_PLACES.contains(first) || out.stream().anyMatch(x -> x.overlaps(nameStart, end))) {
      return;
    }
    String suffix = kind == null ? "" : " " + Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
    String name = written + suffix;
    String id = entities.minted(EntityType.REGION, name, s.substring(nameStart, end), null);
    out.add(new Mention(EntityType.REGION, id, nameStart, end, How.PATTERN));
    memory.named(EntityType.REGION, s.substring(nameStart, end), id);
  }

  /**
   * Towns the reference data does not list, where the sentence makes them places: the site of a
   * plant ("a car plant in Kecskemét") or a name placed in a known region or country ("in Szeged,
   * in southern Hungary").
   */
  void unknownPlaces(String s, TokenRules.SentenceMatches ruleMatches, List<Mention> out) {
    for (RuleMatch m : ruleMatches.of(PLANT_IN_TOWN_RULE)) {
      RuleMatch.Span place = m.group("place").orElseThrow();
      if (cityAfterLocality(s, out, place.end()).isEmpty()) {
        unknownPlace(s, out, place.start(), place.end(), null);
      }
    }
    for (RuleMatch t : ruleMatches.of(TOWN_OF_A_PLANT_RULE, TOWN_OF_THE_PLANT_RULE)) {
      RuleMatch.Span town = t.group("town").orElseThrow();
      int at = town.start();
      Matcher placed = PLACED_AFTER.matcher(s.substring(t.end()));
      int placeAt = placed.find() ? t.end() + placed.end() : -1;
      boolean placedInTown = placeAt >= 0 && out.stream()
          .noneMatch(x -> x.start() == placeAt && (x.type() == EntityType.REGION || x.type() == EntityType.COUNTRY))
          && !(version >= MONTH_AFTER_A_TOWN_PLANT_SINCE && CALENDAR_WORDS.contains(s.substring(placeAt).split("[\\s,.;:]", 2)[0]));
      if (!placedInTown && out.stream().anyMatch(x -> x.type() == EntityType.AUTOMAKER && x.end() <= at)) {
        unknownPlace(s, out, town.start(), town.end(), null);
      }
    }
    for (RuleMatch t : ruleMatches.of(TOWNS_OF_PLANTS_RULE)) { // "its Marysville, East Liberty and Anna plants"
      RuleMatch.Span towns = t.group("towns").orElseThrow();
      if (out.stream().noneMatch(x -> x.type() == EntityType.AUTOMAKER && x.end() <= towns.start())) {
        continue;
      }
      Matcher apart = LISTED_TOWNS_APART.matcher(s.substring(0, towns.end()));
      int from = towns.start();
      while (from < towns.end()) {
        int end = apart.find(from) ? apart.start() : towns.end();
        unknownPlace(s, out, from, end, null);
        from = end < towns.end() ? apart.end() : towns.end();
      }
    }
    for (Mention known : List.copyOf(out)) {
      if (known.type() != EntityType.REGION && known.type() != EntityType.COUNTRY) {
        continue;
      }
      townPlacedBy(ruleMatches, known.start())
          .ifPresent(town -> unknownPlace(s, out, town.start(), town.end(), entities.countryCode(known.id()).orElse(null)));
    }
  }

  /** The town followed by its comma and words that end where a place starts at {@code placeStart} ("in Szeged, in southern |Hungary"). */
  private static Optional<RuleMatch.Span> townPlacedBy(TokenRules.SentenceMatches ruleMatches, int placeStart) {
    for (RuleMatch after : ruleMatches.of(PLACED_BY_WHAT_FOLLOWS_RULE)) {
      boolean placeStartsThere = WHERE_A_PLACE_MAY_FOLLOW.stream().map(after::group).flatMap(Optional::stream).anyMatch(g -> g.start() == placeStart);
      boolean nearEnough = after.group("distance").map(d -> d.end() - d.start() <= LONGEST_DISTANCE).orElse(true);
      if (placeStartsThere && nearEnough) {
        return ruleMatches.of(TOWN_BEFORE_A_COMMA_RULE).stream()
            .map(town -> town.group("place").orElseThrow())
            .filter(town -> town.end() == after.start())
            .findFirst();
      }
    }
    return Optional.empty();
  }

  private static final Pattern NOT_A_TOWN = Pattern.compile("\\s(?:" + RegionWords.suffixes("local-area", Form.CAPITALISED) + ")$");

  void unknownPlace(String s, List<Mention> out, int start, int end, String country) {
    String text = s.substring(start, end);
    String name = text.equals(text.toUpperCase(Locale.ROOT)) ? titleCase(text.toLowerCase(Locale.ROOT)) : text; // a dateline's capitals
    if (NOT_PLACES.contains(name.split("[ -]")[0]) || out.stream().anyMatch(x -> x.overlaps(start, end))
        || NOT_A_TOWN.matcher(name).find()) {
      return;
    }
    String id = entities.minted(EntityType.CITY, name, text, country);
    out.add(new Mention(EntityType.CITY, id, start, end, How.PATTERN));
    memory.named(EntityType.CITY, name, id);
  }

  /** The town a wire story is filed from, looked for in the story's first few sentences. */
  void dateline(String s, TokenRules.SentenceMatches ruleMatches, List<Mention> out) {
    if (sentencesRead++ < DATELINE_SENTENCES) {
      ruleMatches.of(DATELINE_TOWN_RULE).stream().findFirst()
          .ifPresent(m -> datelineTown(s, m.group("town").orElseThrow(), out));
    }
  }

  private void datelineTown(String s, RuleMatch.Span town, List<Mention> out) {
    String written = s.substring(town.start(), town.end());
    Matcher ap = AP_STATE_AFTER.matcher(s.substring(town.end()));
    if (ap.find() && AP_STATES.containsKey(ap.group(1))) {
      int start = town.end() + ap.start(1);
      int end = town.end() + ap.end(1);
      if (out.stream().noneMatch(x -> x.overlaps(start, end))) {
        entities.knownId(EntityId.region("US-" + AP_STATES.get(ap.group(1))).toString())
            .ifPresent(id -> out.add(new Mention(EntityType.REGION, id, start, end, How.NAME)));
      }
    }
    if (out.stream().anyMatch(x -> x.overlaps(town.start(), town.end()))) {
      return; // a town the reference data knows
    }
    String name = titleCase(written.toLowerCase(Locale.ROOT));
    String country = out.stream()
        .filter(x -> x.start() >= town.end() && x.start() - town.end() < 4 && (x.type() == EntityType.REGION || x.type() == EntityType.COUNTRY))
        .findFirst()
        .flatMap(x -> entities.countryCode(x.id()))
        .orElse(null);
    String id = entities.minted(EntityType.CITY, name, written, country);
    out.add(new Mention(EntityType.CITY, id, town.start(), town.end(), How.PATTERN));
    memory.named(EntityType.CITY, name, id);
  }

  /** Later mentions of a town the article placed earlier: "Canton" in "Nissan's Canton Vehicle Assembly Plant". */
  void knownTowns(String s, List<Mention> out) {
    memory.nameAgain(s, out, EntityType.CITY);
  }

  private static final Pattern IN_RIGHT_AFTER = Pattern.compile("^\\s+(?:in|at)\\s+(?:the\\s+)?(?=\\p{Lu})");

  /** The town or region named right after a plant's name ("… in Ellabell"), minted when the reference data does not know it. */
  Optional<Mention> placeRightAfter(String s, List<Mention> out, int end) {
    Matcher in = IN_RIGHT_AFTER.matcher(s.substring(end));
    if (!in.find()) {
      return Optional.empty();
    }
    return placeAt(s, out, end + in.end());
  }

  /** The town or region named at a position, minted when the reference data does not know it. */
  Optional<Mention> placeAt(String s, List<Mention> out, int at) {
    Optional<Mention> known = out.stream().filter(x -> x.start() == at && (x.type() == EntityType.CITY || x.type() == EntityType.REGION)).findFirst();
    if (known.isPresent() || out.stream().anyMatch(x -> x.start() == at)) {
      return known;
    }
    Matcher name = PLACE_AT_START.matcher(s.substring(at));
    if (!name.find()) {
      return Optional.empty();
    }
    unknownPlace(s, out, at, at + name.end(1), null);
    return out.stream().filter(x -> x.start() == at && x.type() == EntityType.CITY).findFirst();
  }

  /** A region or city the reference data knows by exactly this text (a name inside another name is not found as a mention). */
  Optional<Mention> placeNamed(String text, int at) {
    return names.entryNamed(text, PLACE_TYPES)
        .map(e -> new Mention(e.type(), entities.known(e, text), at, at + text.length(), How.NAME));
  }

  /** "at Port Qasim, Karachi": a locality named before its city; the city is the place. */
  private static Optional<Mention> cityAfterLocality(String s, List<Mention> out, int localityEnd) {
    if (!s.startsWith(", ", localityEnd)) {
      return Optional.empty();
    }
    return out.stream().filter(x -> x.start() == localityEnd + 2 && x.type() == EntityType.CITY).findFirst();
  }

  /** The city (or region) the sentence places the plant in: "in X" nearest to it. */
  static Mention nearestPlace(String s, List<Mention> out, int start, int end) {
    // "Honda's plant in Lincoln": a place right after the plant is its place, whatever came before
    Matcher right = PLACE_RIGHT_AFTER.matcher(s.substring(end));
    if (right.find()) {
      int at = end + right.end();
      Optional<Mention> next = out.stream()
          .filter(x -> x.start() == at && (x.type() == EntityType.CITY || x.type() == EntityType.REGION))
          .findFirst();
      if (next.isPresent()) {
        return next.get();
      }
      Matcher locality = PLACE_AT_START.matcher(s.substring(at));
      if (out.stream().noneMatch(x -> x.start() == at) && locality.find()) {
        Optional<Mention> city = cityAfterLocality(s, out, at + locality.end(1));
        if (city.isPresent()) {
          return city.get();
        }
      }
    }
    Mention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (EntityType type : List.of(EntityType.CITY, EntityType.REGION)) {
      for (Mention x : out) {
        if (x.type() != type || !s.substring(0, x.start()).matches("(?s).*\\b(in|near|at|outside)\\s+(the\\s+)?$")) {
          continue;
        }
        int d = x.start() >= end ? x.start() - end : start - x.end();
        if (d >= 0 && d < bestDistance) {
          best = x;
          bestDistance = d;
        }
      }
      if (best != null) {
        return best;
      }
    }
    return null;
  }

  static String titleCase(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : name.split("\\s+")) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return b.toString();
  }
}
