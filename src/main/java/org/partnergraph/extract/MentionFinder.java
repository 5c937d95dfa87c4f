package org.partnergraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnergraph.extract.Mention.How;
import org.partnergraph.model.EntityType;
import org.partnergraph.model.Ids;
import org.partnergraph.reference.Gazetteer;
import org.partnergraph.reference.RefEntry;
import org.partnergraph.resolve.ArticleEntities;

/**
 * Finds the mentions of one sentence: known names from the gazetteer, unknown governors,
 * automakers, forums and plants from the patterns news uses for them, and short coreferences
 * ("the governor", "he", "the company", a governor's surname) resolved to what the article last
 * named. Stateful across the sentences of one article.
 */
final class MentionFinder {
  /** Capitalised words that follow a name in news copy without being part of it. */
  private static final String CALENDAR =
      "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\\b";
  /**
   * A person's name: two to five capitalised words ("Libia Dennise García Muñoz Ledo"), with particles
   * ("Marina del Pilar Ávila"), a middle initial, or initials first ("M.K. Stalin", "N. Chandrababu Naidu").
   */
  static final String NAME =
      "((?!St\\.|Mt\\.|Mr\\.|Mrs\\.|Ms\\.|Dr\\.)(?:\\p{Lu}\\p{Ll}?\\.\\s?){1,3}\\p{Lu}[\\p{L}'-]+(?:\\s+(?!" + CALENDAR + ")\\p{Lu}[\\p{L}'-]+){0,2}|\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}\\.)?(?:\\s+(?:(?:de|del|de la|da|dos|van|von|der|bin|binti)\\s+)?(?!" + CALENDAR + ")\\p{Lu}[\\p{L}'-]+){1,4})";
  /** Titles of the head of a first-level region, across countries. */
  static final String HEAD_TITLE =
      "governor|gov\\.|head|leader|rais|chief minister|minister-president|ministerpräsident|landeshauptmann|premier|menteri besar|hokim|akim|wali|acting governor|regional president|president|regional chairman|chairman|chairwoman|chairperson|governor-elect";
  /** Titles that only the head of a region holds (a country has presidents and chairmen too). */
  private static final String REGION_HEAD = "governor|gov\\.|chief minister|minister-president|ministerpräsident|landeshauptmann|premier|rais|hokim|akim|wali|menteri besar";
  private static final String HEAD_TITLE_CAPITALISED =
      "Governor|Gov\\.|Head|Rais|Chief Minister|Minister-President|Ministerpräsident|Landeshauptmann|Premier|Menteri Besar|Hokim|Akim|Wali|Acting Governor|Regional President|President|Chairman|Regional Chairman";

  private static final Pattern TITLE_OF =
      Pattern.compile("(?i)\\b(" + HEAD_TITLE + "|chief executive)\\s*(?:\\([^)]{1,20}\\)\\s*)?of\\s+(the\\s+)?"
          + "(?:(?:regional\\s+|provincial\\s+|state\\s+)?(?:government|junta|xunta|generalitat|administration)\\s+(?:of|de)\\s+(?:the\\s+)?)?$");
  private static final Pattern NAME_AFTER =
      Pattern.compile("^(?:\\s+(?:region|province|oblast|krai|state|county|prefecture|governorate))?(?:'s)?\\s*(?:\\([^)]{1,20}\\)\\s*)?,?\\s*" + NAME);
  private static final Pattern TITLE_NAME_AFTER = Pattern.compile("^(?:'s)?\\s+(?:" + HEAD_TITLE_CAPITALISED + "|governor|head)\\s+" + NAME);
  private static final Pattern TITLE_NAME_OF = Pattern.compile("\\b(?:" + HEAD_TITLE_CAPITALISED + ")\\s+" + NAME + "\\s+of\\s+(?:the\\s+)?$");
  private static final Pattern NAME_COMMA_TITLE_OF =
      Pattern.compile(NAME + ",\\s+(?:the\\s+)?(?i:" + HEAD_TITLE + ")\\s+of\\s+(?:the\\s+)?$");
  private static final Pattern NOT_A_GOVERNOR =
      Pattern.compile("(?i)\\b(vice|deputy|lieutenant|lt\\.|former|ex|then|first deputy|previous|late)[- ]+(" + HEAD_TITLE + ")\\b[^,]{0,40}$");

  /** "Governor Igor Artamonov", "Gov. Brian Kemp": a title only a region's head holds, capitalised before a name. */
  private static final Pattern TITLED_NAME =
      Pattern.compile("\\b(?:Governor|Gov\\.|Chief Minister|Minister-President|Ministerpräsident|Landeshauptmann|Hokim|Akim|Wali|(?<=\\b[Tt]he )governor)\\s+" + NAME);
  /** Words before such a title that make it someone else's: a deputy, a central bank's governor. */
  private static final Pattern OTHER_OFFICE_BEFORE =
      Pattern.compile("(?i)\\b(vice|deputy|lieutenant|lt\\.|bank|reserve|former|then|ex|previous|late|acting)[- ]*(?:\\S+\\s+){0,3}$");
  /** "the then akim Arkhimed Mukhambetov", "former governor Ivan Petrov": a head who was, and no longer is. */
  private static final Pattern FORMER_HEAD =
      Pattern.compile("(?i:\\b(?:former|then|ex-|previous)\\s*(?:" + REGION_HEAD + ")\\s+)" + NAME);

  private static final Pattern COMPANY =
      Pattern.compile(
          "\\b((?:\\p{Lu}[\\p{L}&'-]*\\s+){1,3})(Automobile Group|Automotive Group|Auto Group|Motor Group|Motor Co\\.(?:,? Ltd\\.)?"
              + "|Motor Company|Motor Corporation|Motors|Automobile Co\\.|Automobile Company|Automobile Works|Automotive)\\b");
  /** "Tanger Automotive City", "Kocaeli Automotive Park": a place named after an industry, not a company. */
  private static final Pattern NOT_A_COMPANY_AFTER = Pattern.compile("^\\s+(?:City|Zone|Free Zone|Park|Cluster|Valley|Hub|Corridor|Belt|Industrial|Special|Economic)\\b");
  private static final Pattern FORUM =
      Pattern.compile(
          "\\b((?:\\p{Lu}[\\p{L}'-]*\\s+){1,6})((?:business|economic|investment|industrial|international|automotive|trade)\\s+){0,2}(?:[Ff]orum|[Mm]otor [Ss]how|[Aa]uto [Ss]how|[Mm]otor [Ff]air|Expo|Summit)\\b");
  /** "Toyota Motor Manufacturing Kentucky", "Honda Manufacturing of Alabama", "Subaru of Indiana Automotive": a plant named after its state. */
  private static final Pattern MANUFACTURING_NAME =
      Pattern.compile("^\\s+(?:Motor\\s+)?(?:Manufacturing(?:\\s+of)?\\s+(\\p{Lu}[\\p{L}.]+(?:\\s+\\p{Lu}[\\p{L}.]+)?)|of\\s+(\\p{Lu}[\\p{L}.]+(?:\\s+\\p{Lu}[\\p{L}.]+)?)\\s+Automotive)\\b");
  private static final Pattern PLANT_AFTER =
      Pattern.compile("^(?:'s|')?(?:\\s+\\p{Lu}[\\p{L}-]+){0,3}(?:'s|')?\\s+(?:(?:car|auto|automobile|automotive|assembly|vehicle|production|manufacturing|passenger car|EV|pickup|truck|bus|SUV|van|engine|battery|hybrid|electric|electric-vehicle|new|main|flagship|largest|biggest|older|newer|existing)\\s+){0,3}(plant|factory|works|facility|complex|[Gg]igafactory|[Mm]egafactory|[Mm]etaplant)\\b");

  /** "Renault do Brasil", "Volkswagen de México": a maker's local company named after its country. */
  private static final Pattern LOCAL_ARM_TAIL = Pattern.compile("^\\s+(?:do|de|da)\\s+\\p{Lu}[\\p{L}]+");

  /** "… plant in X", "its new car factory near X": a plant named by its place. */
  private static final Pattern PLANT_BEFORE_PLACE =
      Pattern.compile("(?i)\\b(?:(?:car|auto|automobile|assembly|vehicle|production|manufacturing|passenger[- ]car|ev|electric[- ]vehicle|new|main|existing|second|first)\\s+){0,3}"
          + "(plant|factory|works|assembly line|production site|manufacturing site|manufacturing facility|production facility)"
          + "\\s+(?:for\\s+(?:[\\w-]+\\s+){1,4}?)?(?:(?:located|based)\\s+)?(?:in|at|near|outside)\\s+(?:the\\s+)?(?:city\\s+of\\s+)?$");
  private static final Pattern FORMER_BEFORE = Pattern.compile("(?i)\\b(?:former|ex-|old)\\s*$");
  private static final Pattern INDEFINITE_BEFORE = Pattern.compile("(?i)\\b(a|an|another)\\s+(?:[\\w-]+\\s+){0,2}$");
  private static final Pattern DENIED = Pattern.compile("(?i)\\b(denied|denies|rejected|dismissed|ruled out|refuted)\\b");
  private static final Pattern OPERATOR_GONE =
      Pattern.compile("(?i)\\b(former(ly)?|used to|until \\d{4}|sold|left|exited|withdrew|pulled out|abandoned|handed over|took over|bought|acquired)\\b");
  private static final Pattern NOT_AN_OPERATOR =
      Pattern.compile("(?i)\\b(batter(y|ies)|cells?|tyres?|tires?|steel|components?|parts)\\s+(?:\\w+\\s+){0,2}$");

