package org.partnergraph.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnergraph.extract.Figures.Figure;
import org.partnergraph.extract.Mention.How;
import org.partnergraph.extract.Sentences.Sentence;
import org.partnergraph.model.Article;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.EntityType;
import org.partnergraph.model.Ids;
import org.partnergraph.model.MetricKind;
import org.partnergraph.model.PartnershipKind;
import org.partnergraph.model.PartnershipStatus;
import org.partnergraph.model.Relation;
import org.partnergraph.model.RelationType;
import org.partnergraph.reference.Gazetteer;
import org.partnergraph.reference.RefEntry;
import org.partnergraph.reference.ReferenceData;
import org.partnergraph.resolve.ArticleEntities;

/** One pass over one article: mentions sentence by sentence, then the rules, then the facts. */
final class ArticleReading {
  private static final double CERTAIN = 0.95;
  private static final double LIKELY = 0.85;
  private static final double COREF_PENALTY = 0.1;

  private static final Pattern TOUR_TARGET =
      Pattern.compile("(?i)^\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:production lines?|assembly lines?|facilit(?:y|ies)|plants?|factor(?:y|ies)|workshops?|site|premises|headquarters|shop floor)\\s+(?:of|at)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}$");
  /** Between an owner and its plant: "BMW's ", "Toyota Motor Corp's Motomachi ". */
  private static final Pattern OWNER_GAP =
      Pattern.compile("^(?:\\s+(?:Corp\\.?|Corporation|Co\\.|Inc\\.?|Ltd\\.?|AG|SA))?(?:'s|’s|')?\\s{0,2}(?:\\p{Lu}[\\p{L}-]+\\s+)?$");
  private static final Pattern VISIT_GAP = Pattern.compile(
      "(?i)^\\s+(?:(?:on\\s+|this\\s+|last\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\\s*\\(\\d{1,2}\\))?,?\\s+)?"
          + "(?:to|in|of|at)?\\s*(?:the\\s+)?$");
  private static final Pattern INVITEE_WORDS =
      Pattern.compile("(?i)^\\S*\\s+(?:[\\w-]+\\s+){0,3}?(representatives|compan(?:y|ies)|executives|management|delegation|the group|the automaker|them|it)\\b");
  /** "a plant in Jacareí, which was closed in 2022", "where VW ended vehicle production". */
  private static final Pattern CLOSED = Pattern.compile(
      "(?i)\\b(?:(?:was|were|has been|have been|had been)\\s+(?:closed|shut)|closed down|shut down|(?:ended|ceased|stopped|halted)\\s+(?:\\w+\\s+)?(?:production|assembly|output))\\b");
  /** "Mercedes-Benz, Isuzu and Volkswagen": makers in a list are not each other's partners. */
  private static final Pattern LISTED = Pattern.compile("^\\s*(?:,|and|or|,\\s*and|&)\\s*$");
  private static final Pattern COOPERATION =
      Pattern.compile("(?i)\\b(assembl\\w*|cooperat\\w*|collaborat\\w*|partner(?:s|ship)?|joint venture|together with|jointly|under (?:a |an )?(?:licen[cs]e|contract|agreement)|agreement|deal|memorandum|contract)\\b");
  private static final Pattern BRAND_CUE = Pattern.compile(
      "(?i)\\b(under|brands?|marques?|including|such as|its|and|as well as|maker of|makes|builds|produces|assembles|sells|owns|owner of)\\s+(?:the\\s+)?$|,\\s*(?:the\\s+)?$");
  private static final Pattern PERIOD =
      Pattern.compile("(?i)\\b(last year|this year|next year|(?:in|by|for|since) (?:19|20)\\d\\d|(?:19|20)\\d\\d|annually|a year|per year|each year)\\b");
  private static final Pattern FROM_COUNTRY = Pattern.compile("(?i)\\b(partners?|investors?|compan(?:y|ies)|automakers?|manufacturers?|carmakers?)\\s+from\\s+(?:the\\s+)?$");
  private static final Pattern MONEY_NAME =
      Pattern.compile("(?i)\\b(investments?|incentives|revenue|sales|profit|funding|loans?|capital|contract|subsid(?:y|ies)|budget)\\s+(?:of\\s+|worth\\s+|totall?ing\\s+)?(?:[\\w-]+\\s+){0,2}$");
  private static final Pattern FIGURE_VERB =
      Pattern.compile("(?i)\\b(delivered|sold|produced|exported|assembled|built|manufactured|shipped)\\b[^,;]*$");

  private final Article article;
  private final ReferenceData reference;
  private final Cues cues;
  private final Figures figures;
  private final ArticleEntities entities;
  private final ArticleMemory memory;
  private final MentionFinder finder;
  private final Map<String, Relation> relations = new LinkedHashMap<>();
  private final Map<String, String> firstSentence = new HashMap<>();
  private final Map<String, Partnership> partnerships = new LinkedHashMap<>();
  /** Towns the article places in a region ("SALTILLO, Coahuila —", "Debrecen, the seat of Hajdú-Bihar county"), with the sentence that does. */
  private final Map<String, Map.Entry<String, String>> townRegions = new LinkedHashMap<>();

  /** A partnership being assembled from one or more sentences of the article. */
  private static final class Partnership {
    final Set<String> parties = new TreeSet<>();
    String namedCounterpart;
    String partnerCountry;
    String plant;
    PartnershipKind kind;
    PartnershipStatus status;
    String evidence;
    double confidence;
  }

  ArticleReading(Article article, ReferenceData reference, Gazetteer gazetteer, Cues cues, Figures figures) {
    this.article = article;
    this.reference = reference;
    this.cues = cues;
    this.figures = figures;
    this.entities = new ArticleEntities(reference);
    this.memory = new ArticleMemory(entities);
    this.finder = new MentionFinder(gazetteer, entities, memory);
  }

  ArticleFacts read() {
    for (Sentence sentence : Sentences.split(article.text())) {
      String s = sentence.text();
      List<Mention> ms = finder.find(s);
      for (Mention m : ms) {
        if (m.how() != How.DEMONYM) {
          firstSentence.putIfAbsent(m.id(), s);
        }
      }
      for (GovernorMentions.Found g : finder.governorsFound()) {
        relate(RelationType.GOVERNS, g.governor(), g.region(), s, CERTAIN);
      }
      for (Mention m : ms) {
        if (m.type() == EntityType.CITY) {
          regionAfterTown(s, ms, m.id()).ifPresent(r -> townRegions.putIfAbsent(m.id(), Map.entry(r, s)));
        }
      }
      for (PlantMentions.PlantFound p : finder.plantsFound()) {
        if (!CLOSED.matcher(clauseOf(s, ms, p.plant())).find()) {
          relate(RelationType.OPERATES, p.operator(), p.plant(), s, LIKELY); // a closed plant is no longer run
        }
        if (p.place() != null) {
          relate(RelationType.LOCATED_IN, p.plant(), p.place(), s, LIKELY);
        }
        foreignPlant(p, s, ms);
      }
      for (ForumMentions.HeldIn f : finder.forumPlaces()) {
        relate(RelationType.HELD_IN, f.forum(), f.city(), s, LIKELY);
      }
      plantsRunning(s, ms);
      forums(s, ms);
      visits(s, ms);
      invitations(s, ms);
      brands(s, ms);
      partnerships(s, ms);
      jointVentures(s, ms);
      assemblyFor(s, ms);
      signedWithGovernment(s, ms);
      metrics(s, ms);
    }
    plantsInPlacedTowns();
    emitPartnerships();
    forgetUnmentioned();
    referenceRelations();
    return new ArticleFacts(article, entities.entities(), List.copyOf(relations.values()), RuleExtractor.VERSION);
  }

