package org.partnergraph.extract;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnergraph.extract.Mention.How;
import org.partnergraph.extract.tokens.RuleMatch;
import org.partnergraph.extract.tokens.TokenRules;
import org.partnergraph.model.EntityId;
import org.partnergraph.model.EntityType;
import org.partnergraph.resolve.ArticleEntities;

/**
 * Automakers and brands the reference data does not know, found by the patterns news uses for
 * them and then by name; a maker's local company, which means the maker; and the automaker a
 * sentence names before a position.
 */
final class AutomakerMentions {
  private static final Pattern COMPANY =
      Pattern.compile(
          "\\b((?:\\p{Lu}[\\p{L}&'-]*\\s+){1,3})(" + CompanyWords.nameWords("name-ending") + ")\\b"
              // "Giant Motors Latinoamérica": the region a company is named for is part of its name
              + "(?:\\s+(?:Latinoamérica|Latinoamerica|Latin America|Europe|Asia|Africa|North America|International))?");
  /** "Tanger Automotive City", "Kocaeli Automotive Park": a place named after an industry, not a company. */
  private static final Pattern NOT_A_COMPANY_AFTER = Pattern.compile(
      "^\\s+(?:" + Lexicon.english().alternation(Lexicon.Family.INDUSTRIAL_ZONES, Lexicon.Form.AS_WRITTEN) + ")\\b");

  /** The rule in {@code rules/en/entities.rules} that finds a company named by its car plant ("the CAOA factory in Anápolis", "DRB-HICOM's automotive plant"). */
  private static final String MAKER_OF_PLANT_RULE = "maker.named-by-plant";

  /** "the Uzbekistan plant", "Uzbekistan said": a country's name, not a maker's, before these. */
  private static final Pattern NOT_A_MAKER_AFTER = Pattern.compile("(?s)^\\s+(?:" + PlantWords.nouns("after-country") + "|said|says|has|is|was|will|plans)\\b.*");

  /** The rule in {@code rules/en/entities.rules} that finds a company introduced by what it makes ("bus maker Solaris", "the assembler Derways"). */
  private static final String MAKER_NAMED_RULE = "maker.introduced-by-kind";

  /** "owned by India's Tata Motors", "a unit of Geely": an owner named in passing, not the subject. */
  static final Pattern OWNER_BEFORE =
      Pattern.compile("(?i:\\b(?:owned by|a (?:unit|subsidiary|division|part) of|part of|controlled by|majority-owned by|which belongs to|belonging to|in which)\\s+)"
          + "(?:\\p{Lu}[\\p{L}-]*(?:'s|')\\s+)?(?:(?i:the)\\s+)?(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}$"); // "a subsidiary of the truck maker KAMAZ"

  /** "assembles Toyota vehicles at its plant": a maker named as the make of a product. */
  private static final Pattern PRODUCT_AFTER = Pattern.compile("^\\s+(?:vehicles|cars|models|trucks|buses|SUVs|pickups|kits)\\b");

  /** "the EV plant", "the CKD factory": an acronym before a plant noun that names no company. */
  private static final Set<String> NOT_A_MAKER = Set.copyOf(Lexicon.english().phrases(Lexicon.Family.PRODUCT_WORDS, "not-a-maker"));

  private final ArticleEntities entities;
  private final ArticleMemory memory;
  private final PlaceMentions places;

  AutomakerMentions(ArticleEntities entities, ArticleMemory memory, PlaceMentions places) {
    this.entities = entities;
    this.memory = memory;
    this.places = places;
  }

  private static final Pattern ARM_SUFFIX = Pattern.compile(
      "^(?:\\s+(?:" + CompanyWords.nameWords("arm-suffix") + "))*");