  /** "a new car plant of South Korea's Kia", "the car plant of the company Sollers", "the plant of JSC "UzAuto Motors"". */
  private static final Pattern PLANT_OF = Pattern.compile(
      "(?i)\\b(?:(?-i:\\p{Lu}[\\p{L}-]*)\\s+){0,3}(?:(?:car|auto|automobile|assembly|vehicle|production|manufacturing|new|full-cycle|main)\\s+){0,3}"
          + "(?:plant|factory|works|facility|(?:industrial|production|automotive|manufacturing)\\s+complex|(?-i:(?:[a-z-]+\\s+){1,3})line)\\s+of\\s+"
          + "(?:the\\s+(?:company\\s+|group\\s+|automaker\\s+|carmaker\\s+)?)?(?:\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*)?'s\\s+)?(?:(?:JSC|LLC|OJSC|PJSC|CJSC)\\s+)?[\"«]?$");
  /** "its Tychy plant", "Stellantis' Kragujevac factory": a town (no inner capitals, unlike a plant's own name) before the plant word. */
  private static final Pattern UNKNOWN_TOWN_PLANT = Pattern.compile(
      "(?:\\b(?:its|their)|'s?)\\s+(?:(?:idled|idle|new|main|existing|largest|biggest|flagship)\\s+)?(\\p{Lu}[\\p{Ll}'-]+(?:[ -]\\p{Lu}[\\p{Ll}'-]+)?)\\s+(?:(?:car|auto|assembly|vehicle|production|manufacturing|EV)\\s+)?(?:plant|factory|works)\\b");
  /** "… plant in X" after a town-named plant: X must be the town's region or country, else the plant's town is X. */
  private static final Pattern PLACED_AFTER = Pattern.compile("^\\s+(?:in|at|near)\\s+(?:the\\s+)?(?=\\p{Lu})");

  /** "GEORGETOWN, Ky., Feb. 6 —", "POTSDAM, March 14 —", "MANISA -": the town a wire story is filed from. */
  private static final Pattern DATELINE = Pattern.compile(
      "^(\\p{Lu}[\\p{Lu}'.-]{3,}(?:[ -]\\p{Lu}[\\p{Lu}'.-]+){0,2})(?=,\\s|\\s+[-—–(])");
  /** The AP's abbreviations of US states, as datelines write them ("CHATTANOOGA, Tenn."); only read right after a dateline town. */
  private static final Map<String, String> AP_STATES = Map.ofEntries(
      Map.entry("Ala.", "AL"), Map.entry("Ariz.", "AZ"), Map.entry("Ark.", "AR"), Map.entry("Calif.", "CA"), Map.entry("Colo.", "CO"),
      Map.entry("Conn.", "CT"), Map.entry("Del.", "DE"), Map.entry("Fla.", "FL"), Map.entry("Ga.", "GA"), Map.entry("Ill.", "IL"),
      Map.entry("Ind.", "IN"), Map.entry("Kan.", "KS"), Map.entry("Ky.", "KY"), Map.entry("La.", "LA"), Map.entry("Md.", "MD"),
      Map.entry("Mass.", "MA"), Map.entry("Mich.", "MI"), Map.entry("Minn.", "MN"), Map.entry("Miss.", "MS"), Map.entry("Mo.", "MO"),
      Map.entry("Mont.", "MT"), Map.entry("Neb.", "NE"), Map.entry("Nev.", "NV"), Map.entry("N.H.", "NH"), Map.entry("N.J.", "NJ"),
      Map.entry("N.M.", "NM"), Map.entry("N.Y.", "NY"), Map.entry("N.C.", "NC"), Map.entry("N.D.", "ND"), Map.entry("Okla.", "OK"),
      Map.entry("Ore.", "OR"), Map.entry("Pa.", "PA"), Map.entry("R.I.", "RI"), Map.entry("S.C.", "SC"), Map.entry("S.D.", "SD"),
      Map.entry("Tenn.", "TN"), Map.entry("Texas", "TX"), Map.entry("Vt.", "VT"), Map.entry("Va.", "VA"), Map.entry("Wash.", "WA"),
      Map.entry("W.Va.", "WV"), Map.entry("Wis.", "WI"), Map.entry("Wyo.", "WY"));
  private static final Pattern AP_STATE_AFTER = Pattern.compile("^,\\s+((?:[A-Z]\\.){2}|[A-Z][a-z]{1,4}\\.|W\\.Va\\.)");

  /** Datelines open a story: only its first few sentences are looked at. */
  private static final int DATELINE_SENTENCES = 3;

  /** One to three capitalised words: a place the reference data does not know. */
  private static final String PLACE_NAME = "(\\p{Lu}[\\p{L}'-]+(?:[ -](?:(?:nad|pod|na|de|del|da|do|dos|das|el|la|las|los|di|du|des|le|am|an der|sur|upon)[ -])?\\p{Lu}[\\p{L}'-]+){0,2})";
  private static final Pattern PLACE_RIGHT_AFTER = Pattern.compile("^\\s+(?:(?:located|based)\\s+)?(?:in|near|at|outside)\\s+(?:the\\s+)?");
  private static final Pattern PLACE_AT_START = Pattern.compile("^" + PLACE_NAME + "\\b");
  /** "plant in Kecskemét", "factory near Uzlovaya". */
  private static final Pattern UNKNOWN_PLANT_PLACE = Pattern.compile(
      "(?i:\\b(?:plant|factory|works|assembly line|production site|manufacturing site)\\s+(?:in|at|near|outside)\\s+(?:the\\s+(?:city|town)\\s+of\\s+)?)" + PLACE_NAME + "\\b");
  /** "in Szeged, in southern Hungary", "in Ellabell, Georgia": a town placed by what follows. */
  private static final Pattern PLACE_APPOSITION = Pattern.compile(
      "\\b(?:in|near|at|outside)\\s+" + PLACE_NAME + ",\\s+(?:in\\s+|about\\s+[^,]{0,40}?\\s+of\\s+)?(?:the\\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-west|north-east|south-west|south-east|northwestern|northeastern|southwestern|southeastern)\\S*\\s+)?$");
  /** Words that start a capitalised phrase but name no town. */
  private static final java.util.Set<String> NOT_PLACES = java.util.Set.of(
      "The", "A", "An", "This", "That", "Its", "Their", "His", "Her", "January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
      "Europe", "Asia", "Africa", "America", "Americas", "Latin", "Middle", "Oceania", "Scandinavia", "Balkans", "Caucasus");

  /** A plant with a proper name: "Gigafactory Shanghai", "Hyundai Motor Group Metaplant America", "Plant Lydia". */
  private static final Pattern NAMED_PLANT = Pattern.compile(
      "\\b((?:\\p{Lu}[\\p{L}&'-]*\\s+(?:and\\s+(?=\\p{Lu}))?){0,4}(?:Gigafactory|Metaplant|Megafactory|Plant|Factory|Works|Facility|Gigapress|Battery Park)(?:\\s+(?!In\\b|At\\b|Of\\b)\\p{Lu}[\\p{L}'-]*){0,2})\\b");

  private static final String REGION_SUFFIX = "Region|Province|Oblast|State|Krai|County|Prefecture|Voivodeship|Governorate|Territory|region|province|oblast|state|krai|county|prefecture|voivodeship|governorate|territory";
  /** "the governor of the Andijan region, …": a region the reference data does not know, named by its head's title. */
  private static final Pattern UNKNOWN_REGION_OF = Pattern.compile(
      "(?i:\\b(?:" + REGION_HEAD + "|head|president|chairman)\\s+of\\s+(?:the\\s+)?)" + PLACE_NAME + "\\s+(" + REGION_SUFFIX + ")\\b");
  /** "Bursa Governor Erol Ayyıldız", "Andijan region hokim Sh. Abdurakhmanov". */
  private static final Pattern UNKNOWN_REGION_TITLE = Pattern.compile(
      PLACE_NAME + "(?:\\s+(" + REGION_SUFFIX + "))?(?:'s)?\\s+(?:Governor|Gov\\.|Chief Minister|Minister-President|Ministerpräsident|Landeshauptmann|Premier|Hokim|Akim|Menteri Besar|governor|hokim|akim)\\s+(?=\\p{Lu})");
  private static final java.util.Set<String> NOT_REGION_WORDS = java.util.Set.of(
      "Former", "Then", "Deputy", "Vice", "Lieutenant", "Lt", "Acting", "Regional", "Provincial", "State", "The", "A", "Its", "His", "Her",
      "First", "Late", "Previous", "New", "Incoming", "Outgoing", "Current", "Local", "District", "City", "Mayor", "Minister", "President");

  private static final Pattern GOVERNOR_COREF = Pattern.compile(
      "\\b(?:the|The)\\s+(?:governor|Governor|wali|Wali|Rais|regional head|head of the region|hokim|akim|chief minister|Chief Minister|premier|minister-president|landeshauptmann)"
          + "(?:\\s+of\\s+the\\s+(?:region|state|province|oblast))?\\b(?!\\s+of)");
  private static final Pattern PRONOUN = Pattern.compile("\\b(He|he|She|she)\\b");
  /** "the region", "the State", "the wilaya", "the regional government": the region the article is about; not "the state investment fund". */
  private static final Pattern REGION_COREF = Pattern.compile(
      "\\b(?:the|The)\\s+(?:(?:regional|provincial|state)\\s+(?:government|administration)|region|oblast|province|state|State|wilaya|krai)(?:'s)?\\b"
          + "(?!\\s+of|-|\\s+(?:investment|fund|company|enterprise|bank|agency|media|news|oil|railway|broadcaster|secretary|department)\\b)");
  private static final Pattern SAME_REGION = Pattern.compile("\\b(?:the|The)\\s+same\\s+(?:region|oblast|province|state)\\b");
  private static final Pattern PLANT_COREF =
      Pattern.compile("\\b(?:the|The)\\s+(?:(?:battery|assembly|car|engine|new|main)\\s+)?(?:plant|factory|facility|works|enterprise)(?:'s)?\\b(?!\\s+(?:of|in|at|near)\\b)");
  /** "The South Korean carmaker's plant", "the company's factory": the plant last named, not its owner. */
  private static final Pattern OWNED_PLANT_COREF = Pattern.compile(
      "\\b(?:the|The)\\s+(?:\\p{Lu}[\\p{L}-]+\\s+){0,2}(?:company|group|automaker|carmaker|manufacturer)'s\\s+(?:(?:battery|assembly|car|engine|new|main)\\s+)?"
          + "(?:plant|factory|facility)\\b(?!\\s+(?:of|in|at|near)\\b)");
  private static final Pattern AUTOMAKER_COREF =
      Pattern.compile(
          "\\b(?:the|The)\\s+(?:(?:\\p{Lu}[\\p{L}]+-based|\\p{Lu}[\\p{L}]+(?:an|ese|ish|ian|i|ch)|[a-z]+-owned|state-owned|electric-vehicle|EV|US|U\\.S\\.)\\s+)?"
              + "(?:company|group|automaker|carmaker|auto group|automobile group|manufacturer|firm|auto giant|automobile giant)(?:'s)?\\b(?!\\s+of)");

