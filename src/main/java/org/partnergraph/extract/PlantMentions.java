package org.partnergraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnergraph.extract.Mention.How;
import org.partnergraph.extract.tokens.RuleMatch;
import org.partnergraph.extract.tokens.TokenRules;
import org.partnergraph.model.EntityType;
import org.partnergraph.model.Ids;
import org.partnergraph.reference.RefEntry;
import org.partnergraph.resolve.ArticleEntities;

/**
 * Plants, found by the patterns news uses for them ("BYD's Szeged plant", "a car plant in
 * Kecskemét", "Gigafactory Shanghai"), each with its operator and place. A plant the article has
 * already placed is found again as that plant, not minted anew.
 */
final class PlantMentions {
  /**
   * The rules in {@code rules/en/plants.rules} that find a plant named after its state right after
   * its maker's name ("Toyota Motor Manufacturing Kentucky", "Honda Manufacturing of Alabama",
   * "Subaru of Indiana Automotive"), the state yielded as group {@code state}; tried in this order.
   */
  private static final List<String> STATE_NAME_RULES = List.of(
      "plant.state-manufacturing-after-motor", "plant.state-automotive-after-motor", "plant.state-manufacturing", "plant.state-automotive");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern PLANT_AFTER =
      Pattern.compile("^(?:'s|')?(?:\\s+\\p{Lu}[\\p{L}-]+){0,3}(?:'s|')?\\s+(?:(?:" + PlantWords.modifiers("after-owner") + ")\\s+){0,3}("
          + PlantWords.nouns("after-owner") + "|" + Lexicon.english().alternation(Lexicon.Family.PLANT_NOUNS, "after-owner-capitalised", Lexicon.Form.CAPITALISED) + ")\\b");

  /** "Renault do Brasil", "Volkswagen de México": a maker's local company named after its country. */
  private static final Pattern LOCAL_ARM_TAIL = Pattern.compile("^\\s+(?:" + Lexicon.english().alternation(Lexicon.Family.NAME_PARTICLES, "local-arm", Lexicon.Form.AS_WRITTEN) + ")\\s+\\p{Lu}[\\p{L}]+");

  /** "… plant in X", "its new car factory near X": a plant named by its place. */
  private static final Pattern PLANT_BEFORE_PLACE =
      Pattern.compile("(?i)\\b(?:(?:" + PlantWords.modifiers("before-place") + ")\\s+){0,3}"
          + "(" + PlantWords.nouns("before-place") + ")"
          + "\\s+(?:for\\s+(?:[\\w-]+\\s+){1,4}?)?(?:(?:located|based)\\s+)?(?:in|at|near|outside)\\s+(?:the\\s+)?(?:city\\s+of\\s+)?$");
  private static final Pattern FORMER_BEFORE = Pattern.compile("(?i)\\b(?:" + Lexicon.english().alternation(Lexicon.Family.OFFICE_QUALIFIERS, "former-plant", Lexicon.Form.AS_WRITTEN) + ")\\s*$");
  private static final Pattern INDEFINITE_BEFORE = Pattern.compile("(?i)\\b(a|an|another)\\s+(?:[\\w-]+\\s+){0,2}$");
  /** "denied … looking for land for a second plant": a plant the automaker said it will not build. */
  private static final Pattern DENIED =
      Pattern.compile("(?i)\\b(?:" + Lexicon.english().alternation(Lexicon.Family.OPERATOR_CUES, "denied-plan", Lexicon.Form.AS_WRITTEN) + ")\\b");
  /** "sold its plant in X", "until 2022": a plant the automaker named before it no longer runs. */
  private static final Pattern OPERATOR_GONE =
      Pattern.compile("(?i)\\b(?:" + Lexicon.english().alternation(Lexicon.Family.OPERATOR_CUES, "operator-gone", Lexicon.Form.AS_WRITTEN)
          + "|(?:" + Lexicon.english().alternation(Lexicon.Family.OPERATOR_CUES, "until-a-year", Lexicon.Form.AS_WRITTEN) + ") \\d{4})\\b");
  /** "a battery plant in X": a supplier's plant, whose operator is no automaker. */
  private static final Pattern NOT_AN_OPERATOR =
      Pattern.compile("(?i)\\b(?:" + Lexicon.english().alternation(Lexicon.Family.PRODUCT_WORDS, "not-a-car-plant", Lexicon.Form.AS_WRITTEN) + ")\\s+(?:\\w+\\s+){0,2}$");