  /** A plant in a town the article places in a region is in that region too. */
  private void plantsInPlacedTowns() {
    for (Relation r : List.copyOf(relations.values())) {
      Map.Entry<String, String> region = r.type() == RelationType.LOCATED_IN ? townRegions.get(r.to()) : null;
      if (region != null) {
        relate(RelationType.LOCATED_IN, r.from(), region.getKey(), r.evidence(), LIKELY - 0.05);
      }
    }
  }

  private static final Pattern TOWN_REGION_GAP = Pattern.compile(
      "^(?:,\\s+(?:also\\s+)?(?:in\\s+)?(?:the\\s+(?:seat|capital|centre|center)\\s+of\\s+)?(?:the\\s+)?"
          + "(?:(?:north|south|east|west|central)\\S*\\s+(?:of\\s+)?)?(?:\\p{Lu}[\\p{L}-]+'s\\s+)?|\\s+in\\s+(?:the\\s+)?)$");

  /**
   * "in Szeged, in southern Hungary's Csongrád-Csanád county", "in Ellabell, Georgia", "at Penukonda in
   * Andhra Pradesh's Sri Sathya Sai district": the region a town is placed in.
   */
  private Optional<String> regionAfterTown(String s, List<Mention> ms, String town) {
    if (entities.type(town) != EntityType.CITY) {
      return Optional.empty();
    }
    for (Mention t : ms) {
      if (!t.id().equals(town)) {
        continue;
      }
      for (Mention r : ms) {
        if (r.type() == EntityType.REGION && r.start() > t.end() && r.start() - t.end() < 60
            && TOWN_REGION_GAP.matcher(s.substring(t.end(), r.start())).matches()
            && entities.countryCode(r.id()).equals(entities.countryCode(town)) | entities.countryCode(town).isEmpty()) {
          return Optional.of(r.id());
        }
      }
    }
    return Optional.empty();
  }

  /** Automakers whose only mention was taken back for a person ("Premier Doug Ford") and that no fact uses. */
  private void forgetUnmentioned() {
    for (var e : entities.entities()) {
      if (e.type() == EntityType.AUTOMAKER && !memory.mentioned(e.id())
          && relations.values().stream().noneMatch(r -> r.from().equals(e.id()) || r.to().equals(e.id()))) {
        entities.forget(e.id());
      }
    }
  }

  private void relate(RelationType type, String from, String to, String evidence, double confidence) {
    if (from.equals(to) || !type.allows(entities.type(from), entities.type(to))) {
      return;
    }
    Relation r = new Relation(type, from, to, evidence, Math.max(0, Math.min(1, confidence)));
    relations.merge(r.key(), r, (old, add) -> add.confidence() > old.confidence() ? add : old);
  }

  private static double confidence(double base, Mention... used) {
    double c = base;
    for (Mention m : used) {
      if (m.how() == How.COREF) {
        c -= COREF_PENALTY;
      }
    }
    return c;
  }

  private static Optional<Mention> firstOf(List<Mention> ms, EntityType type, int before) {
    return ms.stream().filter(m -> m.type() == type && m.start() < before && m.how() != How.DEMONYM).findFirst();
  }

  // --- forums: who spoke at or attended which forum, and where it was held

  private void forums(String s, List<Mention> ms) {
    for (Mention f : ms) {
      if (f.type() != EntityType.FORUM) {
        continue;
      }
      String before = s.substring(0, f.start());
      Optional<Mention> governor = ms.stream().filter(m -> m.type() == EntityType.GOVERNOR).findFirst();
      if (governor.isPresent() && !cues.negated(s, f.start())) {
        if (cues.named("speak").matcher(tail(before, 60)).find()) {
          relate(RelationType.SPOKE_AT, governor.get().id(), f.id(), s, confidence(LIKELY, governor.get()));
        } else if (cues.named("attend").matcher(tail(before, 60)).find()) {
          relate(RelationType.ATTENDED, governor.get().id(), f.id(), s, confidence(LIKELY, governor.get()));
        }
      }
      ms.stream()
          .filter(m -> m.start() >= f.end() && (m.type() == EntityType.CITY || m.type() == EntityType.COUNTRY) && m.how() == How.NAME)
          .findFirst()
          .filter(place -> cues.named("held").matcher(s.substring(f.end(), place.start())).matches())
          .ifPresent(place -> relate(RelationType.HELD_IN, f.id(), place.id(), s, LIKELY));
    }
  }

  private static String tail(String s, int n) {
    return s.length() <= n ? s : s.substring(s.length() - n);
  }

  // --- visits: a governor's trip to a country, city, automaker or plant

  private void visits(String s, List<Mention> ms) {
    Set<String> seen = new LinkedHashSet<>();
    for (Pattern cue : List.of(cues.named("visit"), cues.named("tour_object"))) {
      Matcher c = cue.matcher(s);
      while (c.find()) {
        int at = c.start();
        int cueEnd = c.end();
        Optional<Mention> governor = firstOf(ms, EntityType.GOVERNOR, at);
        if (governor.isEmpty() || cues.negated(s, at)) {
          continue;
        }
        for (Mention t : ms) {
          if (t.start() < cueEnd || t.how() == How.DEMONYM || !Set.of(EntityType.COUNTRY, EntityType.CITY, EntityType.AUTOMAKER, EntityType.PLANT).contains(t.type())) {
            continue;
          }
          String gap = s.substring(cueEnd, t.start());
          Mention target = plantOf(t, s, ms);
          if ((VISIT_GAP.matcher(gap).matches() || TOUR_TARGET.matcher(gap).matches()) && seen.add(target.id())) {
            relate(RelationType.VISITED, governor.get().id(), target.id(), s, confidence(LIKELY, governor.get()));
          }
          break;
        }
      }
    }
  }

  /** "a visit to BMW's Plant Spartanburg": the automaker named first is the plant's owner; the plant is what was visited. */
  private static Mention plantOf(Mention automaker, String s, List<Mention> ms) {
    if (automaker.type() != EntityType.AUTOMAKER) {
      return automaker;
    }
    for (Mention p : ms) {
      if (p.type() == EntityType.PLANT && p.start() >= automaker.start()
          && (p.start() <= automaker.end() || OWNER_GAP.matcher(s.substring(automaker.end(), p.start())).matches())) {
        return p;
      }
    }
    return automaker;
  }

  // --- invitations: a governor inviting an automaker, which opens a partnership