  private final Gazetteer gazetteer;
  private final ArticleEntities entities;
  private final Map<String, String> surnames = new LinkedHashMap<>();
  /** Companies the reference data does not know, found by a pattern earlier in the article: name to id. */
  private final Map<String, String> makers = new LinkedHashMap<>();
  private final Map<String, String> governedRegion = new LinkedHashMap<>();
  private final List<Found> governorsFound = new ArrayList<>();
  private final Map<EntityType, String> last = new LinkedHashMap<>();
  private String lastFocus;
  private int sentencesRead;
  private final java.util.Set<String> regionsSeen = new java.util.LinkedHashSet<>();
  /** The plants each operator runs, in the order the article named them. */
  private final Map<String, List<String>> plantsOf = new LinkedHashMap<>();
  /** Every entity some mention in the article still stands for. */
  private final java.util.Set<String> mentioned = new java.util.LinkedHashSet<>();

  /** Whether any mention in the article stands for this entity (a name taken back, as "Ford" for Premier Doug Ford, has none). */
  boolean mentioned(String id) {
    return mentioned.contains(id);
  }

  /** Towns the reference data does not know that the article has placed, by name. */
  private final Map<String, String> towns = new LinkedHashMap<>();
  /** Where each plant is, as the article first placed it. */
  private final Map<String, String> placeOf = new LinkedHashMap<>();

  /** A governor found by a title pattern, to be recorded as GOVERNS. */
  record Found(String governor, String region) {}

  /** A plant found by pattern, to be recorded as OPERATES and LOCATED_IN. */
  record PlantFound(String plant, String operator, String place) {}

  private final List<PlantFound> plantsFound = new ArrayList<>();
  /** Regions the reference data does not know, by the name the article gave them. */
  private final Map<String, String> unknownRegionNames = new LinkedHashMap<>();
  /** Brands the reference data does not know, by name. */
  private final Map<String, String> brandNames = new LinkedHashMap<>();
  /** Forums whose name holds their city ("the Munich motor show"), as (forum, -, city). */
  private final List<PlantFound> forumPlaces = new ArrayList<>();

  List<PlantFound> forumPlaces() {
    return List.copyOf(forumPlaces);
  }

  private static Optional<String> forumAt(List<Mention> out, int at) {
    return out.stream().filter(x -> x.type() == EntityType.FORUM && x.start() <= at && at < x.end()).map(Mention::id).findFirst();
  }

  MentionFinder(Gazetteer gazetteer, ArticleEntities entities) {
    this.gazetteer = gazetteer;
    this.entities = entities;
  }

  /** Governors found in the last sentence read (cleared on each call). */
  List<Found> governorsFound() {
    return List.copyOf(governorsFound);
  }

  List<PlantFound> plantsFound() {
    return List.copyOf(plantsFound);
  }

  Optional<String> regionOf(String governor) {
    return Optional.ofNullable(governedRegion.get(governor));
  }

  /** "the state government" after "… in Perak": the region the article's governor heads, not the one named last. */
  private Optional<String> governorsRegion() {
    return Optional.ofNullable(last.get(EntityType.GOVERNOR)).map(governedRegion::get);
  }

  /** The one region the article has named so far, if it has named exactly one. */
  Optional<String> onlyRegion() {
    return regionsSeen.size() == 1 ? Optional.of(regionsSeen.iterator().next()) : Optional.empty();
  }

  /** The one region of this country the article has named so far, if it has named exactly one. */
  Optional<String> onlyRegionIn(String country) {
    List<String> in = regionsSeen.stream().filter(r -> entities.countryCode(r).map(country::equals).orElse(false)).toList();
    return in.size() == 1 ? Optional.of(in.get(0)) : Optional.empty();
  }

  Optional<String> last(EntityType type) {
    return Optional.ofNullable(last.get(type));
  }

  /** The automaker, region or plant the text was last about: the owner of a figure with no subject. */
  Optional<String> focus() {
    return Optional.ofNullable(lastFocus);
  }

  private static final Pattern ARM_SUFFIX = Pattern.compile("^(?:\\s+(?:Motors?|Manufacturing|Automotive|Auto|Ltd\\.?|Inc\\.?|Co\\.))*");

  /**
   * "Toyota South Africa Motors", "Toyota Motor Thailand", "Kia Slovakia": a maker's local company,
   * named by the maker and the country; the maker is meant, and the country is not a place here.
   */
  private void localArms(String s, List<Mention> out) {
    for (Mention maker : List.copyOf(out)) {
      if (maker.type() != EntityType.AUTOMAKER) {
        continue;
      }
      Optional<Mention> country = out.stream()
          .filter(x -> x.type() == EntityType.COUNTRY && x.how() == How.NAME && x.start() > maker.end()
              && s.substring(maker.end(), x.start()).matches("\\s+(?:Motor\\s+)?"))
          .findFirst();
      if (country.isEmpty()) {
        continue;
      }
      Matcher suffix = ARM_SUFFIX.matcher(s.substring(country.get().end()));
      suffix.find();
      int end = country.get().end() + suffix.end();
      if (end == country.get().end() && !s.startsWith("'", end) && !s.substring(end).matches("(?s)^\\s+(?:plant|factory|said|says|has|is|was|will|plans)\\b.*")) {
        continue; // "Toyota Thailand" only as the subject or owner of something, not "Toyota, Thailand's …"
      }
      out.remove(country.get());
      out.remove(maker);
      entities.minted(maker.id(), EntityType.AUTOMAKER, entities.name(maker.id()), s.substring(maker.start(), end), null);
      out.add(new Mention(EntityType.AUTOMAKER, maker.id(), maker.start(), end, How.NAME));
    }
    out.sort(Comparator.comparingInt(Mention::start));
  }

  /**
   * "Hyundai" after "Hyundai Motor India": a bare maker's name in an article about its local arm
   * means the arm the article named.
   */
  private Optional<String> localArm(String surface) {
    String prefix = surface + " ";
    return mentioned.stream()
        .filter(id -> id.startsWith("automaker/") && entities.contains(id) && entities.name(id).startsWith(prefix))
        .findFirst();
  }

  List<Mention> find(String s) {
    governorsFound.clear();
    plantsFound.clear();
    forumPlaces.clear();
    List<Mention> out = new ArrayList<>();
    List<Gazetteer.Match> known = gazetteer.find(s);
    List<int[]> knownForums = known.stream()
        .filter(m -> m.kind() == Gazetteer.Kind.ENTRY && choose(s, m).type() == EntityType.FORUM)
        .map(m -> new int[] {m.start(), m.end()})
        .toList();
    List<int[]> forumSpans = patternForums(s, out, knownForums);
    for (Gazetteer.Match m : known) {
      if (covered(forumSpans, m.start(), m.end())) {
        if (m.kind() == Gazetteer.Kind.ENTRY && choose(s, m).type() == EntityType.CITY) {
          // "the Munich motor show": the city names the place too
          String cityId = entities.known(choose(s, m), m.text());
          out.add(new Mention(EntityType.CITY, cityId, m.start(), m.end(), How.NAME));
          forumAt(out, m.start()).ifPresent(forum -> forumPlaces.add(new PlantFound(forum, null, cityId)));
        }
        continue;
      }
      switch (m.kind()) {
        case DEMONYM -> out.add(new Mention(EntityType.COUNTRY, "country/" + m.country().toLowerCase(Locale.ROOT), m.start(), m.end(), How.DEMONYM));
        case ENTRY -> {
          RefEntry e = choose(s, m);
          if ((e.type() == EntityType.CITY || e.type() == EntityType.REGION) && partOfAnotherName(s, m, known)
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
            unknownPlace(s, out, m.start(), m.end() + " City".length(), null);
            continue;
          }
          if (e.type() == EntityType.CITY && e.parent() != null && wantsRegion(s, m)) {
            // "Nizhny Novgorod Governor Gleb Nikitin": the city's name, the region meant
            e = entities.reference(e.parent()).orElse(e);
          }
          String id = e.type() == EntityType.AUTOMAKER ? localArm(m.text()).orElse(null) : null;
          out.add(new Mention(e.type(), id != null ? id : entities.known(e, m.text()), m.start(), m.end(), How.NAME));
        }
        case IGNORE -> {}
      }
    }
    localArms(s, out);
    if (sentencesRead++ < DATELINE_SENTENCES) {
      datelineTown(s, out); // "RALEIGH, N.C. — Gov. Josh Stein": the state is known before the title is read
    }
    patternAutomakers(s, out);
    unknownBrands(s, out);
    unknownRegions(s, out);
    governors(s, out);
    out.stream().filter(x -> x.type() == EntityType.REGION).forEach(x -> regionsSeen.add(x.id()));
    titledGovernors(s, out);
    knownGovernors(s, out);
    unknownPlaces(s, out);
    knownTowns(s, out);
    out.sort(Comparator.comparingInt(Mention::start));
    coref(s, out, SAME_REGION, EntityType.REGION); // "its Thai plant in the same province": before plants are placed
    namedPlants(s, out);
    listedPlants(s, out);
    plants(s, out);
    placedPlants(s, out);
    townPlants(s, out);
    plantsIn(s, out);
    builders(s, out);
    corefs(s, out);
    out.sort(Comparator.comparingInt(Mention::start));
    for (Mention m : out) {
      mentioned.add(m.id());
      if (m.how() != How.DEMONYM) {
        last.put(m.type(), m.id());
        if (m.type() == EntityType.AUTOMAKER || m.type() == EntityType.REGION || m.type() == EntityType.PLANT) {
          lastFocus = m.id();
        }
      }
    }
    return out;
  }