  /** "a new car plant of South Korea's Kia", "the car plant of the company Sollers", "the plant of JSC "UzAuto Motors"". */
  private static final Pattern PLANT_OF = Pattern.compile(
      "(?i)\\b(?:(?-i:\\p{Lu}[\\p{L}-]*)\\s+){0,3}(?:(?:" + PlantWords.modifiers("plant-of") + ")\\s+){0,3}"
          + "(?:" + PlantWords.nouns("plant-of") + "|(?:" + PlantWords.modifiers("complex-kind") + ")\\s+complex|(?-i:(?:[a-z-]+\\s+){1,3})line)\\s+of\\s+"
          + "(?:the\\s+(?:company\\s+|group\\s+|automaker\\s+|carmaker\\s+)?)?(?:\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*)?'s\\s+)?(?:(?:JSC|LLC|OJSC|PJSC|CJSC)\\s+)?[\"«]?$");

  /** The rule in {@code rules/en/plants.rules} that finds a plant's proper name ("Gigafactory Shanghai", "Plant Lydia", "Nissan Industrial Complex"). */
  private static final String NAMED_PLANT_RULE = "plant.named";

  /** "The British carmaker, owned by …, opened …": the sentence's subject is the automaker named before. */
  private static final Pattern SUBJECT_COREF =
      Pattern.compile("^(?:The|Its)\\s+(?:\\p{Lu}[\\p{L}-]*\\s+)?(?:" + CompanyWords.nouns("subject-coref") + ")\\b");

  /** A plant found by pattern, to be recorded as OPERATES and LOCATED_IN. */
  record PlantFound(String plant, String operator, String place) {}

  private final ArticleEntities entities;
  private final ArticleMemory memory;
  private final PlaceMentions places;
  /** The plants each operator runs, in the order the article named them. */
  private final Map<String, List<String>> plantsOf = new LinkedHashMap<>();
  /** Where each plant is, as the article first placed it. */
  private final Map<String, String> placeOf = new LinkedHashMap<>();
  private final List<PlantFound> found = new ArrayList<>();

  PlantMentions(ArticleEntities entities, ArticleMemory memory, PlaceMentions places) {
    this.entities = entities;
    this.memory = memory;
    this.places = places;
  }

  void startSentence() {
    found.clear();
  }

  /** Plants found in the last sentence read. */
  List<PlantFound> found() {
    return List.copyOf(found);
  }

  /** The plants of a sentence, by name first, then by pattern; last, a builder named for a plant runs it. */
  void find(String s, TokenRules.SentenceMatches ruleMatches, List<Mention> out) {
    namedPlants(s, ruleMatches, out);
    listedPlants(s, out);
    plants(s, ruleMatches, out);
    placedPlants(s, out);
    listedTownPlants(s, ruleMatches, out);
    townPlants(s, out);
    plantsIn(s, out);
    builders(s, out);
  }

