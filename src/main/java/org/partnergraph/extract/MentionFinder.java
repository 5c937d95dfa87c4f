package org.partnergraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnergraph.extract.Mention.How;
import org.partnergraph.extract.tokens.RuleMatch;
import org.partnergraph.extract.tokens.RuleToken;
import org.partnergraph.extract.tokens.TokenRules;
import org.partnergraph.model.EntityId;
import org.partnergraph.model.EntityType;
import org.partnergraph.reference.Gazetteer;
import org.partnergraph.reference.RefEntry;
import org.partnergraph.resolve.ArticleEntities;

/**
 * Finds the mentions of one sentence: known names from the gazetteer, unknown governors,
 * automakers, forums and plants from the patterns news uses for them, and short coreferences
 * ("the governor", "he", "the company", a governor's surname) resolved to what the article last
 * named. Stateful across the sentences of one article: what the article has said so far is in its
 * {@link ArticleMemory}. The parts run in a fixed order, each seeing what the ones before found.
 * The token rules run once per sentence, here, and their matches go to every part that reads them,
 * so that a new rule or a new reader of rules adds one rule's work, not another pass of them all.
 */
final class MentionFinder {
  private final Gazetteer gazetteer;
  private final TokenRules rules;
  private final ArticleEntities entities;
  private final ArticleMemory memory;
  private final PlaceMentions places;
  private final GovernorMentions governors;
  private final AutomakerMentions automakers;
  private final ForumMentions forums;
  private final PlantMentions plants;
  private final Coreference coreference;

  /** The token rules' matches in the last sentence read, and the rules that gave up on it. */
  private List<RuleToken> ruleTokens = List.of();
  private TokenRules.SentenceMatches ruleMatches = new TokenRules.SentenceMatches(List.of(), List.of());

  /** @param version the rules version's number (the token rules are already that version's) */
  MentionFinder(Gazetteer gazetteer, TokenRules rules, ArticleEntities entities, ArticleMemory memory, int version) {
    this.gazetteer = gazetteer;
    this.rules = rules;
    this.entities = entities;
    this.memory = memory;
    this.places = new PlaceMentions(gazetteer, entities, memory, version);
    this.governors = new GovernorMentions(entities, memory, version);
    this.automakers = new AutomakerMentions(entities, memory, places);
    this.forums = new ForumMentions(entities);
    this.plants = new PlantMentions(entities, memory, places);
    this.coreference = new Coreference(entities, memory);
  }

  /** Governors found in the last sentence read (cleared on each call). */
  List<GovernorMentions.Found> governorsFound() {
    return governors.found();
  }

  /** Governors named by title whose region the article never said in the same breath (see {@link GovernorMentions#unplaced}). */
  Map<String, String> unplacedGovernors() {
    return governors.unplaced();
  }

  List<PlantMentions.PlantFound> plantsFound() {
    return plants.found();
  }

  /** Forums of the last sentence read whose name holds their city ("the Munich motor show"). */
  List<ForumMentions.HeldIn> forumPlaces() {
    return forums.heldIn();
  }

  /** What the token rules matched in the last sentence read (replaced on each call). */
  List<RuleMatch> ruleMatches() {
    return ruleMatches.matches();
  }

  /** The last sentence read as the token rules saw it: what the matches' token positions refer to. */
  List<RuleToken> ruleTokens() {
    return ruleTokens;
  }

  /** The token rules that gave up on the last sentence read (too many steps): they matched nothing in it. */
  List<String> rulesGivenUp() {
    return ruleMatches.gaveUp();
  }