  private static final Pattern COMPASS = Pattern.compile(
      "(?i)(north|south|east|west|central|northern|southern|eastern|western|north-?east|north-?west|south-?east|south-?west)(ern)?\\b(?:\\s+(?:region|province|district|state|zone))?$");
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
  /** A model's name after a brand's: a capitalised or numbered word that names no company. */
  private static final Pattern MODEL_AFTER = Pattern.compile(
      "^\\s+(?!(?:Motors?|Group|Auto|Automobile|Automotive|Company|Corporation|Cars|Brand|Holding|Manufacturing|International|Rus)\\b)[\\p{Lu}\\d][\\p{L}\\d.-]*");
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
  private static final Pattern A_CONTINENT = Pattern.compile("\\b(?:North|South|Latin|Central)\\s+America$");
  /** "Saltillo Truck Assembly Plant": a plant named after its town still names the town. */
  private static final Pattern NAMES_A_PLANT = Pattern.compile("^(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}-]*){0,3}\\s+(?:Plant|Factory|Works|Assembly)\\b");
  private static final Pattern CAPITALISED_AFTER = Pattern.compile("^\\s(\\p{Lu}[\\p{L}'-]*)");
  /** Capitalised words a city's name is followed by in news copy without becoming another name. */
  private static final Pattern FOLLOWS_A_CITY = Pattern.compile(
      "(?:Governor|Gov|Mayor|Premier|Chief|Minister|Deputy|Vice|Prefect|Hokim|Akim|Wali|Region|Province|State|City|Metro|Metropolitan"
          + "|Airport|Port|University|Municipality|Council|Assembly|Oblast|District|County|Police|Court|Motor|Auto|International|Expo|Forum|Summit)");

  /**
   * A city's name followed by a capitalised word that is no known name and no title is the start of
   * a longer name: "San Jose Chiapa" is a Mexican town, not San Jose, California.
   */
  private static boolean startsALongerName(String s, Gazetteer.Match m, List<Gazetteer.Match> known) {
    Matcher a = CAPITALISED_AFTER.matcher(s.substring(m.end()));
    if (!a.find() || FOLLOWS_A_CITY.matcher(a.group(1)).matches() || NAMES_A_PLANT.matcher(s.substring(m.end())).find() || s.substring(m.start(), m.end()).equals(s.substring(m.start(), m.end()).toUpperCase(Locale.ROOT))) {
      return false;
    }
    int at = m.end() + a.start(1);
    return known.stream().noneMatch(k -> k.start() <= at && at < k.end());
  }

  private static final Pattern REGION_WORD_AFTER =
      Pattern.compile("(?i)^(?:'s)?\\s+(?:" + REGION_HEAD + "|state|province|oblast|region|county|regional)(?!\\p{L})");
  private static final Pattern REGION_TITLE_BEFORE =
      Pattern.compile("(?i)\\b(?:state of|u\\.s\\. state of|(?:" + REGION_HEAD + ")\\s+of(?:\\s+the)?)\\s+$");
  /** "in Jacareí, in São Paulo", "in Villa de Reyes, in San Luis Potosí": a town placed in a name that is a city and a state. */
  private static final Pattern TOWN_THEN_IN = Pattern.compile(
      "\\b(?:in|at|near)\\s+\\p{Lu}[\\p{L}'-]+(?:\\s+(?:(?:de|del|da|do|dos|das|la|el|los|las)\\s+)?\\p{Lu}[\\p{L}'-]+){0,2},\\s+(?:also\\s+)?in\\s+$");

  /** Whether the words around a name say a region is meant: "X Governor", "X region", "governor of X". */
  private static boolean wantsRegion(String s, Gazetteer.Match m) {
    String before = s.substring(Math.max(0, m.start() - 80), m.start());
    return REGION_WORD_AFTER.matcher(s.substring(m.end())).find()
        || REGION_TITLE_BEFORE.matcher(before).find()
        || TOWN_THEN_IN.matcher(before).find();
  }