  private static final Pattern WE_IN_QUOTE = Pattern.compile("[\"“«]\\s*[^\"”»]{0,80}\\b(?:We|we)\\s+(?:have\\s+|also\\s+|again\\s+)?$");

  private void invitations(String s, List<Mention> ms) {
    Matcher c = cues.named("invite").matcher(s);
    while (c.find()) {
      int at = c.start();
      Optional<Mention> governor = firstOf(ms, EntityType.GOVERNOR, at);
      if (governor.isEmpty() && WE_IN_QUOTE.matcher(s.substring(0, at)).find()) {
        // "\"We invite Chery to do here …\" Illa said": the governor speaking
        governor = ms.stream().filter(m -> m.type() == EntityType.GOVERNOR).findFirst()
            .or(() -> memory.last(EntityType.GOVERNOR).map(id -> new Mention(EntityType.GOVERNOR, id, at, at, How.COREF)));
      }
      if (governor.isEmpty() || cues.negated(s, at)) {
        continue;
      }
      Optional<Mention> invitee = ms.stream().filter(m -> m.type() == EntityType.AUTOMAKER && m.start() >= c.end()).findFirst();
      if (invitee.isEmpty() && INVITEE_WORDS.matcher(s.substring(c.end())).find()) {
        invitee = ms.stream().filter(m -> m.type() == EntityType.AUTOMAKER && m.end() <= at).reduce((a, b) -> b);
        if (invitee.isEmpty()) {
          invitee = memory.last(EntityType.AUTOMAKER).map(id -> new Mention(EntityType.AUTOMAKER, id, at, at, How.COREF));
        }
      }
      if (invitee.isEmpty()) {
        continue;
      }
      double conf = confidence(LIKELY, governor.get(), invitee.get());
      relate(RelationType.INVITED, governor.get().id(), invitee.get().id(), s, conf);
      Optional<String> region = memory.regionOf(governor.get().id());
      if (region.isPresent()) {
        PartnershipKind kind = cues.kind(s.substring(c.end())).orElse(PartnershipKind.OTHER);
        partnership(Set.of(region.get()), invitee.get().id(), null, null, kind, PartnershipStatus.INVITED, s, conf - 0.05);
      }
    }
  }

  // --- brands: "passenger cars under the Changan brand", "its Haval and Tank brands"

  private static final Pattern BRAND_WORD = Pattern.compile("(?i)\\b(brands?|marques?|badges?|nameplates?)\\b");

  private void brands(String s, List<Mention> ms) {
    for (Mention b : ms) {
      if (b.type() != EntityType.BRAND) {
        continue;
      }
      Optional<String> listedOwner = entities.reference(b.id()).map(RefEntry::parent);
      if (listedOwner.isPresent() && entities.contains(listedOwner.get()) && BRAND_WORD.matcher(s).find()) {
        // "Omoda and Jaecoo, the two brands with which the Chinese group sells": the owner is
        // named in the article and the reference data says whose brand it is.
        relate(RelationType.OWNS_BRAND, listedOwner.get(), b.id(), s, CERTAIN);
        continue;
      }
      Optional<Mention> owner = ms.stream().filter(m -> m.type() == EntityType.AUTOMAKER && m.end() <= b.start()).findFirst();
      if (owner.isEmpty() || !BRAND_CUE.matcher(tail(s.substring(0, b.start()), 30)).find()) {
        continue;
      }
      Optional<String> knownOwner = entities.reference(b.id()).map(RefEntry::parent);
      if (knownOwner.isPresent() && !knownOwner.get().equals(owner.get().id())) {
        continue; // the reference data says another group owns it: do not guess
      }
      if (knownOwner.isEmpty() && b.start() - owner.get().end() > 40) {
        continue; // a brand the data does not know: only an owner named right before it
      }
      double base = knownOwner.isPresent() ? CERTAIN : LIKELY - 0.05;
      relate(RelationType.OWNS_BRAND, owner.get().id(), b.id(), s, confidence(base, owner.get()));
    }
  }

  // --- partnerships: a local party, a foreign counterpart and a cue of what and how far