  List<Mention> find(String s) {
    ruleTokens = rules.tokens(s);
    ruleMatches = rules.run(ruleTokens);
    governors.startSentence();
    plants.startSentence();
    forums.startSentence();
    List<Mention> out = new ArrayList<>();
    knownNames(s, out);
    automakers.localArms(s, out);
    places.dateline(s, ruleMatches, out); // "RALEIGH, N.C. — Gov. Josh Stein": the state is known before the title is read
    automakers.patternAutomakers(s, ruleMatches, out);
    automakers.unknownBrands(s, ruleMatches, out);
    places.unknownRegions(s, ruleMatches, out);
    governors.regionHeads(s, ruleMatches, out);
    memory.sawRegions(out);
    governors.titledGovernors(s, ruleMatches, out);
    governors.headsOfTheRegion(s, ruleMatches, out);
    governors.knownGovernors(s, out);
    places.unknownPlaces(s, ruleMatches, out);
    places.knownTowns(s, out);
    out.sort(Comparator.comparingInt(Mention::start));
    coreference.sameRegion(s, out); // "its Thai plant in the same province": before plants are placed
    plants.find(s, ruleMatches, out);
    plants.plantsInTheirTowns(s, ruleMatches, out);
    coreference.corefs(s, out);
    out.sort(Comparator.comparingInt(Mention::start));
    memory.read(s, out);
    return out;
  }

  /** The names the gazetteer knows, each as the entry the words around it ask for, less those that are part of another name. */
  private void knownNames(String s, List<Mention> out) {
    List<Gazetteer.Match> known = gazetteer.find(s);
    Map<Gazetteer.Match, RefEntry> chosen = new IdentityHashMap<>(); // each name's entry, chosen once
    known.stream().filter(m -> m.kind() == Gazetteer.Kind.ENTRY).forEach(m -> chosen.put(m, choose(s, m, known)));
    List<int[]> knownForums = known.stream()
        .filter(m -> m.kind() == Gazetteer.Kind.ENTRY && chosen.get(m).type() == EntityType.FORUM)
        .map(m -> new int[] {m.start(), m.end()})
        .toList();
    List<int[]> forumSpans = forums.patternForums(s, ruleMatches, out, knownForums);
    for (Gazetteer.Match m : known) {
      if (ForumMentions.covered(forumSpans, m.start(), m.end())) {
        if (m.kind() == Gazetteer.Kind.ENTRY && chosen.get(m).type() == EntityType.CITY) {
          // "the Munich motor show": the city names the place too
          forums.cityInName(out, new Mention(EntityType.CITY, entities.known(chosen.get(m), m.text()), m.start(), m.end(), How.NAME));
        }
        continue;
      }
      switch (m.kind()) {
        case DEMONYM -> out.add(new Mention(EntityType.COUNTRY, EntityId.country(m.country()).toString(), m.start(), m.end(), How.DEMONYM));
        case ENTRY -> {
          RefEntry e = chosen.get(m);
          if ((e.type() == EntityType.CITY || e.type() == EntityType.REGION) && (partOfAnotherName(s, m, known) || A_RIVER.matcher(s.substring(m.end())).lookingAt())
              || e.type() == EntityType.CITY && startsALongerName(s, m, known)
              || e.type() == EntityType.COUNTRY && A_CONTINENT.matcher(s.substring(0, m.end())).find()
              || e.type() == EntityType.REGION && COMPASS.matcher(m.text()).matches()) {
            continue;
          }
          if (e.type() == EntityType.BRAND && namesAModel(s, m, known)) {
            continue; // "the Citroën C3", "Fiat Pulse": a model's name, not the brand named as such
          }
          if (e.type() == EntityType.REGION && CITY_AFTER.matcher(s.substring(m.end())).lookingAt()) {
            // "Santa Rosa City", "Quezon City": a city named with the word, not the region of the name
            places.unknownPlace(s, out, m.start(), m.end() + " City".length(), null);
            continue;
          }
          if (e.type() == EntityType.CITY && e.parent() != null && PlaceMentions.wantsRegion(s, ruleMatches, m)) {
            // "Nizhny Novgorod Governor Gleb Nikitin": the city's name, the region meant
            e = entities.reference(e.parent()).orElse(e);
          }
          String id = e.type() == EntityType.AUTOMAKER ? automakers.localArm(m.text()).orElse(null) : null;
          out.add(new Mention(e.type(), id != null ? id : entities.known(e, m.text()), m.start(), m.end(), How.NAME));
        }
        case IGNORE -> {}
      }
    }
  }