    /** Picks among the entries one name can stand for, from the words around it. */
  private static RefEntry choose(String s, Gazetteer.Match m) {
    List<RefEntry> c = m.entries();
    if (c.size() == 1) {
      return c.get(0);
    }
    String after = s.substring(m.end()).toLowerCase(Locale.ROOT);
    String before = s.substring(0, m.start()).toLowerCase(Locale.ROOT);
    EntityType want;
    if (after.matches("^(?:'s)?\\s+(brands?|marque|badge|models?)\\b.*") || before.matches(".*\\b(under|its)\\s+(the\\s+)?$")) {
      want = EntityType.BRAND;
    } else if (wantsRegion(s, m)) {
      want = EntityType.REGION;
    } else {
      want = null;
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

  private List<int[]> patternForums(String s, List<Mention> out, List<int[]> knownForums) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = FORUM.matcher(s);
    while (m.find()) {
      String name = m.group().replaceFirst("^(The|A|An)\\s+", "").strip();
      int start = m.end() - name.length();
      if (name.split("\\s+").length < 2 || knownForums.stream().anyMatch(k -> k[0] < m.end() && start < k[1])) {
        continue;
      }
      String canonical = titleCase(name);
      out.add(new Mention(EntityType.FORUM, entities.minted(EntityType.FORUM, canonical, name, null), start, m.end(), How.PATTERN));
      spans.add(new int[] {start, m.end()});
    }
    return spans;
  }

  /** "the CAOA factory in Anápolis", "DRB-HICOM's automotive plant", "the SaryarkaAvtoProm automobile plant": a company named by its car plant. */
  private static final Pattern MAKER_OF_PLANT = Pattern.compile(
      "\\b(\\p{Lu}{2,}(?:-\\p{Lu}{2,})?|\\p{Lu}\\p{Ll}+\\p{Lu}\\p{L}+)(?:'s|')?\\s+(?:(?:automobile|automotive|car|assembly|vehicle|auto)\\s+)?(?:plant|factory)\\b");

  private void patternAutomakers(String s, List<Mention> out) {
    Matcher p = MAKER_OF_PLANT.matcher(s);
    while (p.find()) {
      int start = p.start(1);
      int end = p.end(1);
      String name = p.group(1);
      if (out.stream().anyMatch(x -> x.overlaps(start, end)) || NOT_PLACES.contains(name) || name.matches("EV|SUV|CKD|SKD|US|UK|EU|USA")) {
        continue;
      }
      // a company known only by its plant is taken to be from the plant's country ("the CAOA factory in Anápolis")
      String country = placeRightAfter(s, out, p.end()).flatMap(place -> entities.countryCode(place.id())).orElse(null);
      String id = entities.minted(EntityType.AUTOMAKER, name, name, country);
      out.add(new Mention(EntityType.AUTOMAKER, id, start, end, How.PATTERN));
      makers.putIfAbsent(name, id);
    }
    Matcher m = COMPANY.matcher(s);
    while (m.find()) {
      String name = m.group().replaceFirst("^(The|A|An)\\s+", "").strip();
      int start = m.end() - name.length();
      if (out.stream().anyMatch(x -> x.overlaps(start, m.end())) || name.split("\\s+").length < 2
          || NOT_A_COMPANY_AFTER.matcher(s.substring(m.end())).find()) {
        continue;
      }
      String id = entities.minted(EntityType.AUTOMAKER, name, name, null);
      out.add(new Mention(EntityType.AUTOMAKER, id, start, m.end(), How.PATTERN));
      makers.putIfAbsent(name, id);
    }
    nameAgain(s, out, makers, EntityType.AUTOMAKER); // "The CAOA group also has a plant in Jacareí"
  }

  /**
   * Regions missing from the reference data, where a head's title names them: minted with their
   * country unknown, so that the governor pattern below still finds the governor.
   */
  private void unknownRegions(String s, List<Mention> out) {
    for (Pattern p : List.of(UNKNOWN_REGION_OF, UNKNOWN_REGION_TITLE)) {
      Matcher m = p.matcher(s);
      while (m.find()) {
        int start = m.start(1);
        int end = m.group(2) != null ? m.end(2) : m.end(1);
        String first = m.group(1).split("[ -]")[0];
        if (NOT_REGION_WORDS.contains(first) || NOT_PLACES.contains(first) || out.stream().anyMatch(x -> x.overlaps(start, end))) {
          continue;
        }
        String suffix = m.group(2) == null ? "" : " " + Character.toUpperCase(m.group(2).charAt(0)) + m.group(2).substring(1);
        String name = m.group(1) + suffix;
        String id = entities.minted(EntityType.REGION, name, s.substring(start, end), null);
        out.add(new Mention(EntityType.REGION, id, start, end, How.PATTERN));
        unknownRegionNames.putIfAbsent(s.substring(start, end), id);
      }
    }
    nameAgain(s, out, unknownRegionNames, EntityType.REGION); // "SANTA ROSA CITY, Laguna — Laguna Governor …"
    out.sort(Comparator.comparingInt(Mention::start));
  }

  /** "the Solaris brand", "the new Russian brand Tenet": a brand the reference data does not know, named as one. */
  private static final Pattern UNKNOWN_BRAND = Pattern.compile(
      "\\b(?:the|its|their)\\s+(\\p{Lu}\\p{L}+(?:-\\p{Lu}\\p{L}+)?)\\s+brand\\b|\\bbrand\\s+(\\p{Lu}\\p{L}+(?:-\\p{Lu}\\p{L}+)?)\\b");

  private void unknownBrands(String s, List<Mention> out) {
    Matcher m = UNKNOWN_BRAND.matcher(s);
    while (m.find()) {
      int g = m.group(1) != null ? 1 : 2;
      int start = m.start(g);
      int end = m.end(g);
      String name = m.group(g);
      if (NOT_PLACES.contains(name) || NOT_REGION_WORDS.contains(name) || out.stream().anyMatch(x -> x.overlaps(start, end))) {
        continue; // "the Chinese brand", "the Lada brand": a nationality or a known name
      }
      String id = entities.minted(EntityType.BRAND, name, name, null);
      out.add(new Mention(EntityType.BRAND, id, start, end, How.PATTERN));
      brandNames.putIfAbsent(name, id);
    }
    nameAgain(s, out, brandNames, EntityType.BRAND); // "Tenet cars" after "the brand Tenet"
  }

  /** "the governor of the X region, Y Z", "X Governor Y Z", "Governor Y Z of X", "Y Z, governor of X". */
  private void governors(String s, List<Mention> out) {
    for (Mention r : List.copyOf(out)) {
      if (r.type() != EntityType.REGION) {
        continue;
      }
      String before = s.substring(0, r.start());
      String after = s.substring(r.end());
      if (NOT_A_GOVERNOR.matcher(before).find()) {
        continue;
      }
      Matcher m;
      if (TITLE_OF.matcher(before).find() && (m = NAME_AFTER.matcher(after)).find()) {
        addGovernor(s, out, r, m.group(1), r.end() + m.start(1));
      } else if ((m = TITLE_NAME_AFTER.matcher(after)).find()) {
        addGovernor(s, out, r, m.group(1), r.end() + m.start(1));
      } else if ((m = TITLE_NAME_OF.matcher(before)).find()) {
        addGovernor(s, out, r, m.group(1), m.start(1));
      } else if ((m = NAME_COMMA_TITLE_OF.matcher(before)).find()) {
        addGovernor(s, out, r, m.group(1), m.start(1));
      }
    }
  }

  /**
   * "the press office of Governor Igor Artamonov": the title says who the person is; the region is
   * the one the article has named, when it has named exactly one.
   */
  private void titledGovernors(String s, List<Mention> out) {
    Matcher m = TITLED_NAME.matcher(s);
    while (m.find()) {
      int start = m.start(1);
      int end = m.end(1);
      if (OTHER_OFFICE_BEFORE.matcher(s.substring(0, m.start())).find() || out.stream().anyMatch(x -> x.overlaps(start, end))
          || NOT_A_PERSON.matcher(m.group(1)).find()) {
        continue;
      }
      String region = regionsSeen.size() == 1 ? regionsSeen.iterator().next() : null;
      String id = entities.minted(EntityType.GOVERNOR, m.group(1), m.group(1), region == null ? null : entities.countryCode(region).orElse(null));
      out.add(new Mention(EntityType.GOVERNOR, id, start, end, How.PATTERN));
      remember(id, m.group(1), region);
    }
    Matcher f = FORMER_HEAD.matcher(s);
    while (f.find()) {
      int start = f.start(1);
      int end = f.end(1);
      if (out.stream().anyMatch(x -> x.overlaps(start, end)) || NOT_A_PERSON.matcher(f.group(1)).find()) {
        continue;
      }
      String id = entities.minted(EntityType.GOVERNOR, f.group(1), f.group(1), null);
      out.add(new Mention(EntityType.GOVERNOR, id, start, end, How.PATTERN));
    }
  }

  private static final Pattern SPEAKS = Pattern.compile("\\s+(?:said|says|told|added|noted|argued|insisted|stressed)\\b");
  private static final Pattern TITLE_BEFORE = Pattern.compile("\\b(?:" + HEAD_TITLE_CAPITALISED + ")\\s+$");

  /** Capitalised words that end or fill a place's or an office's name, never a person's. */
  private static final Pattern NOT_A_PERSON = Pattern.compile(
      "\\b(" + REGION_SUFFIX + "|Self-governing|Autonomous|Republic|Municipality|City|District|Government|Administration|Office|Council|Ministry)\\b");

  private void addGovernor(String s, List<Mention> out, Mention region, String name, int start) {
    int end = start + name.length();
    if (NOT_A_PERSON.matcher(name).find()) {
      return;
    }
    int firstWordEnd = start + name.split("\\s+")[0].length();
    if (out.stream().anyMatch(x -> x.overlaps(start, firstWordEnd))) {
      return; // a known name, not a person
    }
    // "Premier Doug Ford": a surname that is also a carmaker's name is the person's here
    out.removeIf(x -> x.start() >= firstWordEnd && x.end() <= end && x.type() == EntityType.AUTOMAKER);
    if (out.stream().anyMatch(x -> x.overlaps(start, end))) {
      return;
    }
    String id = entities.minted(EntityType.GOVERNOR, name, name, entities.countryCode(region.id()).orElse(null));
    out.add(new Mention(EntityType.GOVERNOR, id, start, end, How.PATTERN));
    remember(id, name, region.id());
  }

  /** A governor found by a pattern: later known by surname and, when the region is known, as its head. */
  private void remember(String governor, String name, String region) {
    String[] parts = name.split("\\s+");
    surnames.put(parts[parts.length - 1], governor);
    if (region != null) {
      governedRegion.put(governor, region);
      governorsFound.add(new Found(governor, region));
    }
  }

  /** Where a remembered name (a surname, a town) stands as a whole word in the sentence, as [start, end]. */
  private static List<int[]> occurrences(String s, String word) {
    List<int[]> at = new ArrayList<>();
    for (int i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + 1)) {
      int end = i + word.length();
      boolean starts = i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)) || !Character.isLetterOrDigit(word.charAt(0));
      boolean ends = end == s.length() || !Character.isLetterOrDigit(s.charAt(end)) || !Character.isLetterOrDigit(word.charAt(word.length() - 1));
      if (starts && ends) {
        at.add(new int[] {i, end});
      }
    }
    return at;
  }

  /** Later mentions of a governor already introduced: full name or surname. */
  private void knownGovernors(String s, List<Mention> out) {
    for (var e : surnames.entrySet()) {
      for (int[] at : occurrences(s, e.getKey())) {
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

  /** "the AvtoVAZ plant", "BYD's Szeged plant", "the Geely factory in Kaluga". */
  private void plants(String s, List<Mention> out) {
    for (Mention a : List.copyOf(out)) {
      if (a.type() != EntityType.AUTOMAKER) {
        continue;
      }
      Matcher named = MANUFACTURING_NAME.matcher(s.substring(a.end()));
      if (named.find() && manufacturingPlant(s, out, a, named)) {
        continue; // else "Hyundai Motor Manufacturing Czech plant": named after a country, found as "<maker> … plant" below
      }
      if (FORMER_BEFORE.matcher(s.substring(0, a.start())).find()) {
        continue; // "the former Nissan factory": not Nissan's now
      }
      String after = s.substring(a.end());
      Mention city = null;
      int end;
      Matcher m = PLANT_AFTER.matcher(after);
      Optional<Mention> cityRightAfter = out.stream()
          .filter(x -> x.type() == EntityType.CITY && x.start() > a.end() && s.substring(a.end(), x.start()).matches("(?:'s|')?\\s+"))
          .findFirst();
      if (cityRightAfter.isPresent() && PLANT_AFTER.matcher(s.substring(cityRightAfter.get().end())).find()) {
        city = cityRightAfter.get();
        Matcher p = PLANT_AFTER.matcher(s.substring(city.end()));
        p.find();
        end = city.end() + p.end();
        Mention site = nearestPlace(s, out, end, end);
        if (site != null && site.type() == EntityType.CITY && site.start() > end && site.start() - end < 12) {
          city = site; // "Renault's Tangier plant at Melloussa": the town it is named after is not its site
        }
      } else if (m.find()) {
        end = a.end() + m.end();
        city = nearestPlace(s, out, a.start(), end);
      } else if ((m = PLANT_OF.matcher(s.substring(0, a.start()))).find()
          && out.stream().noneMatch(x -> x.type() == EntityType.PLANT && x.overlaps(a.start(), a.end()))
          && !OPERATOR_GONE.matcher(s.substring(0, a.start())).find()) {
        int plantStart = m.start();
        Matcher arm = LOCAL_ARM_TAIL.matcher(s.substring(a.end()));
        int armEnd = arm.find() ? a.end() + arm.end() : a.end(); // "the complex of Renault do Brasil in São José dos Pinhais"
        city = placeRightAfter(s, out, armEnd).orElseGet(() -> nearestPlace(s, out, plantStart, armEnd));
        record(s, out, a, city, plantStart, a.end());
        continue;
      } else {
        continue;
      }
      record(s, out, a, city, a.start(), end);
    }
  }

  private boolean manufacturingPlant(String s, List<Mention> out, Mention operator, Matcher named) {
    int start = operator.start();
    int end = operator.end() + named.end();
    int placeStart = operator.end() + (named.group(1) != null ? named.start(1) : named.start(2));
    int placeEnd = operator.end() + (named.group(1) != null ? named.end(1) : named.end(2));
    Optional<Mention> place = out.stream()
        .filter(x -> (x.type() == EntityType.REGION || x.type() == EntityType.CITY) && x.start() >= placeStart && x.end() <= placeEnd)
        .findFirst()
        .or(() -> placeNamed(s.substring(placeStart, placeEnd), placeStart));
    if (place.isEmpty()) {
      return false;
    }
    String name = s.substring(start, end);
    out.removeIf(x -> x != operator && x.start() >= start && x.end() <= end);
    String id = entities.minted(EntityType.PLANT, name, name, entities.countryCode(place.get().id()).orElse(null));
    out.add(new Mention(EntityType.PLANT, id, start, end, How.PATTERN));
    plantFound(new PlantFound(id, operator.id(), place.get().id()));
    return true;
  }

  /** A region or city the reference data knows by exactly this text (a name inside another name is not found as a mention). */
  private Optional<Mention> placeNamed(String text, int at) {
    return gazetteer.find(text).stream()
        .filter(m -> m.kind() == Gazetteer.Kind.ENTRY && m.start() == 0 && m.end() == text.length())
        .flatMap(m -> m.entries().stream())
        .filter(e -> e.type() == EntityType.REGION || e.type() == EntityType.CITY)
        .findFirst()
        .map(e -> new Mention(e.type(), entities.known(e, text), at, at + text.length(), How.NAME));
  }

  private void record(String s, List<Mention> out, Mention operator, Mention place, int start, int end) {
    if (out.stream().anyMatch(x -> x.type() == EntityType.PLANT && x.overlaps(start, end))) {
      return; // already found by its own name ("Hyundai Motor Group Metaplant America")
    }
    String operatorName = entities.name(operator.id());
    String placeName = place == null ? null : entities.name(place.id());
    String key = placeName == null ? operatorName : operatorName + " " + placeName;
    String name = placeName == null ? operatorName + " plant" : operatorName + " plant in " + placeName;
    List<String> known = plantsOf.getOrDefault(operator.id(), List.of());
    String qualifier = place == null && start == operator.start() && end > operator.end() ? qualifier(s.substring(operator.end(), end)) : "";
    if (!qualifier.isEmpty() && known.size() == 1 && !mentionsWord(entities.names(known.get(0)), qualifier)) {
      // "the Toyota Gateway plant" after "its Ban Pho plant": a plant of its own name
      String own = operatorName + " " + qualifier + " plant";
      String id = entities.minted(EntityType.PLANT, own, s.substring(start, end), entities.countryCode(operator.id()).orElse(null));
      out.add(new Mention(EntityType.PLANT, id, start, end, How.PATTERN));
      plantFound(new PlantFound(id, operator.id(), null));
      return;
    }
    if (place == null && known.size() == 1) {
      // "the Togg facility" after "Togg's Gemlik facility": the plant the article already named
      out.add(new Mention(EntityType.PLANT, known.get(0), start, end, How.COREF));
      return;
    }
    Optional<String> same = place == null ? Optional.empty() : plantAt(operator.id(), place.id());
    if (same.isPresent()) {
      // "Nissan's plant in Canton" after "Nissan's Canton Vehicle Assembly Plant": one plant
      entities.minted(same.get(), EntityType.PLANT, name, s.substring(start, end), null);
      out.add(new Mention(EntityType.PLANT, same.get(), start, end, How.NAME));
      return;
    }
    String id = entities.minted(Ids.of(EntityType.PLANT, key), EntityType.PLANT, name, s.substring(start, end),
        place == null ? null : entities.countryCode(place.id()).orElse(null));
    out.add(new Mention(EntityType.PLANT, id, start, end, How.PATTERN));
    plantFound(new PlantFound(id, operator.id(), place == null ? null : place.id()));
  }

  private static final Pattern QUALIFIER = Pattern.compile("^(?:'s|')?((?:\\s+\\p{Lu}[\\p{L}-]+){1,3})\\s");

  /** The capitalised words between an automaker and its plant word ("Gateway" in "Toyota Gateway plant"), or "". */
  private static String qualifier(String between) {
    Matcher m = QUALIFIER.matcher(between);
    return m.find() ? m.group(1).strip() : "";
  }

  private static boolean mentionsWord(java.util.Collection<String> names, String words) {
    return names.stream().anyMatch(n -> Arrays.stream(words.split("\\s+")).anyMatch(w -> n.contains(w)));
  }

  /**
   * The plant of this operator the article has already placed here, if any: at the same place, or
   * (when the operator has only that plant) in the region this town lies in, as far as is known.
   */
  private Optional<String> plantAt(String operator, String place) {
    List<String> known = plantsOf.getOrDefault(operator, List.of());
    Optional<String> same = placeOf.entrySet().stream()
        .filter(e -> place.equals(e.getValue()) && known.contains(e.getKey()))
        .map(Map.Entry::getKey)
        .findFirst();
    if (same.isPresent() || known.size() != 1 || entities.type(place) != EntityType.CITY) {
      return same;
    }
    String only = known.get(0);
    String there = placeOf.get(only);
    Optional<String> townRegion = entities.reference(place).map(RefEntry::parent);
    boolean inside = there != null && entities.type(there) == EntityType.REGION
        && townRegion.map(there::equals).orElse(entities.countryCode(place).map(c -> entities.countryCode(there).map(c::equals).orElse(false)).orElse(true));
    return inside ? Optional.of(only) : Optional.empty();
  }

  /** Records a mention of a plant the article already placed (see {@link #plantAt}); false when there is none. */
  private boolean samePlant(List<Mention> out, String operator, String place, String surface, int start, int end) {
    Optional<String> same = plantAt(operator, place);
    same.ifPresent(id -> {
      entities.minted(id, EntityType.PLANT, entities.name(id), surface, null);
      out.add(new Mention(EntityType.PLANT, id, start, end, How.NAME));
      plantFound(new PlantFound(id, operator, place)); // this sentence is evidence too: "opened the Nitra factory in 2018"
    });
    return same.isPresent();
  }

  private void plantFound(PlantFound p) {
    plantsFound.add(p);
    if (p.place() != null) {
      placeOf.putIfAbsent(p.plant(), p.place());
    }
    List<String> known = plantsOf.computeIfAbsent(p.operator(), k -> new ArrayList<>());
    if (!known.contains(p.plant())) {
      known.add(p.plant());
    }
  }

  /**
   * "BYD's new car plant in Szeged", "Mercedes-Benz has run a car plant in Kecskemét", "its plant
   * in Debrecen": the operator is the automaker named last before the plant (or the one "its"
   * refers to); a battery or parts plant, or one the automaker left, gets no operator here.
   */
  private void placedPlants(String s, List<Mention> out) {
    for (Mention place : List.copyOf(out)) {
      if (place.type() != EntityType.CITY && place.type() != EntityType.REGION) {
        continue;
      }
      Matcher m = PLANT_BEFORE_PLACE.matcher(s.substring(0, place.start()));
      if (!m.find()) {
        continue;
      }
      int plantStart = m.start();
      if (out.stream().anyMatch(x -> x.type() == EntityType.PLANT && x.start() <= plantStart && x.end() >= m.start(1))) {
        continue; // already found as "<automaker> plant"
      }
      if (place.type() == EntityType.REGION && out.stream()
          .anyMatch(x -> x.type() == EntityType.CITY && x.end() <= m.start(1) && s.substring(x.end(), m.start(1)).isBlank())) {
        continue; // "its Ban Pho plant in Chachoengsao": the town names the plant, the region places the town
      }
      String before = s.substring(0, plantStart);
      if (NOT_AN_OPERATOR.matcher(before).find() || DENIED.matcher(before).find() && INDEFINITE_BEFORE.matcher(before).find()) {
        continue; // a battery plant, or "denied … looking for land for a second plant"
      }
      Optional<Mention> named = automakerBefore(s, out, plantStart);
      String operator = named.map(Mention::id)
          .orElse(before.matches("(?is).*\\b(its|their)\\s+$") || SUBJECT_COREF.matcher(before).find() ? last.get(EntityType.AUTOMAKER) : null);
      if (operator == null || OPERATOR_GONE.matcher(s.substring(named.map(Mention::end).orElse(0), plantStart)).find()) {
        continue;
      }
      String operatorName = entities.name(operator);
      String placeName = entities.name(place.id());
      if (samePlant(out, operator, place.id(), s.substring(m.start(1), place.end()), m.start(1), m.end(1))) {
        continue;
      }
      String id = entities.minted(Ids.of(EntityType.PLANT, operatorName + " " + placeName), EntityType.PLANT,
          operatorName + " plant in " + placeName, s.substring(m.start(1), place.end()), entities.countryCode(place.id()).orElse(null));
      out.add(new Mention(EntityType.PLANT, id, m.start(1), m.end(1), How.PATTERN));
      plantFound(new PlantFound(id, operator, place.id()));
    }
  }

  private static final Pattern PLANTS_OF = Pattern.compile("(?i)\\b(?:plants|factories)\\s+(?:of|by)\\s+(?:the\\s+)?");
  private static final Pattern LIST_PLACE = Pattern.compile("^\\s+(?:in|at|near)\\s+(?:the\\s+)?(?=\\p{Lu})");
  private static final Pattern LIST_NEXT = Pattern.compile("^(?:,\\s*(?:and\\s+)?|\\s+and\\s+)");

  /** "plants of Volkswagen in Bratislava, Stellantis in Trnava and Kia near Žilina": one plant per pair. */
  private void listedPlants(String s, List<Mention> out) {
    Matcher m = PLANTS_OF.matcher(s);
    while (m.find()) {
      int at = m.end();
      while (true) {
        int from = at;
        Optional<Mention> maker = out.stream().filter(x -> x.type() == EntityType.AUTOMAKER && x.start() == from).findFirst();
        if (maker.isEmpty()) {
          break;
        }
        Matcher in = LIST_PLACE.matcher(s.substring(maker.get().end()));
        if (!in.find()) {
          Matcher skip = LIST_NEXT.matcher(s.substring(maker.get().end())); // "plants of Volkswagen, BMW in Leipzig …"
          if (!skip.find()) {
            break;
          }
          at = maker.get().end() + skip.end();
          continue;
        }
        int placeAt = maker.get().end() + in.end();
        Optional<Mention> place = out.stream()
            .filter(x -> x.start() == placeAt && (x.type() == EntityType.CITY || x.type() == EntityType.REGION)).findFirst();
        if (place.isEmpty()) {
          Matcher name = PLACE_AT_START.matcher(s.substring(placeAt));
          if (!name.find()) {
            break;
          }
          unknownPlace(s, out, placeAt, placeAt + name.end(1), null);
          place = out.stream().filter(x -> x.start() == placeAt && x.type() == EntityType.CITY).findFirst();
          if (place.isEmpty()) {
            break;
          }
        }
        boolean near = in.group().strip().startsWith("near"); // "Kia near Žilina": close to the town, not in it
        record(s, out, maker.get(), near ? null : place.get(), maker.get().start(), place.get().end());
        Matcher next = LIST_NEXT.matcher(s.substring(place.get().end()));
        if (!next.find()) {
          break;
        }
        at = place.get().end() + next.end();
      }
    }
  }

  /** Plants of a named owner ("Toyota's plants in", "its two plants in", "also has plants in"), not factories in general. */
  private static final Pattern PLANTS_IN = Pattern.compile(
      "(?:(?:'s|\\b(?:its|their))\\s+(?:\\w+\\s+)?|\\b(?:has|have|operates|runs|owns)\\s+(?:\\w+\\s+)?)(?:plants|factories)(?=\\s+(?:in|at|of)\\s)");
  private static final Pattern PLANTS_OF_TOWN = Pattern.compile("^\\s+of\\s+(?=\\p{Lu})");
  private static final Pattern NEXT_PLACE_IN =
      Pattern.compile("^(?:,?\\s+(?:near|outside|close to)\\s+\\p{Lu}[^,]*?)?(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:(?:in|at)\\s+)?(?=\\p{Lu})");

  /** "Stellantis also has plants in Figueruelas, near Zaragoza, and in Madrid": one plant in each place. */
  private void plantsIn(String s, List<Mention> out) {
    Matcher m = PLANTS_IN.matcher(s);
    while (m.find()) {
      String before = s.substring(0, m.start());
      Mention operator = automakerBefore(s, out, m.start()).orElseGet(() -> {
        String last = ITS_BEFORE.matcher(before).find() ? this.last.get(EntityType.AUTOMAKER) : null;
        return last == null ? null : new Mention(EntityType.AUTOMAKER, last, m.start(), m.start(), How.COREF);
      });
      if (operator == null || OPERATOR_GONE.matcher(s.substring(operator.end(), m.start())).find()) {
        continue;
      }
      Matcher of = PLANTS_OF_TOWN.matcher(s.substring(m.end()));
      int ofAt = of.find() ? m.end() + of.end() : -1; // "its plants of Valladolid and Palencia": towns the article knows, never minted
      Optional<Mention> place = ofAt < 0 ? placeRightAfter(s, out, m.end())
          : out.stream().filter(x -> x.start() == ofAt && x.type() == EntityType.CITY).findFirst();
      int from = m.start();
      while (place.isPresent() && place.get().type() == EntityType.CITY) {
        Mention at = place.get();
        int start = from;
        if (out.stream().anyMatch(x -> x.type() == EntityType.PLANT && x.overlaps(start, at.end()))) {
          break; // found by another rule ("its two plants in Bidadi")
        }
        record(s, out, operator, at, at.start(), at.end());
        Matcher next = NEXT_PLACE_IN.matcher(s.substring(at.end()));
        if (!next.find()) {
          break;
        }
        from = at.end() + next.end();
        place = placeAt(s, out, from);
      }
    }
  }

  /**
   * Towns the reference data does not list, where the sentence makes them places: the site of a
   * plant ("a car plant in Kecskemét") or a name placed in a known region or country ("in Szeged,
   * in southern Hungary").
   */
  private void unknownPlaces(String s, List<Mention> out) {
    Matcher m = UNKNOWN_PLANT_PLACE.matcher(s);
    while (m.find()) {
      if (cityAfterLocality(s, out, m.end(1)).isEmpty()) {
        unknownPlace(s, out, m.start(1), m.end(1), null);
      }
    }
    Matcher t = UNKNOWN_TOWN_PLANT.matcher(s);
    while (t.find()) {
      int at = t.start(1);
      Matcher placed = PLACED_AFTER.matcher(s.substring(t.end()));
      int placeAt = placed.find() ? t.end() + placed.end() : -1;
      boolean placedInTown = placeAt >= 0 && out.stream()
          .noneMatch(x -> x.start() == placeAt && (x.type() == EntityType.REGION || x.type() == EntityType.COUNTRY));
      if (!placedInTown && out.stream().anyMatch(x -> x.type() == EntityType.AUTOMAKER && x.end() <= at)) {
        unknownPlace(s, out, t.start(1), t.end(1), null);
      }
    }
    for (Mention known : List.copyOf(out)) {
      if (known.type() != EntityType.REGION && known.type() != EntityType.COUNTRY) {
        continue;
      }
      Matcher a = PLACE_APPOSITION.matcher(s.substring(0, known.start()));
      if (a.find()) {
        unknownPlace(s, out, a.start(1), a.end(1), entities.countryCode(known.id()).orElse(null));
      }
    }
  }

  private static final Pattern NOT_A_TOWN = Pattern.compile("\\s(?:County|District|Township|Parish|Borough|Valley|Area|Zone|Park)$");

  private void unknownPlace(String s, List<Mention> out, int start, int end, String country) {
    String text = s.substring(start, end);
    String name = text.equals(text.toUpperCase(Locale.ROOT)) ? titleCase(text.toLowerCase(Locale.ROOT)) : text; // a dateline's capitals
    if (NOT_PLACES.contains(name.split("[ -]")[0]) || out.stream().anyMatch(x -> x.overlaps(start, end))
        || NOT_A_TOWN.matcher(name).find()) {
      return;
    }
    String id = entities.minted(EntityType.CITY, name, text, country);
    out.add(new Mention(EntityType.CITY, id, start, end, How.PATTERN));
    towns.putIfAbsent(name, id);
  }

  private void datelineTown(String s, List<Mention> out) {
    Matcher m = DATELINE.matcher(s);
    if (!m.find()) {
      return;
    }
    Matcher ap = AP_STATE_AFTER.matcher(s.substring(m.end(1)));
    if (ap.find() && AP_STATES.containsKey(ap.group(1))) {
      int start = m.end(1) + ap.start(1);
      int end = m.end(1) + ap.end(1);
      if (out.stream().noneMatch(x -> x.overlaps(start, end))) {
        entities.knownId("region/us-" + AP_STATES.get(ap.group(1)).toLowerCase(Locale.ROOT))
            .ifPresent(id -> out.add(new Mention(EntityType.REGION, id, start, end, How.NAME)));
      }
    }
    if (out.stream().anyMatch(x -> x.overlaps(m.start(1), m.end(1)))) {
      return; // a town the reference data knows
    }
    String name = titleCase(m.group(1).toLowerCase(Locale.ROOT));
    String country = out.stream()
        .filter(x -> x.start() >= m.end(1) && x.start() - m.end(1) < 4 && (x.type() == EntityType.REGION || x.type() == EntityType.COUNTRY))
        .findFirst()
        .flatMap(x -> entities.countryCode(x.id()))
        .orElse(null);
    String id = entities.minted(EntityType.CITY, name, m.group(1), country);
    out.add(new Mention(EntityType.CITY, id, m.start(1), m.end(1), How.PATTERN));
    towns.putIfAbsent(name, id);
  }

  /** Later mentions of a town the article placed earlier: "Canton" in "Nissan's Canton Vehicle Assembly Plant". */
  private void knownTowns(String s, List<Mention> out) {
    nameAgain(s, out, towns, EntityType.CITY);
  }

  /** Mentions, by name, of what the article named before and the reference data does not know. */
  private static void nameAgain(String s, List<Mention> out, Map<String, String> idsByName, EntityType type) {
    for (var e : idsByName.entrySet()) {
      for (int[] at : occurrences(s, e.getKey())) {
        if (out.stream().noneMatch(x -> x.overlaps(at[0], at[1]))) {
          out.add(new Mention(type, e.getValue(), at[0], at[1], How.NAME));
        }
      }
    }
  }

  /**
   * Plants known by a proper name. The name must hold more than the plant word, and its operator
   * is an automaker inside the name or the one named last before it.
   */
  private void namedPlants(String s, List<Mention> out) {
    Matcher m = NAMED_PLANT.matcher(s);
    while (m.find()) {
      String name = m.group(1).replaceFirst("^(The|A|An|Its|This|That)\\s+", "").replaceFirst("^[^\\s]+'s\\s+", "");
      int start = m.end(1) - name.length();
      int end = m.end(1);
      if (name.split("\\s+").length < 2 || start == 0 && name.split("\\s+").length < 3
          || out.stream().anyMatch(x -> x.type() == EntityType.PLANT && x.overlaps(start, end))) {
        continue;
      }
      Optional<Mention> operator = out.stream()
          .filter(x -> x.type() == EntityType.AUTOMAKER && x.how() != How.DEMONYM
              && (x.end() <= end || s.substring(end, x.start()).matches("\\s+of\\s+(?:the\\s+)?")
                  || s.substring(end, x.start()).matches(",\\s+") && s.startsWith("'", x.end()))) // "Gigafactory Shanghai, Tesla's first …"
          .reduce((a, b) -> b.start() > end ? b : (a.start() > end ? a : b));
      if (operator.isEmpty()) {
        continue;
      }
      List<Mention> inside = out.stream().filter(x -> x.start() >= start && x.end() <= end).toList();
      String place = inside.stream().filter(x -> x.type() == EntityType.CITY || x.type() == EntityType.REGION).map(Mention::id).findFirst()
          .or(() -> placeRightAfter(s, out, end).map(Mention::id)) // "Hyundai Motor Group Metaplant America in Ellabell"
          .orElse(null);
      out.removeAll(inside.stream().filter(x -> x.type() != EntityType.AUTOMAKER).toList());
      Optional<String> same = place == null ? Optional.empty() : plantAt(operator.get().id(), place);
      String id = same.isPresent() ? entities.minted(same.get(), EntityType.PLANT, name, name, null)
          : entities.minted(EntityType.PLANT, name, name, place == null ? entities.countryCode(operator.get().id()).orElse(null) : entities.countryCode(place).orElse(null));
      out.add(new Mention(EntityType.PLANT, id, start, end, How.PATTERN));
      plantFound(new PlantFound(id, operator.get().id(), place));
    }
  }

  private static final Pattern IN_RIGHT_AFTER = Pattern.compile("^\\s+(?:in|at)\\s+(?:the\\s+)?(?=\\p{Lu})");

  /** The town or region named right after a plant's name ("… in Ellabell"), minted when the reference data does not know it. */
  private Optional<Mention> placeRightAfter(String s, List<Mention> out, int end) {
    Matcher in = IN_RIGHT_AFTER.matcher(s.substring(end));
    if (!in.find()) {
      return Optional.empty();
    }
    return placeAt(s, out, end + in.end());
  }

  /** The town or region named at a position, minted when the reference data does not know it. */
  private Optional<Mention> placeAt(String s, List<Mention> out, int at) {
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

  /** "owned by India's Tata Motors", "a unit of Geely": an owner named in passing, not the subject. */
  static final Pattern OWNER_BEFORE =
      Pattern.compile("(?i)\\b(?:owned by|a (?:unit|subsidiary|division|part) of|part of|controlled by|majority-owned by|which belongs to|belonging to|in which)\\s+(?:\\p{Lu}[\\p{L}-]*(?:'s|')\\s+)?(?:the\\s+)?$");
  /** "The British carmaker, owned by …, opened …": the sentence's subject is the automaker named before. */
  private static final Pattern SUBJECT_COREF =
      Pattern.compile("^(?:The|Its)\\s+(?:\\p{Lu}[\\p{L}-]*\\s+)?(?:carmaker|automaker|company|group|manufacturer)\\b");

  /** "assembles Toyota vehicles at its plant": a maker named as the make of a product. */
  private static final Pattern PRODUCT_AFTER = Pattern.compile("^\\s+(?:vehicles|cars|models|trucks|buses|SUVs|pickups|kits)\\b");

  /**
   * The automaker named last before a position, passing over owners named in an apposition,
   * makes of a product, and demonyms.
   */
  private static Optional<Mention> automakerBefore(String s, List<Mention> out, int at) {
    return out.stream()
        .filter(x -> x.type() == EntityType.AUTOMAKER && x.end() <= at && x.how() != How.DEMONYM
            && !OWNER_BEFORE.matcher(s.substring(0, x.start())).find() && !PRODUCT_AFTER.matcher(s.substring(x.end())).find())
        .reduce((a, b) -> b);
  }

  private static final Pattern CITY_PLANT_AFTER = Pattern.compile("^\\s+(?:(?:car|auto|assembly|vehicle|production|manufacturing|EV)\\s+)?(plant|factory|works)\\b");
  private static final Pattern ITS_BEFORE = Pattern.compile("(?i)\\b(its|their|the (?:company|group|automaker|carmaker)'s)\\s+(?:new\\s+|former\\s+|main\\s+|idled\\s+|idle\\s+)?$");

  /**
   * "its Tychy plant", "Stellantis began assembling the T03 at the Kragujevac factory": a plant
   * named by its town, run by the automaker the sentence names before it (or "its" refers to).
   */
  private void townPlants(String s, List<Mention> out) {
    for (Mention town : List.copyOf(out)) {
      if (town.type() != EntityType.CITY || out.stream().anyMatch(x -> x.type() == EntityType.PLANT && x.overlaps(town.start(), town.end()))) {
        continue;
      }
      Matcher p = CITY_PLANT_AFTER.matcher(s.substring(town.end()));
      if (!p.find()) {
        continue;
      }
      String before = s.substring(0, town.start());
      Optional<Mention> named = automakerBefore(s, out, town.start());
      String operator = named.map(Mention::id)
          .orElse(ITS_BEFORE.matcher(before).find() || SUBJECT_COREF.matcher(before).find() ? last.get(EntityType.AUTOMAKER)
              : placeOf.entrySet().stream().filter(e -> e.getValue().equals(town.id())).findFirst() // "The Pekan plant": the one already placed there
                  .flatMap(e -> plantsOf.entrySet().stream().filter(o -> o.getValue().contains(e.getKey())).map(Map.Entry::getKey).findFirst())
                  .orElse(null));
      if (operator == null || OPERATOR_GONE.matcher(s.substring(named.map(Mention::end).orElse(0), town.start())).find()
          || before.matches("(?is).*\\bformer\\s+(?:\\S+\\s+)?$")) {
        continue;
      }
      String operatorName = entities.name(operator);
      String placeName = entities.name(town.id());
      int end = town.end() + p.end();
      if (samePlant(out, operator, town.id(), s.substring(town.start(), end), town.start(), end)) {
        continue;
      }
      String id = entities.minted(Ids.of(EntityType.PLANT, operatorName + " " + placeName), EntityType.PLANT,
          operatorName + " plant in " + placeName, s.substring(town.start(), end), entities.countryCode(town.id()).orElse(null));
      out.add(new Mention(EntityType.PLANT, id, town.start(), end, How.PATTERN));
      plantFound(new PlantFound(id, operator, town.id()));
      Matcher placed = PLACED_AFTER.matcher(s.substring(end));
      int regionAt = placed.find() ? end + placed.end() : -1;
      out.stream().filter(x -> x.start() == regionAt && x.type() == EntityType.REGION).findFirst()
          .ifPresent(region -> plantFound(new PlantFound(id, operator, region.id())));
    }
  }

  private static final Pattern BUILT_BY = Pattern.compile("^[^.;]{0,60}?,?\\s+(?:being\\s+|to\\s+be\\s+)?(?:built|run|operated)\\s+by\\s+(?:the\\s+)?$");

  /** "the BYD assembly plant at Port Qasim, being built by Mega Motor Company": the builder runs it, not the brand it is named after. */
  private void builders(String s, List<Mention> out) {
    for (int i = 0; i < plantsFound.size(); i++) {
      PlantFound p = plantsFound.get(i);
      Optional<Mention> plant = out.stream().filter(x -> x.id().equals(p.plant())).findFirst();
      if (plant.isEmpty()) {
        continue;
      }
      Optional<Mention> builder = out.stream()
          .filter(x -> x.type() == EntityType.AUTOMAKER && x.start() > plant.get().end() && !x.id().equals(p.operator())
              && BUILT_BY.matcher(s.substring(plant.get().end(), x.start())).matches())
          .findFirst();
      if (builder.isPresent()) {
        plantsFound.set(i, new PlantFound(p.plant(), builder.get().id(), p.place()));
        plantsOf.getOrDefault(p.operator(), new ArrayList<>()).remove(p.plant());
        plantsOf.computeIfAbsent(builder.get().id(), k -> new ArrayList<>()).add(p.plant());
      }
    }
  }

  /** "at Port Qasim, Karachi": a locality named before its city; the city is the place. */
  private static Optional<Mention> cityAfterLocality(String s, List<Mention> out, int localityEnd) {
    if (!s.startsWith(", ", localityEnd)) {
      return Optional.empty();
    }
    return out.stream().filter(x -> x.start() == localityEnd + 2 && x.type() == EntityType.CITY).findFirst();
  }

  /** The city (or region) the sentence places the plant in: "in X" nearest to it. */
  private static Mention nearestPlace(String s, List<Mention> out, int start, int end) {
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

  private static final Pattern THE_PLANT_IN = Pattern.compile("\\b(?:the|The)\\s+(?:plant|factory|enterprise)\\s+in\\s+(?=\\p{Lu})");

  /** "The capacity of the plant in Shushary": the plant the article already placed in that town. */
  private void plantsInTheirTowns(String s, List<Mention> out) {
    Matcher m = THE_PLANT_IN.matcher(s);
    while (m.find()) {
      int at = m.end();
      int start = m.start();
      Optional<Mention> town = out.stream().filter(x -> x.start() == at && x.type() == EntityType.CITY).findFirst();
      if (town.isEmpty() || out.stream().anyMatch(x -> x.type() == EntityType.PLANT && x.overlaps(start, town.get().end()))) {
        continue;
      }
      List<String> there = placeOf.entrySet().stream().filter(e -> e.getValue().equals(town.get().id())).map(Map.Entry::getKey).toList();
      if (there.size() == 1) {
        out.add(new Mention(EntityType.PLANT, there.get(0), start, town.get().end(), How.COREF));
      }
    }
  }

  private void corefs(String s, List<Mention> out) {
    plantsInTheirTowns(s, out);
    coref(s, out, GOVERNOR_COREF, EntityType.GOVERNOR);
    coref(s, out, PRONOUN, EntityType.GOVERNOR);
    coref(s, out, REGION_COREF, EntityType.REGION);
    coref(s, out, OWNED_PLANT_COREF, EntityType.PLANT);
    coref(s, out, AUTOMAKER_COREF, EntityType.AUTOMAKER);
    coref(s, out, PLANT_COREF, EntityType.PLANT);
  }

  private static final Pattern NAME_FOLLOWS = Pattern.compile(",?\\s+");

  private void coref(String s, List<Mention> out, Pattern p, EntityType type) {
    Matcher m = p.matcher(s);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      // "the Vietnamese automaker": the nationality inside the phrase does not stop it
      if (out.stream().anyMatch(x -> x.overlaps(start, end)
          && !((type == EntityType.AUTOMAKER || type == EntityType.PLANT) && (x.how() == How.DEMONYM || x.type() == EntityType.CITY)))) {
        continue;
      }
      if (out.stream().anyMatch(x -> x.type() == type && x.how() != How.COREF && x.start() > end && NAME_FOLLOWS.matcher(s.substring(end, x.start())).matches())) {
        continue; // "the Chinese manufacturer Chery": the name follows
      }
      String id = out.stream()
          .filter(x -> x.type() == type && x.end() <= start && x.how() != How.COREF)
          .reduce((a, b) -> b)
          .map(Mention::id)
          .orElseGet(() -> type == EntityType.REGION ? governorsRegion().orElse(last.get(type)) : last.get(type));
      Optional<String> said = out.stream().filter(x -> x.how() == How.DEMONYM && x.start() >= start && x.end() <= end)
          .map(x -> x.id().substring("country/".length()).toUpperCase(Locale.ROOT)).findFirst();
      if (id != null && said.isPresent() && entities.countryCode(id).map(c -> !c.equals(said.get())).orElse(false)) {
        continue; // "the Chinese manufacturer" after Stellantis: another company
      }
      if (id != null) {
        out.add(new Mention(type, id, start, end, How.COREF));
      }
    }
  }

  private static boolean covered(List<int[]> spans, int start, int end) {
    for (int[] sp : spans) {
      if (start >= sp[0] && end <= sp[1]) {
        return true;
      }
    }
    return false;
  }

  private static String titleCase(String name) {
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