  private void partnerships(String s, List<Mention> ms) {
    Optional<PartnershipKind> kind = cues.kind(s);
    Optional<PartnershipStatus> status = cues.status(s);
    if (kind.isEmpty() && status.isEmpty() || cues.named("former").matcher(s).find() || cues.named("denial").matcher(s).find()) {
      return; // no cue, a past arrangement ("ran the plant before selling it") or a denial: not a partnership
    }
    Mention counterpart = foreignCounterpart(s, ms);
    String partnerCountry = counterpart == null ? null : counterpart.id().substring("country/".length()).toUpperCase(Locale.ROOT);
    String counterpartCountry = partnerCountry;
    if (partnerCountry != null && ms.stream().anyMatch(m -> m.type() == EntityType.REGION
        && entities.countryCode(m.id()).map(counterpartCountry::equals).orElse(false))) {
      counterpart = null; // "the Brazilian group" in Goiás: a region's own country is no foreign partner
      partnerCountry = null;
    }
    Set<String> locals = new LinkedHashSet<>();
    String plant = null;
    Mention localEvidence = null;
    for (Mention m : ms) {
      if (m.type() == EntityType.REGION || m.type() == EntityType.PLANT) {
        if (m.type() == EntityType.PLANT) {
          plant = m.id();
          operatorOf(m.id()).ifPresent(locals::add);
        } else {
          locals.add(m.id());
        }
        localEvidence = localEvidence == null ? m : localEvidence;
      }
    }
    if (locals.isEmpty()) {
      Optional<Mention> governor = ms.stream().filter(m -> m.type() == EntityType.GOVERNOR).findFirst();
      Optional<String> region = governor.flatMap(g -> memory.regionOf(g.id()))
          // "The parties discussed …", after the governor met a foreign maker: his region is a party
          .or(() -> THE_PARTIES.matcher(s).lookingAt() ? memory.last(EntityType.GOVERNOR).flatMap(memory::regionOf) : Optional.empty());
      if (region.isPresent()) {
        locals.add(region.get());
        localEvidence = new Mention(EntityType.REGION, region.get(), 0, 0, How.COREF);
      }
    }
    List<Mention> automakers = ms.stream()
        .filter(m -> m.type() == EntityType.AUTOMAKER && !locals.contains(m.id()) && !cues.negated(s, m.start())
            && !cues.named("former_near").matcher(s.substring(0, m.start())).find()
            && !cues.named("owner_near").matcher(s.substring(0, m.start())).find())
        .toList();
    Mention named = null;
    for (Mention a : automakers) {
      Optional<String> home = entities.countryCode(a.id());
      if (home.isEmpty()) {
        continue;
      }
      if (partnerCountry != null) {
        if (home.get().equals(partnerCountry)) {
          named = named == null ? a : named; // "Geely, the Chinese automaker": the counterpart has a name
        } else if (counterpart != null && a.start() < counterpart.start()) {
          // "Renault signed with a Chinese partner": the local side is named before its counterpart
          locals.add(a.id());
          localEvidence = localEvidence == null ? a : localEvidence;
        }
      } else if (named == null && !locals.isEmpty() && foreignTo(a.id(), locals)
          && (locals.stream().anyMatch(l -> entities.type(l) == EntityType.REGION) || COOPERATION.matcher(s).find())) {
        named = a; // two makers in one sentence are partners only when it says they work together
      } else if (named == null && locals.isEmpty() && automakers.size() > 1 && foreignTo(a.id(), Set.of(automakers.get(0).id()))
          && COOPERATION.matcher(s).find()
          && !LISTED.matcher(s.substring(automakers.get(0).end(), Math.max(automakers.get(0).end(), a.start()))).matches()) {
        locals.add(automakers.get(0).id());
        localEvidence = automakers.get(0);
        named = a;
      }
    }
    Set<String> regions = regionsOf(locals);
    if (!regions.isEmpty()) {
      boolean domesticMaker = locals.stream().anyMatch(l -> entities.type(l) == EntityType.AUTOMAKER && !foreignTo(l, regions));
      if (named != null && domesticMaker) {
        // "the CAOA factory in Anápolis, where the Brazilian group assembles Hyundai vehicles": CAOA and Hyundai are the partners
        locals.removeIf(l -> entities.type(l) == EntityType.REGION);
      } else if (named == null) {
        // "visited DRB-HICOM's plant and said the state would welcome Chinese carmakers": the state is the party;
        // "invited Korean component makers next to the (Kia) plant": Kia is no side of a deal with its own country
        String country = partnerCountry;
        locals.removeIf(l -> entities.type(l) == EntityType.AUTOMAKER
            && (!foreignTo(l, regions) || entities.countryCode(l).map(c -> c.equals(country)).orElse(false)));
      } else {
        // "VinFast delayed its plant … the day the governor toured Toyota's plant": a foreign maker is the
        // region's counterpart, never a local side of another foreign maker's deal
        locals.removeIf(l -> entities.type(l) == EntityType.AUTOMAKER && foreignTo(l, regions));
      }
    }
    String plantOperator = plant == null ? null : operatorOf(plant).orElse(null);
    if (plantOperator != null && !locals.contains(plantOperator) && (named == null || !named.id().equals(plantOperator))) {
      plant = null; // the plant was only where it was said
    }
    if (locals.isEmpty() && named != null) {
      // "talks with the Chinese manufacturer Chery on a second plant in Algeria": the maker and its host country
      Mention maker = named;
      String home = entities.countryCode(maker.id()).orElse(null);
      Optional<Mention> host = ms.stream()
          .filter(m -> m.type() == EntityType.COUNTRY && m.how() == How.NAME && m.start() > maker.end()
              && !entities.countryCode(m.id()).orElse("").equals(home) && IN_BEFORE.matcher(s.substring(0, m.start())).find())
          .findFirst();
      if (host.isPresent()) {
        partnership(Set.of(named.id()), null, entities.countryCode(host.get().id()).orElseThrow(), null,
            kind.orElse(PartnershipKind.OTHER), status.orElse(null), s, confidence(0.75, named, host.get()));
        return;
      }
    }
    if (locals.isEmpty() || (partnerCountry == null && named == null)) {
      return;
    }
    Mention other = named != null ? named : counterpart;
    double conf = confidence(0.8, localEvidence, other);
    Optional<PartnershipKind> between = localEvidence.how() == How.COREF || other == null ? Optional.empty()
        : cues.kind(s.substring(Math.min(localEvidence.end(), other.end()), Math.max(localEvidence.start(), other.start())));
    boolean others = named == null && (OTHERS_BEFORE.matcher(s.substring(0, counterpart.start())).find()
        || SUPPLIERS_AFTER.matcher(s.substring(counterpart.end())).lookingAt());
    partnership(locals, named == null ? null : named.id(), named == null ? partnerCountry : null, others, plant,
        between.or(() -> kind).orElse(PartnershipKind.OTHER), status.orElse(null), s, conf);
  }

  /**
   * A plant an automaker runs abroad is a cross-border partnership with its host: the region when
   * the article names it, else the host country. How far it has got comes from the sentence's cues
   * (or later ones); with none it is never loaded.
   */
  private static final Pattern CLAUSE_BREAK = Pattern.compile(";|,\\s+and\\s|,\\s+while\\s|,\\s+but\\s|\\s+whereas\\s");

  /** The clause of the sentence that names this entity: "BMW is due to start …, and Mercedes-Benz has run a plant …". */
  private static String clauseOf(String s, List<Mention> ms, String id) {
    Optional<Mention> m = ms.stream().filter(x -> x.id().equals(id)).findFirst();
    if (m.isEmpty()) {
      return s;
    }
    Matcher b = CLAUSE_BREAK.matcher(s);
    int end = b.find(m.get().end()) ? b.start() : s.length();
    return s.substring(clauseStartBefore(s, m.get().start()), end);
  }

  private void foreignPlant(PlantMentions.PlantFound p, String sentence, List<Mention> ms) {
    String s = clauseOf(sentence, ms, p.plant());
    Optional<String> home = entities.countryCode(p.operator());
    // "Slovakia, which hosts plants of Volkswagen in Bratislava, …": a sentence about the country, not a region
    Optional<String> countryNamed = ms.stream()
        .filter(m -> m.type() == EntityType.COUNTRY && m.how() == How.NAME && !AutomakerMentions.OWNER_BEFORE.matcher(sentence.substring(0, m.start())).find())
        .map(m -> entities.countryCode(m.id()).orElse("")).filter(c -> !c.equals(home.orElse(null))).findFirst();
    boolean aboutTheCountry = countryNamed.isPresent() && ms.stream().noneMatch(m -> m.type() == EntityType.REGION);
    if (p.place() == null && !aboutTheCountry && memory.onlyRegion().isEmpty()) {
      return; // a plant with no place is hosted by the country a sentence is about, or the article's one region
    }
    // a town the article places in a region ("in Apaseo el Grande, Guanajuato") lies there; one the
    // reference data does not know lies in the one region the article has named
    Optional<String> placedIn = Optional.ofNullable(p.place()).map(townRegions::get).map(Map.Entry::getKey);
    Optional<String> placeCountry = p.place() == null ? Optional.empty() : entities.countryCode(p.place());
    Optional<String> townRegion = placedIn.isPresent() ? placedIn
        : placeCountry.isEmpty() && !aboutTheCountry ? memory.onlyRegion() : Optional.empty();
    Optional<String> host = townRegion.isPresent() ? townRegion.flatMap(entities::countryCode) : placeCountry.or(() -> countryNamed);
    if (home.isEmpty() || host.isEmpty() || home.get().equals(host.get()) || cues.named("former").matcher(s).find()
        || cues.named("denial").matcher(s).find()) {
      return;
    }
    Optional<String> referenceRegion = p.place() == null ? Optional.empty() : entities.reference(p.place()).map(RefEntry::parent);
    String region = townRegion.isPresent() ? townRegion.get()
        : p.place() != null && entities.type(p.place()) == EntityType.REGION ? p.place()
        : referenceRegion.isPresent() ? referenceRegion.filter(entities::contains).orElse(null) // a known town's own region, or none
        : aboutTheCountry ? null
        : memory.onlyRegionIn(host.get()).orElse(null);
    PartnershipKind kind = cues.kind(s).orElse(PartnershipKind.PRODUCTION);
    PartnershipStatus status = running(s) ? PartnershipStatus.OPERATING : cues.status(s).orElse(null);
    if (region != null) {
      partnership(Set.of(region), p.operator(), null, p.plant(), kind, status, s, LIKELY - 0.1);
    } else {
      partnership(Set.of(p.operator()), null, host.get(), p.plant(), kind, status, s, LIKELY - 0.1);
    }
  }