  /**
   * Plants known by a proper name. The name must hold more than the plant word, and its operator
   * is an automaker inside the name or the one named last before it.
   */
  private void namedPlants(String s, TokenRules.SentenceMatches ruleMatches, List<Mention> out) {
    for (RuleMatch m : ruleMatches.of(NAMED_PLANT_RULE)) {
      String name = s.substring(m.start(), m.end()).replaceFirst("^(The|A|An|Its|This|That)\\s+", "").replaceFirst("^[^\\s]+'s\\s+", "");
      int start = m.end() - name.length();
      int end = m.end();
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
          .or(() -> places.placeRightAfter(s, out, end).map(Mention::id)) // "Hyundai Motor Group Metaplant America in Ellabell"
          .orElse(null);
      out.removeAll(inside.stream().filter(x -> x.type() != EntityType.AUTOMAKER).toList());
      Optional<String> same = place == null ? Optional.empty() : plantAt(operator.get().id(), place);
      String id = same.isPresent() ? entities.minted(same.get(), EntityType.PLANT, name, name, null)
          : entities.minted(EntityType.PLANT, name, name, place == null ? entities.countryCode(operator.get().id()).orElse(null) : entities.countryCode(place).orElse(null));
      out.add(new Mention(EntityType.PLANT, id, start, end, How.PATTERN));
      plantFound(new PlantFound(id, operator.get().id(), place));
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
          Matcher name = PlaceMentions.PLACE_AT_START.matcher(s.substring(placeAt));
          if (!name.find()) {
            break;
          }
          places.unknownPlace(s, out, placeAt, placeAt + name.end(1), null);
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

  /** "the AvtoVAZ plant", "BYD's Szeged plant", "the Geely factory in Kaluga". */
  private void plants(String s, TokenRules.SentenceMatches ruleMatches, List<Mention> out) {
    for (Mention a : List.copyOf(out)) {
      if (a.type() != EntityType.AUTOMAKER) {
        continue;
      }
      Optional<RuleMatch> named = stateNameAfter(s, ruleMatches, a);
      if (named.isPresent() && manufacturingPlant(s, out, a, named.get())) {
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
        Mention site = PlaceMentions.nearestPlace(s, out, end, end);
        if (site != null && site.type() == EntityType.CITY && site.start() > end && site.start() - end < 12) {
          city = site; // "Renault's Tangier plant at Melloussa": the town it is named after is not its site
        }
      } else if (m.find()) {
        end = a.end() + m.end();
        city = PlaceMentions.nearestPlace(s, out, a.start(), end);
      } else if ((m = PLANT_OF.matcher(s.substring(0, a.start()))).find()
          && out.stream().noneMatch(x -> x.type() == EntityType.PLANT && x.overlaps(a.start(), a.end()))
          && !OPERATOR_GONE.matcher(s.substring(0, a.start())).find()) {
        int plantStart = m.start();
        Matcher arm = LOCAL_ARM_TAIL.matcher(s.substring(a.end()));
        int armEnd = arm.find() ? a.end() + arm.end() : a.end(); // "the complex of Renault do Brasil in São José dos Pinhais"
        city = places.placeRightAfter(s, out, armEnd).orElseGet(() -> PlaceMentions.nearestPlace(s, out, plantStart, armEnd));
        record(s, out, a, city, plantStart, a.end());
        continue;
      } else {
        continue;
      }
      record(s, out, a, city, a.start(), end);
    }
  }

  /** The first of {@link #STATE_NAME_RULES} to match at the word after the maker's name, with only spaces between. */
  private static Optional<RuleMatch> stateNameAfter(String s, TokenRules.SentenceMatches ruleMatches, Mention maker) {
    for (String rule : STATE_NAME_RULES) {
      Optional<RuleMatch> at = ruleMatches.of(rule).stream()
          .filter(m -> m.start() > maker.end() && SPACES.matcher(s.substring(maker.end(), m.start())).matches())
          .findFirst();
      if (at.isPresent()) {
        return at;
      }
    }
    return Optional.empty();
  }

  private boolean manufacturingPlant(String s, List<Mention> out, Mention operator, RuleMatch named) {
    int start = operator.start();
    int end = named.end();
    int placeStart = named.group("state").orElseThrow().start();
    int placeEnd = named.group("state").orElseThrow().end();
    Optional<Mention> place = out.stream()
        .filter(x -> (x.type() == EntityType.REGION || x.type() == EntityType.CITY) && x.start() >= placeStart && x.end() <= placeEnd)
        .findFirst()
        .or(() -> places.placeNamed(s.substring(placeStart, placeEnd), placeStart));
    if (place.isEmpty()) {
      return false;
    }
    String name = s.substring(start, end);
    out.removeIf(x -> x != operator && x.start() >= start && x.end() <= end);
    String id = entities.minted(EntityType.PLANT, name, name, entities.countryCode(place.get().id()).orElse(null));
    out.add(new Mention(EntityType.PLANT, id, start, end, How.PATTERN));
    plantFound(new PlantFound(id, operator.id(), place.get().id()));
    // "Toyota Motor Manufacturing Kentucky in Georgetown": the town, in the state the name gives
    places.placeRightAfter(s, out, end)
        .filter(town -> town.type() == EntityType.CITY)
        .ifPresent(town -> {
          plantFound(new PlantFound(id, operator.id(), town.id()));
          if (entities.type(place.get().id()) == EntityType.REGION) {
            memory.placeTown(town.id(), place.get().id());
          }
        });
    return true;
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
      Optional<Mention> named = AutomakerMentions.automakerBefore(s, out, plantStart);
      String operator = named.map(Mention::id)
          .orElse(before.matches("(?is).*\\b(its|their)\\s+$") || SUBJECT_COREF.matcher(before).find() ? memory.last(EntityType.AUTOMAKER).orElse(null) : null);
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

  private static final Pattern CITY_PLANT_AFTER = Pattern.compile("^\\s+(?:(?:" + PlantWords.modifiers("town-plant") + ")\\s+)?(" + PlantWords.nouns("town-plant") + ")\\b");
  private static final Pattern ITS_BEFORE = Pattern.compile("(?i)\\b(its|their|the (?:" + CompanyWords.nouns("owner-of-its") + ")'s)\\s+(?:new\\s+|former\\s+|main\\s+|idled\\s+|idle\\s+)?$");

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
      Optional<Mention> named = AutomakerMentions.automakerBefore(s, out, town.start());
      String operator = named.map(Mention::id)
          .orElse(ITS_BEFORE.matcher(before).find() || SUBJECT_COREF.matcher(before).find() ? memory.last(EntityType.AUTOMAKER).orElse(null)
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
      Matcher placed = PlaceMentions.PLACED_AFTER.matcher(s.substring(end));
      int regionAt = placed.find() ? end + placed.end() : -1;
      out.stream().filter(x -> x.start() == regionAt && x.type() == EntityType.REGION).findFirst()
          .ifPresent(region -> plantFound(new PlantFound(id, operator, region.id())));
    }
  }

  /**
   * "Honda has invested in its Marysville, East Liberty and Anna plants": one plant in each town of
   * the list, run by the automaker the sentence names before it ("its" alone is not enough here:
   * "Tata's capacity at its Pune and Sanand plants" names no automaker the reference data knows).
   */
  private void listedTownPlants(String s, TokenRules.SentenceMatches ruleMatches, List<Mention> out) {
    for (RuleMatch m : ruleMatches.of(PlaceMentions.TOWNS_OF_PLANTS_RULE)) {
      RuleMatch.Span towns = m.group("towns").orElseThrow();
      Optional<Mention> operator = AutomakerMentions.automakerBefore(s, out, m.start());
      if (operator.isEmpty() || OPERATOR_GONE.matcher(s.substring(operator.get().end(), m.start())).find()
          || FORMER_BEFORE.matcher(s.substring(0, m.start())).find()) {
        continue;
      }
      out.stream()
          .filter(x -> x.type() == EntityType.CITY && x.start() >= towns.start() && x.end() <= towns.end())
          .sorted(Comparator.comparingInt(Mention::start))
          .toList()
          .forEach(town -> record(s, out, operator.get(), town, town.start(), town.end()));
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
      Mention operator = AutomakerMentions.automakerBefore(s, out, m.start()).orElseGet(() -> {
        String last = ITS_BEFORE.matcher(before).find() ? memory.last(EntityType.AUTOMAKER).orElse(null) : null;
        return last == null ? null : new Mention(EntityType.AUTOMAKER, last, m.start(), m.start(), How.COREF);
      });
      if (operator == null || OPERATOR_GONE.matcher(s.substring(operator.end(), m.start())).find()) {
        continue;
      }
      Matcher of = PLANTS_OF_TOWN.matcher(s.substring(m.end()));
      int ofAt = of.find() ? m.end() + of.end() : -1; // "its plants of Valladolid and Palencia": towns the article knows, never minted
      Optional<Mention> place = ofAt < 0 ? places.placeRightAfter(s, out, m.end())
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
        place = places.placeAt(s, out, from);
      }
    }
  }

  private static final Pattern BUILT_BY = Pattern.compile("^[^.;]{0,60}?,?\\s+(?:being\\s+|to\\s+be\\s+)?(?:built|run|operated)\\s+by\\s+(?:the\\s+)?$");

  /** "the BYD assembly plant at Port Qasim, being built by Mega Motor Company": the builder runs it, not the brand it is named after. */
  private void builders(String s, List<Mention> out) {
    for (int i = 0; i < found.size(); i++) {
      PlantFound p = found.get(i);
      Optional<Mention> plant = out.stream().filter(x -> x.id().equals(p.plant())).findFirst();
      if (plant.isEmpty()) {
        continue;
      }
      Optional<Mention> builder = out.stream()
          .filter(x -> x.type() == EntityType.AUTOMAKER && x.start() > plant.get().end() && !x.id().equals(p.operator())
              && BUILT_BY.matcher(s.substring(plant.get().end(), x.start())).matches())
          .findFirst();
      if (builder.isPresent()) {
        found.set(i, new PlantFound(p.plant(), builder.get().id(), p.place()));
        plantsOf.getOrDefault(p.operator(), new ArrayList<>()).remove(p.plant());
        plantsOf.computeIfAbsent(builder.get().id(), k -> new ArrayList<>()).add(p.plant());
      }
    }
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

  private static boolean mentionsWord(Collection<String> names, String words) {
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
    found.add(p);
    if (p.place() != null) {
      placeOf.putIfAbsent(p.plant(), p.place());
    }
    List<String> known = plantsOf.computeIfAbsent(p.operator(), k -> new ArrayList<>());
    if (!known.contains(p.plant())) {
      known.add(p.plant());
    }
  }

  /** The rule in {@code rules/en/entities.rules} that finds "the plant in X" ("the plant in Shushary"), X yielded as {@code town}. */
  private static final String THE_PLANT_IN_RULE = "plant.the-plant-in";

  /** "The capacity of the plant in Shushary": the plant the article already placed in that town. */
  void plantsInTheirTowns(String s, TokenRules.SentenceMatches ruleMatches, List<Mention> out) {
    for (RuleMatch m : ruleMatches.of(THE_PLANT_IN_RULE)) {
      int at = m.group("town").orElseThrow().start();
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
}