  private static final Pattern COMPASS = Pattern.compile(
      "(?i)(" + Lexicon.english().alternation(Lexicon.Family.COMPASS_WORDS, "direction", Lexicon.Form.AS_WRITTEN) + ")(ern)?\\b(?:\\s+(?:" + RegionWords.suffixes("after-direction", Lexicon.Form.AS_WRITTEN) + "))?$");
  private static final Pattern CAPITALISED_BEFORE = Pattern.compile("(?<=\\s|^)(\\p{Lu}[\\p{L}.'-]*)\\s+$");

  /**
   * A place name right after another capitalised word that is no known name is part of a longer
   * name: "Mayor Vladimir Efimov" is a person, "the Zona Franca" a district, not Vladimir Oblast
   * or the Brazilian city of Franca. The sentence's first word does not count ("In Kaluga").
   */
  private static boolean partOfAnotherName(String s, Gazetteer.Match m, List<Gazetteer.Match> known) {
    Matcher b = CAPITALISED_BEFORE.matcher(s.substring(0, m.start()));
    if (!b.find() || b.start(1) == 0 || b.group(1).endsWith("'s") || b.group(1).endsWith(".") && b.group(1).length() <= 3) {
      return false;
    }
    int at = b.start(1);
    return known.stream().noneMatch(k -> k.start() <= at && at < k.end());
  }

  private static final Pattern CITY_AFTER = Pattern.compile("(?i) City\\b");
  /** "the Mississippi River", "the Volga river": a river named after a place, or the place after it. */
  private static final Pattern A_RIVER = Pattern.compile("\\s+[Rr]iver\\b");
  /** A model's name after a brand's: a capitalised or numbered word that names no company. */
  private static final Pattern MODEL_AFTER = Pattern.compile(
      "^\\s+(?!(?:" + CompanyWords.nameWords("not-a-model") + ")\\b)[\\p{Lu}\\d][\\p{L}\\d.-]*");
  private static final Pattern BRAND_NAMED_BEFORE = Pattern.compile("(?i)\\b(?:its|under|the)\\s+$");
  private static final Pattern BRAND_WORD_AFTER = Pattern.compile("\\s+brands?\\b");

  private static boolean namesAModel(String s, Gazetteer.Match m, List<Gazetteer.Match> known) {
    Matcher a = MODEL_AFTER.matcher(s.substring(m.end()));
    if (!a.find() || BRAND_NAMED_BEFORE.matcher(s.substring(0, m.start())).find() && BRAND_WORD_AFTER.matcher(s.substring(m.end())).lookingAt()) {
      return false;
    }
    int at = s.indexOf(a.group().strip(), m.end());
    return known.stream().noneMatch(k -> k.start() == at);
  }

  /** "North America", "Latin America": continents, not the United States. */
  private static final Pattern A_CONTINENT = Pattern.compile(
      "\\b(?:" + Lexicon.english().alternation(Lexicon.Family.COMPASS_WORDS, "continent", Lexicon.Form.CAPITALISED) + ")\\s+America$");
  /** "Saltillo Truck Assembly Plant": a plant named after its town still names the town. */
  private static final Pattern NAMES_A_PLANT = Pattern.compile("^(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}-]*){0,3}\\s+(?:" + PlantWords.capitalised("names-a-town-plant") + ")\\b");
  private static final Pattern CAPITALISED_AFTER = Pattern.compile("^\\s(\\p{Lu}[\\p{L}'-]*)");
  /** Capitalised words a city's name is followed by in news copy without becoming another name. */
  private static final Set<String> FOLLOWS_A_CITY = followsACity();

  private static Set<String> followsACity() {
    Lexicon lexicon = Lexicon.english();
    Set<String> out = new HashSet<>(lexicon.phrases(Lexicon.Family.WORDS_AFTER_A_CITY));
    for (Lexicon.Family family : List.of(Lexicon.Family.REGION_HEAD_TITLES, Lexicon.Family.REGION_SUFFIXES, Lexicon.Family.OFFICE_QUALIFIERS, Lexicon.Family.PLANT_MODIFIERS)) {
      lexicon.phrases(family, "follows-a-city").forEach(p -> out.add(Lexicon.Form.CAPITALISED.apply(p)));
    }
    return Set.copyOf(out);
  }