  /**
   * "Toyota South Africa Motors", "Toyota Motor Thailand", "Kia Slovakia": a maker's local company,
   * named by the maker and the country; the maker is meant, and the country is not a place here.
   */
  void localArms(String s, List<Mention> out) {
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
      if (end == country.get().end() && !s.startsWith("'", end) && !NOT_A_MAKER_AFTER.matcher(s.substring(end)).matches()) {
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
  Optional<String> localArm(String surface) {
    String prefix = surface + " ";
    return memory.mentioned().stream()
        .filter(id -> EntityId.isOf(id, EntityType.AUTOMAKER) && entities.contains(id) && entities.name(id).startsWith(prefix))
        .findFirst();
  }

  void patternAutomakers(String s, TokenRules.SentenceMatches ruleMatches, List<Mention> out) {
    for (RuleMatch p : ruleMatches.of(MAKER_OF_PLANT_RULE)) {
      RuleMatch.Span span = p.group("name").orElseThrow();
      int start = span.start();
      int end = span.end();
      String name = s.substring(start, end);
      if (out.stream().anyMatch(x -> x.overlaps(start, end)) || PlaceMentions.NOT_PLACES.contains(name) || NOT_A_MAKER.contains(name)) {
        continue;
      }
      // a company known only by its plant is taken to be from the plant's country ("the CAOA factory in Anápolis")
      String country = places.placeRightAfter(s, out, p.end()).flatMap(place -> entities.countryCode(place.id())).orElse(null);
      String id = entities.minted(EntityType.AUTOMAKER, name, name, country);
      out.add(new Mention(EntityType.AUTOMAKER, id, start, end, How.PATTERN));
      memory.named(EntityType.AUTOMAKER, name, id);
    }
    for (RuleMatch a : ruleMatches.of(MAKER_NAMED_RULE)) {
      int start = a.group("name").orElseThrow().start();
      String name = s.substring(start, a.end()).replaceFirst("(?:'s|')$", "");
      int end = start + name.length();
      if (out.stream().anyMatch(x -> x.overlaps(start, end)) || PlaceMentions.NOT_PLACES.contains(name.split("\\s+")[0])) {
        continue;
      }
      String id = entities.minted(EntityType.AUTOMAKER, name, name, null);
      out.add(new Mention(EntityType.AUTOMAKER, id, start, end, How.PATTERN));
      memory.named(EntityType.AUTOMAKER, name, id);
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
      memory.named(EntityType.AUTOMAKER, name, id);
    }
    memory.nameAgain(s, out, EntityType.AUTOMAKER); // "The CAOA group also has a plant in Jacareí"
  }

  /** The rules in {@code rules/en/entities.rules} that find a brand named as one, before and after the word "brand". */
  private static final String[] BRAND_RULES = {"brand.before-the-word", "brand.after-the-word"};

  /**
   * "the Solaris brand", "the new Russian brand Tenet": a brand the reference data does not know,
   * named as one (the brand rules, among the sentence's rule matches). Read left to right: where two
   * readings share the word "brand" ("the Lada brand Tenet"), the one that starts first is kept.
   */
  void unknownBrands(String s, TokenRules.SentenceMatches ruleMatches, List<Mention> out) {
    List<RuleMatch> named = ruleMatches.of(BRAND_RULES).stream()
        .sorted(Comparator.comparingInt(RuleMatch::start))
        .toList();
    int readTo = 0;
    for (RuleMatch m : named) {
      if (m.start() < readTo) {
        continue;
      }
      readTo = m.end();
      RuleMatch.Span span = m.group("name").orElseThrow();
      int start = span.start();
      int end = span.end();
      String name = s.substring(start, end);
      if (PlaceMentions.NOT_PLACES.contains(name) || PlaceMentions.NOT_REGION_WORDS.contains(name) || out.stream().anyMatch(x -> x.overlaps(start, end))) {
        continue; // "the Chinese brand", "the Lada brand": a nationality or a known name
      }
      String id = entities.minted(EntityType.BRAND, name, name, null);
      out.add(new Mention(EntityType.BRAND, id, start, end, How.PATTERN));
      memory.named(EntityType.BRAND, name, id);
    }
    memory.nameAgain(s, out, EntityType.BRAND); // "Tenet cars" after "the brand Tenet"
  }

  /**
   * The automaker named last before a position, passing over owners named in an apposition,
   * makes of a product, and demonyms.
   */
  static Optional<Mention> automakerBefore(String s, List<Mention> out, int at) {
    return out.stream()
        .filter(x -> x.type() == EntityType.AUTOMAKER && x.end() <= at && x.how() != How.DEMONYM
            && !OWNER_BEFORE.matcher(s.substring(0, x.start())).find() && !PRODUCT_AFTER.matcher(s.substring(x.end())).find())
        .reduce((a, b) -> b);
  }
}