  private Set<String> regionsOf(Set<String> parties) {
    Set<String> regions = new LinkedHashSet<>();
    parties.stream().filter(l -> entities.type(l) == EntityType.REGION).forEach(regions::add);
    return regions;
  }

  /** "At present the plant produces about 200,000 units": a plant said to run now makes its partnership operating. */
  private void plantsRunning(String s, List<Mention> ms) {
    for (Mention m : ms) {
      if (m.type() == EntityType.PLANT && running(clauseOf(s, ms, m.id()), "running_now")) {
        partnerships.values().stream().filter(p -> m.id().equals(p.plant))
            .forEach(p -> p.status = PartnershipStatus.OPERATING);
      }
    }
  }

  /** Whether the sentence speaks of something that exists now ("employs", "toured", "since 2019") and of nothing still to come. */
  private boolean running(String s) {
    return running(s, "running");
  }

  private boolean running(String s, String cue) {
    Matcher m = cues.named(cue).matcher(s);
    while (m.find()) {
      if (!cues.negated(s, m.start()) && !cues.named("not_yet").matcher(s.substring(Math.max(0, m.start() - 40), m.end())).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "a joint venture of Kia and the Kazakh car manufacturer Allur", "BYD's joint venture with
   * UzAuto Motors": the two automakers of a cross-border joint venture are partners.
   */
  private void jointVentures(String s, List<Mention> ms) {
    Matcher jv = cues.named("joint_venture").matcher(s);
    if (!jv.find() || cues.negated(s, jv.start()) || cues.named("former").matcher(s).find() || cues.named("denial").matcher(s).find()
        || cues.named("former_near").matcher(s.substring(0, jv.start())).find()) {
      return; // "which until 2022 belonged to a joint venture of Ford and Sollers": over
    }
    int at = jv.start();
    List<Mention> after = ms.stream()
        .filter(m -> m.type() == EntityType.AUTOMAKER && m.start() >= jv.end() && m.start() - jv.end() < 120)
        .toList();
    Mention a;
    Mention b;
    String between = after.size() >= 2 ? s.substring(after.get(0).end(), after.get(1).start()) : "";
    if (after.size() >= 2 && s.substring(jv.end(), after.get(0).start()).matches("(?i)\\s*(of|between)\\s+(the\\s+)?[^,;]{0,40}")
        && between.matches("(?i)[^,;]{0,15}\\band\\b[^;]{0,60}")) {
      a = after.get(0);
      b = after.get(1);
    } else if (!after.isEmpty() && s.substring(jv.end(), after.get(0).start()).matches("(?i)\\s*with\\s+(the\\s+)?[^,;]{0,40}")) {
      Optional<Mention> owner = ms.stream().filter(m -> m.type() == EntityType.AUTOMAKER && m.end() <= at).reduce((x, y) -> y);
      if (owner.isEmpty()) {
        return;
      }
      a = owner.get();
      b = after.get(0);
    } else {
      return;
    }
    if (a.id().equals(b.id()) || !foreignTo(b.id(), Set.of(a.id()))) {
      return;
    }
    PartnershipStatus status = cues.status(s).orElse(running(s) ? PartnershipStatus.OPERATING : null);
    partnership(Set.of(a.id()), b.id(), null, null, cues.kind(s).orElse(PartnershipKind.PRODUCTION), status, s, confidence(LIKELY - 0.05, a, b));
  }

  private static final Pattern ASSEMBLES =
      Pattern.compile("(?i)\\b(assembles|assembling|is assembling|(?:are|is) assembled|builds|produces|makes)\\s+(?:[\\w-]+\\s+){0,3}?(?:cars|vehicles|automobiles|models|kits|trucks|buses|suvs)?\\s*(?:for|of|from)?\\b");
  private static final Pattern CLAUSE_END =
      Pattern.compile("[;:]|,\\s+(?:which|where|while|but|and|a|an|the|who|partly|majority|owned)\\b|\\s(?:while|but|whereas|after|afterwards)\\s");
  private static final Pattern CHANGED_HANDS = Pattern.compile("(?i)\\b(bought|acquired|took over|purchased|sold)\\b");
  private static final Pattern PAST_YEAR = Pattern.compile("(?i)\\b(before|until|till)\\s+(19|20)\\d\\d\\b");

  /**
   * "Astana Motors, which assembles Hyundai cars", "the plant assembles vehicles for several Chinese
   * partners, including JAC Motors": an automaker assembling another's vehicles is that
   * automaker's partner when the two are from different countries.
   */
  private void assemblyFor(String s, List<Mention> ms) {
    if (PAST_YEAR.matcher(s).find() || cues.named("former").matcher(s).find() || cues.named("denial").matcher(s).find()) {
      return;
    }
    Matcher c = ASSEMBLES.matcher(s);
    while (c.find()) {
      int at = c.start();
      if (cues.negated(s, at) || cues.modal(s, at)) {
        continue;
      }
      // the maker or plant named nearest before the verb: "…," Stein said after visiting the battery plant, which makes cells for Toyota'
      Optional<Mention> assembler = ms.stream()
          .filter(m -> (m.type() == EntityType.AUTOMAKER && m.how() != How.DEMONYM || m.type() == EntityType.PLANT) && m.end() <= at)
          .filter(m -> !cues.named("former_near").matcher(s.substring(0, m.start())).find())
          .reduce((a, b) -> b.start() >= a.end() ? b : a)
          .flatMap(m -> m.type() == EntityType.PLANT
              ? operatorOf(m.id()).map(id -> new Mention(EntityType.AUTOMAKER, id, m.start(), m.end(), How.COREF))
              : Optional.of(m));
      if (assembler.isEmpty()) {
        continue;
      }
      String after = s.substring(c.end());
      Matcher end = CLAUSE_END.matcher(after);
      int limit = c.end() + Math.min(120, end.find() ? end.start() : after.length());
      for (Mention b : ms) {
        if (b.type() != EntityType.AUTOMAKER || b.start() < c.start() || b.end() > limit || b.id().equals(assembler.get().id())
            || !foreignTo(b.id(), Set.of(assembler.get().id())) || CHANGED_HANDS.matcher(s.substring(c.start(), b.start())).find()) {
          continue;
        }
        partnership(Set.of(assembler.get().id()), b.id(), null, null, PartnershipKind.ASSEMBLY, PartnershipStatus.OPERATING, s,
            confidence(LIKELY - 0.1, assembler.get(), b));
      }
    }
  }

  private static final Pattern SIGNED = Pattern.compile("(?i)\\b(signed|inked|concluded)\\b");
  private static final Pattern WITH_GOVERNMENT = Pattern.compile(
      "(?i)^[^.;]{0,60}?\\bwith\\s+(?:the\\s+)?(?:([\\p{L}-]+)\\s+)?(?:state\\s+|regional\\s+|provincial\\s+|federal\\s+|central\\s+)?"
          + "(government|ministry|authorities|administration|cabinet)\\b");

  /**
   * "BYD signed the land purchase agreement with the Hungarian government", "The Vietnamese
   * automaker signed a memorandum with the state government": a foreign automaker's deal with its
   * host. It raises the status of the automaker's partnership with that host, or opens one.
   */
  private void signedWithGovernment(String s, List<Mention> ms) {
    Matcher c = SIGNED.matcher(s);
    while (c.find()) {
      int at = c.start();
      Matcher g = WITH_GOVERNMENT.matcher(s.substring(c.end()));
      if (cues.negated(s, at) || cues.modal(s, at) || !g.find()) {
        continue;
      }
      Optional<Mention> signer = ms.stream()
          .filter(m -> m.type() == EntityType.AUTOMAKER && m.end() <= at && m.how() != How.DEMONYM)
          .filter(m -> !cues.named("owner_near").matcher(s.substring(0, m.start())).find())
          .reduce((a, b) -> b);
      if (signer.isEmpty()) {
        continue;
      }
      int govAt = c.end() + g.start(2);
      Optional<String> hostCountry = ms.stream()
          .filter(m -> m.type() == EntityType.COUNTRY && m.start() >= c.end() && m.end() <= govAt)
          .map(m -> m.id().substring("country/".length()).toUpperCase(Locale.ROOT))
          .filter(x -> x != null)
          .findFirst();
      Optional<String> region = hostCountry.isPresent() ? memory.onlyRegionIn(hostCountry.get())
          : g.group(0).toLowerCase(Locale.ROOT).matches("(?s).*\\b(state|regional|provincial)\\s+government.*") ? memory.onlyRegion() : Optional.empty();
      if (hostCountry.isEmpty() && region.isEmpty()) {
        // "signed the agreement with the Ministry of Industry": the host of the signer's partnership
        partnerships.values().stream()
            .filter(p -> (p.parties.contains(signer.get().id()) || signer.get().id().equals(p.namedCounterpart))
                && p.parties.stream().anyMatch(x -> entities.type(x) == EntityType.REGION))
            .findFirst()
            .ifPresent(p -> p.status = p.status == null || p.status.compareTo(PartnershipStatus.SIGNED) < 0 ? PartnershipStatus.SIGNED : p.status);
        continue;
      }
      Optional<String> host = hostCountry.or(() -> region.flatMap(entities::countryCode));
      if (host.isEmpty() || !entities.countryCode(signer.get().id()).map(h -> !h.equals(host.get())).orElse(false)) {
        continue;
      }
      PartnershipKind kind = cues.kind(s).orElse(PartnershipKind.INVESTMENT);
      double conf = confidence(LIKELY - 0.1, signer.get());
      if (region.isPresent()) {
        partnership(Set.of(region.get()), signer.get().id(), null, null, kind, PartnershipStatus.SIGNED, s, conf);
      } else {
        partnership(Set.of(signer.get().id()), null, host.get(), null, kind, PartnershipStatus.SIGNED, s, conf);
      }
    }
  }

  /** "Korean component makers": suppliers of that country, not the carmaker of that country already named. */
  private static final Pattern SUPPLIERS_AFTER = Pattern.compile("(?i)\\s+(?:(?:automotive|auto|car)\\s+)?(?:component|parts|battery|suppliers?\\b)");
  private static final Pattern IN_BEFORE = Pattern.compile("\\bin\\s+$");
  private static final Pattern THE_PARTIES = Pattern.compile("(?:The|Both)\\s+(?:parties|sides)\\b");
  private static final Pattern OTHERS_BEFORE = Pattern.compile("(?i)\\b(?:other|more|further|additional)\\s+$");

  /** "a Chinese partner", "Chinese manufacturers", "investors from China": a foreign side named by country. */
  private Mention foreignCounterpart(String s, List<Mention> ms) {
    for (Mention m : ms) {
      if (m.type() != EntityType.COUNTRY || cues.negated(s, m.start()) || AutomakerMentions.OWNER_BEFORE.matcher(s.substring(0, m.start())).find()) {
        continue; // "owned by India's Tata Motors": the owner's country is no partner
      }
      boolean demonymPartner = m.how() == How.DEMONYM && cues.partnerAfterDemonym().matcher(s.substring(m.end())).lookingAt()
          && !insideQuote(s, m.start());
      boolean fromCountry = m.how() == How.NAME && FROM_COUNTRY.matcher(s.substring(0, m.start())).find();
      if (demonymPartner || fromCountry) {
        return m;
      }
    }
    return null;
  }

  /**
   * Whether {@code at} falls inside quoted speech ("Every large German manufacturer is here, and
   * …"); a short quoted phrase ("talks with 'a leading German automaker'") is reported fact.
   */
  private static boolean insideQuote(String s, int at) {
    String before = s.substring(0, at);
    long straight = before.chars().filter(c -> c == '"').count();
    long open = before.chars().filter(c -> c == '“' || c == '«').count();
    long close = before.chars().filter(c -> c == '”' || c == '»').count();
    if (straight % 2 == 0 && open <= close) {
      return false;
    }
    int from = Math.max(Math.max(before.lastIndexOf('"'), before.lastIndexOf('“')), before.lastIndexOf('«'));
    int to = s.length();
    for (char q : new char[] {'"', '”', '»'}) {
      int i = s.indexOf(q, at);
      if (i >= 0) {
        to = Math.min(to, i);
      }
    }
    return s.substring(from + 1, to).trim().split("\\s+").length > 6;
  }

  private Optional<String> operatorOf(String plant) {
    return relations.values().stream()
        .filter(r -> r.type() == RelationType.OPERATES && r.to().equals(plant))
        .map(Relation::from)
        .findFirst();
  }

  /**
   * Whether the automaker's home country differs from that of every local party whose country is
   * known (a company the reference data does not know takes its country from the region beside it).
   */
  private boolean foreignTo(String automaker, Set<String> locals) {
    Optional<String> home = entities.countryCode(automaker);
    if (home.isEmpty()) {
      return false;
    }
    boolean anyKnown = false;
    for (String l : locals) {
      Optional<String> country = entities.countryCode(l);
      if (country.isPresent() && country.get().equals(home.get())) {
        return false;
      }
      anyKnown |= country.isPresent();
    }
    return anyKnown;
  }

  private void partnership(Set<String> locals, String named, String partnerCountry, String plant,
      PartnershipKind kind, PartnershipStatus status, String evidence, double confidence) {
    partnership(locals, named, partnerCountry, false, plant, kind, status, evidence, confidence);
  }

  /** {@code othersOfTheCountry}: "other Chinese carmakers", not the Chinese one already named. */
  private void partnership(Set<String> locals, String named, String partnerCountry, boolean othersOfTheCountry, String plant,
      PartnershipKind kind, PartnershipStatus status, String evidence, double confidence) {
    Partnership p = findPartnership(locals, named, partnerCountry, othersOfTheCountry);
    if (p == null) {
      p = new Partnership();
      p.parties.addAll(locals);
      p.kind = kind;
      p.evidence = evidence;
      p.confidence = confidence;
      partnerships.put(String.join("|", locals) + "|" + (named != null ? named : partnerCountry), p);
    }
    if (named != null && p.namedCounterpart == null) {
      p.namedCounterpart = named;
      p.partnerCountry = null;
    } else if (named == null && p.namedCounterpart == null) {
      p.partnerCountry = partnerCountry;
    }
    if (plant != null) {
      p.plant = plant;
    }
    if (p.kind == PartnershipKind.OTHER && kind != PartnershipKind.OTHER) {
      p.kind = kind;
    }
    if (status != null && (p.status == null || status.compareTo(p.status) > 0)) {
      p.status = status;
    }
    p.confidence = Math.max(p.confidence, confidence);
  }

  /** An earlier partnership of the same local parties with the same counterpart, named or by country. */
  private Partnership findPartnership(Set<String> locals, String named, String partnerCountry, boolean othersOfTheCountry) {
    if (named != null) {
      // "Astana Motors assembles Hyundai cars" and "Hyundai … with Astana Motors": the same two sides
      Set<String> sides = new TreeSet<>(locals);
      sides.add(named);
      for (Partnership p : partnerships.values()) {
        if (p.namedCounterpart != null) {
          Set<String> other = new TreeSet<>(p.parties);
          other.add(p.namedCounterpart);
          if (other.equals(sides)) {
            return p;
          }
        }
      }
    }
    for (Partnership p : partnerships.values()) {
      if (!p.parties.containsAll(locals) && !locals.containsAll(p.parties)) {
        continue;
      }
      String pCountry = p.namedCounterpart != null ? entities.countryCode(p.namedCounterpart).orElse(null) : p.partnerCountry;
      if (named != null && (named.equals(p.namedCounterpart) || p.namedCounterpart == null && entities.countryCode(named).map(c -> c.equals(p.partnerCountry)).orElse(false))) {
        return p;
      }
      if (named == null && partnerCountry != null && partnerCountry.equals(pCountry) && !(othersOfTheCountry && p.namedCounterpart != null)) {
        return p;
      }
    }
    return null;
  }

  /**
   * A foreign plant first seen with only its host country ("its new plant in Debrecen") belongs to
   * the plant town's region when the article names that region later ("the seat of Hajdú-Bihar county").
   */
  private void placeHostCountryPlantsInRegions() {
    for (var e : List.copyOf(partnerships.entrySet())) {
      Partnership p = e.getValue();
      if (p.plant == null || p.namedCounterpart != null || p.partnerCountry == null || p.parties.size() != 1) {
        continue;
      }
      String operator = p.parties.iterator().next();
      Optional<String> region = relations.values().stream()
          .filter(r -> r.type() == RelationType.LOCATED_IN && r.from().equals(p.plant))
          .map(r -> entities.reference(r.to()).map(RefEntry::parent).orElse(null))
          .filter(x -> x != null && entities.contains(x) && entities.countryCode(x).map(p.partnerCountry::equals).orElse(false))
          .findFirst();
      if (region.isPresent()) {
        partnerships.remove(e.getKey());
        partnership(Set.of(region.get()), operator, null, p.plant, p.kind, p.status, p.evidence, p.confidence);
      }
    }
  }

  private void emitPartnerships() {
    placeHostCountryPlantsInRegions();
    for (Partnership p : partnerships.values()) {
      if (p.status == null) {
        continue; // a cooperation the article names but never says how far it has got: too vague to load
      }
      List<String> sides = new ArrayList<>(p.parties);
      String counterpartKey;
      String counterpartName;
      String partnerCountryId = null;
      if (p.namedCounterpart != null) {
        sides.add(p.namedCounterpart);
        counterpartKey = p.namedCounterpart;
        counterpartName = entities.name(p.namedCounterpart);
      } else if (p.parties.stream().anyMatch(x -> entities.type(x) == EntityType.AUTOMAKER
          && entities.countryCode(x).map(p.partnerCountry::equals).orElse(false))) {
        // "Kia … South Korean partners": the partner country is the automaker's own; the automaker is the foreign side
        if (p.parties.stream().allMatch(x -> entities.countryCode(x).map(p.partnerCountry::equals).orElse(false))) {
          continue; // nobody from abroad: not cross-border
        }
        counterpartKey = null;
        counterpartName = null;
      } else {
        partnerCountryId = entities.country(p.partnerCountry, null).orElse(null);
        if (partnerCountryId == null) {
          continue;
        }
        counterpartKey = partnerCountryId;
        counterpartName = entities.name(partnerCountryId);
      }
      List<String> keyParts = new ArrayList<>(new TreeSet<>(p.parties));
      if (counterpartKey != null) {
        keyParts.add(counterpartKey);
      }
      String id = "partnership/" + Ids.slug(String.join("--", keyParts));
      String name = String.join(" – ", p.parties.stream().map(entities::name).toList())
          + (counterpartName == null ? "" : " – " + counterpartName) + " (" + p.kind.value() + ")";
      entities.minted(id, EntityType.PARTNERSHIP, name, null, null);
      Set<String> countries = new TreeSet<>();
      for (String side : sides) {
        entities.countryCode(side).ifPresent(countries::add);
      }
      if (p.partnerCountry != null) {
        countries.add(p.partnerCountry);
      }
      entities.attribute(id, "kind", p.kind.value());
      entities.attribute(id, "status", p.status.value());
      entities.attribute(id, "crossBorder", countries.size() > 1);
      for (String side : sides) {
        relate(RelationType.PARTY, id, side, p.evidence, p.confidence);
      }
      if (partnerCountryId != null) {
        relate(RelationType.PARTNER_COUNTRY, id, partnerCountryId, p.evidence, p.confidence);
      }
      if (p.plant != null) {
        relate(RelationType.AT_PLANT, id, p.plant, p.evidence, p.confidence);
      }
      firstSentence.putIfAbsent(id, p.evidence);
    }
  }

  // --- figures: "around 90,000 employees", "a target of 2.8 million units for this year"

  private static final Pattern IT_FIRST = Pattern.compile("(?:It|Its)\\b");
  /** The automaker, region or plant the previous sentence was about, for a sentence that opens with "It". */
  private String previousSubject;

  private void metrics(String s, List<Mention> ms) {
    try {
      figuresOf(s, ms);
    } finally {
      previousSubject = ms.stream()
          .filter(m -> m.how() != How.DEMONYM && Set.of(EntityType.AUTOMAKER, EntityType.REGION, EntityType.PLANT).contains(m.type()))
          .sorted(java.util.Comparator.comparing((Mention m) -> m.type() != EntityType.PLANT).thenComparingInt(Mention::start))
          .map(Mention::id)
          .findFirst()
          .orElse(IT_FIRST.matcher(s).lookingAt() ? previousSubject : null);
    }
  }

  private void figuresOf(String s, List<Mention> ms) {
    for (Figure f : figures.find(s)) {
      if (ms.stream().anyMatch(m -> m.overlaps(f.start(), f.end())) || describesRatherThanMeasures(f)) {
        continue;
      }
      // "The first phase has …, and Maruti Suzuki is investing Rs 18,000 crore": the figure's own clause first
      int clauseStart = clauseStartBefore(s, f.start());
      List<Mention> inSentence = ms.stream()
          .filter(m -> m.start() < f.start() && m.how() != How.DEMONYM && !inCapitals(s, m) // a dateline's town owns no figure
              && Set.of(EntityType.AUTOMAKER, EntityType.REGION, EntityType.PLANT, EntityType.CITY).contains(m.type()))
          .toList();
      List<Mention> inClause = inSentence.stream().filter(m -> m.start() >= clauseStart).toList();
      List<Mention> candidates = inClause.isEmpty() ? inSentence : inClause;
      // a plant named before the figure owns it ("the plant employs 7,000"), else the sentence's subject;
      // "It …" continues the subject of the sentence before
      // "With Talegaon running, Hyundai's capacity rises to …": the owner in the possessive, not the first name
      Optional<Mention> subject = candidates.stream().filter(m -> m.type() == EntityType.PLANT).findFirst()
          .or(() -> candidates.stream().filter(m -> m.type() == EntityType.AUTOMAKER && s.startsWith("'", m.end())).findFirst())
          .or(() -> candidates.stream().findFirst())
          .or(() -> IT_FIRST.matcher(s).lookingAt() && previousSubject != null
              ? Optional.of(new Mention(entities.type(previousSubject), previousSubject, 0, 0, How.COREF)) : Optional.empty());
      String owner;
      double conf;
      if (subject.isPresent()) {
        owner = subject.get().id();
        conf = confidence(LIKELY, subject.get());
      } else if (memory.focus().isPresent()) {
        owner = memory.focus().get();
        conf = LIKELY - 2 * COREF_PENALTY;
      } else {
        continue;
      }
      String clause = clauseBefore(s, f.start());
      boolean target = cues.named("target").matcher(clause).find() || cues.named("target_after").matcher(s.substring(f.end())).find();
      String name = f.phrase();
      if (name == null) {
        Matcher money = MONEY_NAME.matcher(s.substring(0, f.start()));
        name = money.find() ? money.group(1).toLowerCase(Locale.ROOT) : "amount";
      }
      Matcher verb = FIGURE_VERB.matcher(clause);
      if (verb.find() && !target) {
        name = name + " " + verb.group(1).toLowerCase(Locale.ROOT);
      }
      String period = period(s, f);
      Map<String, Object> attrs = new LinkedHashMap<>();
      attrs.put("name", name);
      attrs.put("value", number(f.value()));
      attrs.put("unit", f.unit());
      if (f.qualifier() != null) {
        attrs.put("qualifier", f.qualifier());
      }
      if (period != null) {
        attrs.put("period", period);
      }
      MetricKind kind = target ? MetricKind.TARGET : MetricKind.ACTUAL;
      attrs.put("kind", kind.value());
      String ownerKey = owner.substring(owner.indexOf('/') + 1);
      String base = "metric/" + Ids.slug(ownerKey) + "/" + Ids.slug(name) + (period == null ? "" : "/" + Ids.slug(period)) + (target ? "/target" : "");
      String id = base;
      for (int n = 2; entities.contains(id) && !attrs.get("value").equals(entities.attribute(id, "value")); n++) {
        id = base + "/" + n; // "150,000 vehicles at first and 300,000 later": two figures, not one overwritten
      }
      String metricId = id;
      String display = entities.name(owner) + ": " + name + (period == null ? "" : " (" + period + ")");
      entities.minted(metricId, EntityType.METRIC, display, null, null);
      attrs.forEach((k, v) -> entities.attribute(metricId, k, v));
      relate(RelationType.HAS_METRIC, owner, metricId, s, conf);
      firstSentence.putIfAbsent(metricId, s);
    }
  }

  /**
   * "49 percent of Proton", "car production up 12%": percentages are shares and growth rates with
   * no clear owner in the sentence, so they are not loaded as figures.
   */
  private static boolean inCapitals(String s, Mention m) {
    String text = s.substring(m.start(), m.end());
    return text.length() > 3 && text.equals(text.toUpperCase(Locale.ROOT));
  }

  /** Where the clause that holds a position starts: after the last ", and", ";" or ", while" before it. */
  private static int clauseStartBefore(String s, int at) {
    int start = 0;
    Matcher b = CLAUSE_BREAK.matcher(s.substring(0, at));
    while (b.find()) {
      start = b.end();
    }
    return start;
  }

  private static boolean describesRatherThanMeasures(Figure f) {
    return "percent".equals(f.unit());
  }

  private static Object number(BigDecimal v) {
    try {
      return v.longValueExact();
    } catch (ArithmeticException e) {
      return v.doubleValue();
    }
  }

  private static String clauseBefore(String s, int at) {
    String before = s.substring(0, at);
    int cut = Math.max(before.lastIndexOf(" and "), Math.max(before.lastIndexOf(';'), before.lastIndexOf(", ")));
    return cut < 0 ? before : before.substring(cut);
  }

  /** The period nearest the figure; relative years resolved against the publication date. */
  private String period(String s, Figure f) {
    Matcher m = PERIOD.matcher(s);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    while (m.find()) {
      if (m.start() >= f.start() && m.end() <= f.end()) {
        continue;
      }
      int d = m.start() >= f.end() ? m.start() - f.end() : f.start() - m.end();
      if (d >= 0 && d < bestDistance) {
        best = m.group(1).toLowerCase(Locale.ROOT);
        bestDistance = d;
      }
    }
    if (best == null) {
      return null;
    }
    if (best.matches("a year|per year|each year")) {
      return "annual";
    }
    best = best.replaceFirst("^(in|for|since) ", "");
    Integer year = article.published() == null ? null : LocalDate.parse(article.published()).getYear();
    if (year != null) {
      switch (best) {
        case "last year" -> best = String.valueOf(year - 1);
        case "this year" -> best = String.valueOf(year);
        case "next year" -> best = String.valueOf(year + 1);
        default -> {}
      }
    }
    return best;
  }

  // --- what reference data knows about the entities the article names

  private void referenceRelations() {
    for (var e : entities.entities()) {
      String evidence = firstSentence.get(e.id());
      if (evidence == null) {
        continue;
      }
      switch (e.type()) {
        case REGION, CITY -> entities.countryCode(e.id())
            .flatMap(c -> entities.country(c, null))
            .ifPresent(c -> relate(RelationType.IN_COUNTRY, e.id(), c, evidence, 0.99));
        case AUTOMAKER -> entities.countryCode(e.id())
            .flatMap(c -> entities.country(c, null))
            .ifPresent(c -> relate(RelationType.HEADQUARTERED_IN, e.id(), c, evidence, 0.99));
        default -> {}
      }
    }
  }
}