  /**
   * A city's name followed by a capitalised word that is no known name and no title is the start of
   * a longer name: "San Jose Chiapa" is a Mexican town, not San Jose, California.
   */
  private static boolean startsALongerName(String s, Gazetteer.Match m, List<Gazetteer.Match> known) {
    Matcher a = CAPITALISED_AFTER.matcher(s.substring(m.end()));
    if (!a.find() || FOLLOWS_A_CITY.contains(a.group(1)) || NAMES_A_PLANT.matcher(s.substring(m.end())).find() || s.substring(m.start(), m.end()).equals(s.substring(m.start(), m.end()).toUpperCase(Locale.ROOT))) {
      return false;
    }
    int at = m.end() + a.start(1);
    return known.stream().noneMatch(k -> k.start() <= at && at < k.end());
  }

  /** "Ellabell, Georgia", "West Point, Georgia": a town, then the name of its state or country. */
  private static final Pattern TOWN_COMMA_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}'.-]*,\\s+$");

  /**
   * Whether a name that is a country and a region ("Georgia") means the region: the article is
   * about the region's country (it named the country or one of its regions), or the name
   * follows a town of the region ("Ellabell, Georgia").
   */
  private boolean regionOverCountry(String s, Gazetteer.Match m, RefEntry region, List<Gazetteer.Match> known) {
    String country = region.country() == null ? null : region.country().toLowerCase(Locale.ROOT);
    if (country == null) {
      return false;
    }
    String countryId = EntityId.country(country).toString();
    if (memory.mentioned(countryId) || memory.mentioned().stream().anyMatch(id -> EntityId.isRegionIn(id, country))) {
      return true;
    }
    for (Gazetteer.Match k : known) {
      if (k == m || k.kind() != Gazetteer.Kind.ENTRY || k.entries().size() != 1) {
        continue;
      }
      RefEntry only = k.entries().get(0);
      boolean otherRegion = only.type() == EntityType.REGION && EntityId.isRegionIn(only.id(), country) && !only.id().equals(region.id());
      boolean townOfIt = only.type() == EntityType.CITY && region.id().equals(only.parent()) && k.end() < m.start()
          && TOWN_COMMA_BEFORE.matcher(s.substring(k.start(), m.start())).matches();
      if (otherRegion || townOfIt || only.id().equals(countryId)) {
        return true;
      }
    }
    return false;
  }

  /** "Changan's brands", "the Lada marque"; "under the Lada name", "its Haval": the brand, not its maker. */
  private static final Pattern BRAND_MEANT_AFTER = Pattern.compile("(?i)(?:'s)?\\s+(?:brands?|marque|badge|models?)\\b");
  private static final Pattern BRAND_MEANT_BEFORE = Pattern.compile("(?i)\\b(?:under|its)\\s+(?:the\\s+)?$");

  /** Picks among the entries one name can stand for, from the words around it. */
  private RefEntry choose(String s, Gazetteer.Match m, List<Gazetteer.Match> known) {
    List<RefEntry> c = m.entries();
    if (c.size() == 1) {
      return c.get(0);
    }
    EntityType want;
    if (BRAND_MEANT_AFTER.matcher(s.substring(m.end())).lookingAt() || BRAND_MEANT_BEFORE.matcher(s.substring(0, m.start())).find()) {
      want = EntityType.BRAND;
    } else if (PlaceMentions.wantsRegion(s, ruleMatches, m)) {
      want = EntityType.REGION;
    } else {
      want = null;
    }
    if (want == null && c.stream().anyMatch(e -> e.type() == EntityType.COUNTRY)) {
      for (RefEntry e : c) {
        if (e.type() == EntityType.REGION && regionOverCountry(s, m, e, known)) {
          return e;
        }
      }
    }
    for (RefEntry e : c) {
      if (e.type() == want) {
        return e;
      }
    }
    for (EntityType preferred : List.of(EntityType.AUTOMAKER, EntityType.COUNTRY, EntityType.CITY, EntityType.REGION)) {
      for (RefEntry e : c) {
        if (e.type() == preferred) {
          return e;
        }
      }
    }
    return c.get(0);
  }
}
