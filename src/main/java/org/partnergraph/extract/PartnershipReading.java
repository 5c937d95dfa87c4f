package org.partnergraph.extract;

import static org.partnergraph.extract.ArticleRelations.LIKELY;
import static org.partnergraph.extract.ArticleRelations.confidence;
import static org.partnergraph.extract.Clauses.clauseOf;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnergraph.extract.Mention.How;
import org.partnergraph.model.EntityId;
import org.partnergraph.model.EntityType;
import org.partnergraph.model.PartnershipKind;
import org.partnergraph.model.PartnershipStatus;
import org.partnergraph.reference.RefEntry;
import org.partnergraph.resolve.ArticleEntities;

/**
 * Reads partnerships from one sentence at a time: a local party (a region, a plant's operator)
 * with a foreign counterpart, named or by country; a plant an automaker runs abroad; joint
 * ventures; one maker assembling another's vehicles; a foreign maker's deal with its host's
 * government. What they find is assembled in the article's {@link Partnerships}.
 */
final class PartnershipReading {
  /** "Mercedes-Benz, Isuzu and Volkswagen": makers in a list are not each other's partners. */
  private static final Pattern LISTED = Pattern.compile("^\\s*(?:,|and|or|,\\s*and|&)\\s*$");
  private static final Pattern COOPERATION =
      Pattern.compile("(?i)\\b(assembl\\w*|cooperat\\w*|collaborat\\w*|partner(?:s|ship)?|joint venture|together with|jointly|under (?:a |an )?(?:licen[cs]e|contract|agreement)|agreement|deal|memorandum|contract)\\b");
  private static final Pattern FROM_COUNTRY = Pattern.compile("(?i)\\b(partners?|investors?|compan(?:y|ies)|automakers?|manufacturers?|carmakers?)\\s+from\\s+(?:the\\s+)?$");

  /** "Korean component makers": suppliers of that country, not the carmaker of that country already named. */
  private static final Pattern SUPPLIERS_AFTER = Pattern.compile(
      "(?i)\\s+(?:(?:" + PlantWords.modifiers("supplier-kind") + ")\\s+)?(?:" + Lexicon.english().alternation(Lexicon.Family.PRODUCT_WORDS, "supplied", Lexicon.Form.AS_WRITTEN)
          + "|(?:" + Lexicon.english().alternation(Lexicon.Family.PRODUCT_WORDS, "supplier", Lexicon.Form.AS_WRITTEN) + ")\\b)");
  private static final Pattern IN_BEFORE = Pattern.compile("\\bin\\s+$");
  private static final Pattern THE_PARTIES = Pattern.compile("(?:The|Both)\\s+(?:parties|sides)\\b");
  private static final Pattern OTHERS_BEFORE = Pattern.compile("(?i)\\b(?:other|more|further|additional)\\s+$");

  private final Cues cues;
  private final ArticleEntities entities;
  private final ArticleMemory memory;
  private final ArticleRelations relations;
  private final Partnerships partnerships;

  PartnershipReading(Cues cues, ArticleEntities entities, ArticleMemory memory, ArticleRelations relations, Partnerships partnerships) {
    this.cues = cues;
    this.entities = entities;
    this.memory = memory;
    this.relations = relations;
    this.partnerships = partnerships;
  }

  /** The status the sentence states, by the cues this rules version reads. */
  private Optional<PartnershipStatus> status(String s) {
    return cues.status(s, partnerships.version());
  }

  /** The partnerships one sentence states, rule by rule. */
  void read(String s, List<Mention> ms) {
    partnerships(s, ms);
    jointVentures(s, ms);
    assemblyFor(s, ms);
    signedWithGovernment(s, ms);
  }

  /** A local party, a foreign counterpart and a cue of what and how far. */
  private void partnerships(String s, List<Mention> ms) {
    Optional<PartnershipKind> kind = cues.kind(s);
    Optional<PartnershipStatus> status = status(s);
    if (kind.isEmpty() && status.isEmpty() || cues.named("former").matcher(s).find() || cues.named("denial").matcher(s).find()) {
      return; // no cue, a past arrangement ("ran the plant before selling it") or a denial: not a partnership
    }
    Mention counterpart = foreignCounterpart(s, ms);
    String partnerCountry = counterpart == null ? null : EntityId.parse(counterpart.id()).isoCode();
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
          relations.operatorOf(m.id()).ifPresent(locals::add);
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
    String plantOperator = plant == null ? null : relations.operatorOf(plant).orElse(null);
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
        partnerships.add(Set.of(named.id()), null, entities.countryCode(host.get().id()).orElseThrow(), null,
            kind.orElse(PartnershipKind.OTHER), status.orElse(null), s, confidence(0.75, named, host.get()), Rule.PARTNERSHIP_MAKER_IN_HOST);
        return;
      }
    }
    if (locals.isEmpty() || (partnerCountry == null && named == null)) {
      return;
    }
    Mention other = named != null ? named : counterpart;
    double conf = confidence(0.8, localEvidence, other);
    // the words between the two parties; none when one holds the other ("Stellantis' plant in Tychy")
    int gapStart = other == null ? 0 : Math.min(localEvidence.end(), other.end());
    int gapEnd = other == null ? 0 : Math.max(localEvidence.start(), other.start());
    Optional<PartnershipKind> between = localEvidence.how() == How.COREF || gapStart >= gapEnd ? Optional.empty()
        : cues.kind(s.substring(gapStart, gapEnd));
    boolean suppliers = false;
    boolean compound = false; // "Chinese battery-electric car makers": a maker of what suppliers make, not a supplier
    if (named == null) {
      String after = s.substring(counterpart.end());
      Matcher supplierWords = SUPPLIERS_AFTER.matcher(after);
      suppliers = supplierWords.lookingAt();
      compound = suppliers && supplierWords.end() < after.length() && after.charAt(supplierWords.end()) == '-';
    }
    if (suppliers && !compound && partnerships.reads(Partnerships.SUPPLIERS_AND_RUNNING_PLANTS_SINCE)) {
      return; // "talks with Korean component makers": a supplier's cooperation is not annotated (the guide's "Suppliers")
    }
    boolean others = named == null && (OTHERS_BEFORE.matcher(s.substring(0, counterpart.start())).find() || suppliers);
    partnerships.add(locals, named == null ? null : named.id(), named == null ? partnerCountry : null, others, plant,
        between.or(() -> kind).orElse(PartnershipKind.OTHER), status.orElse(null), s, conf, Rule.PARTNERSHIP_COOPERATION);
  }

  /**
   * A plant an automaker runs abroad is a cross-border partnership with its host: the region when
   * the article names it, else the host country. How far it has got comes from the sentence's cues
   * (or later ones); with none it is never loaded before rules/17, and from rules/17 it runs unless
   * this clause speaks of its future or a clause about the plant of output that stopped.
   */
  void foreignPlant(PlantMentions.PlantFound p, String sentence, List<Mention> ms) {
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
    Optional<String> placedIn = Optional.ofNullable(p.place()).flatMap(memory::regionOfTown);
    Optional<String> placeCountry = p.place() == null ? Optional.empty() : entities.countryCode(p.place());
    Optional<String> townRegion = placedIn.isPresent() ? placedIn
        : placeCountry.isEmpty() && !aboutTheCountry ? memory.onlyRegion() : Optional.empty();
    Optional<String> host = townRegion.isPresent() ? townRegion.flatMap(entities::countryCode) : placeCountry.or(() -> countryNamed);
    if (host.isEmpty() && p.place() != null && partnerships.reads(Partnerships.HOST_OF_AN_UNKNOWN_TOWN_SINCE)) {
      host = countryOfTheArticle(); // "the Stellantis factory in Kragujevac", in an article that names Serbia
    }
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
    PartnershipStatus status = running(s) ? PartnershipStatus.OPERATING : status(s).orElse(null);
    if (region != null) {
      partnerships.add(Set.of(region), p.operator(), null, p.plant(), kind, status, s, LIKELY - 0.1, Rule.PARTNERSHIP_FOREIGN_PLANT);
    } else {
      partnerships.add(Set.of(p.operator()), null, host.get(), p.plant(), kind, status, s, LIKELY - 0.1, Rule.PARTNERSHIP_FOREIGN_PLANT);
    }
    if (cues.named("not_yet").matcher(s).find() || cues.named("operation_ended").matcher(s).find()) {
      partnerships.mayNotRunAt(p.plant()); // "BMW is due to start production at its plant in Debrecen"
    }
  }

  /**
   * The one country the article has named by name so far that is no named automaker's home, if there
   * is one: "a Chinese supplier" names no host. Read as the sentences come, so a country named only
   * after the plant does not count.
   */
  private Optional<String> countryOfTheArticle() {
    Set<String> homes = new LinkedHashSet<>();
    memory.mentioned().stream().filter(id -> EntityId.isOf(id, EntityType.AUTOMAKER))
        .forEach(maker -> entities.countryCode(maker).ifPresent(homes::add));
    List<String> named = memory.countriesNamed().stream()
        .map(id -> EntityId.parse(id).isoCode()).filter(code -> !homes.contains(code)).distinct().toList();
    return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
  }

  private Set<String> regionsOf(Set<String> parties) {
    Set<String> regions = new LinkedHashSet<>();
    parties.stream().filter(l -> entities.type(l) == EntityType.REGION).forEach(regions::add);
    return regions;
  }

  /** "At present the plant produces about 200,000 units": a plant said to run now makes its partnership operating. */
  void plantsRunning(String s, List<Mention> ms) {
    for (Mention m : ms) {
      if (m.type() != EntityType.PLANT) {
        continue;
      }
      String clause = clauseOf(s, ms, m.id());
      if (running(clause, "running_now")) {
        partnerships.operatingAt(m.id());
      }
      if (cues.named("operation_ended").matcher(clause).find()) {
        partnerships.mayNotRunAt(m.id()); // "the plant was shut down in 2020"
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
    PartnershipStatus status = status(s).orElse(running(s) ? PartnershipStatus.OPERATING : null);
    partnerships.add(Set.of(a.id()), b.id(), null, null, cues.kind(s).orElse(PartnershipKind.PRODUCTION), status, s, confidence(LIKELY - 0.05, a, b), Rule.PARTNERSHIP_JOINT_VENTURE);
  }

  private static final Pattern ASSEMBLES =
      Pattern.compile("(?i)\\b(assembles|assembling|is assembling|(?:are|is) assembled|builds|produces|makes)\\s+(?:[\\w-]+\\s+){0,3}?(?:cars|vehicles|automobiles|models|kits|trucks|buses|suvs)?\\s*(?:for|of|from)?\\b");
  private static final Pattern CLAUSE_END =
      Pattern.compile("[;:]|,\\s+(?:which|where|while|but|and|a|an|the|who|partly|majority|owned)\\b|\\s(?:while|but|whereas|after|afterwards)\\s");
  private static final Pattern CHANGED_HANDS =
      Pattern.compile("(?i)\\b(?:" + Lexicon.english().alternation(Lexicon.Family.OPERATOR_CUES, "changed-hands", Lexicon.Form.AS_WRITTEN) + ")\\b");
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
              ? relations.operatorOf(m.id()).map(id -> new Mention(EntityType.AUTOMAKER, id, m.start(), m.end(), How.COREF))
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
        partnerships.add(Set.of(assembler.get().id()), b.id(), null, null, PartnershipKind.ASSEMBLY, PartnershipStatus.OPERATING, s,
            confidence(LIKELY - 0.1, assembler.get(), b), Rule.PARTNERSHIP_ASSEMBLY_FOR);
      }
    }
  }

  /** "the regional government", "the state government": a signer that is the region itself. */
  private static final Pattern REGIONAL_GOVERNMENT = Pattern.compile(
      "(?s).*\\b(" + RegionWords.suffixes("of-government", Lexicon.Form.AS_WRITTEN) + ")\\s+government.*");
  private static final Pattern SIGNED = Pattern.compile("(?i)\\b(signed|inked|concluded)\\b");
  private static final Pattern WITH_GOVERNMENT = Pattern.compile(
      "(?i)^[^.;]{0,60}?\\bwith\\s+(?:the\\s+)?(?:([\\p{L}-]+)\\s+)?(?:state\\s+|regional\\s+|provincial\\s+|federal\\s+|central\\s+)?"
          + "(" + Lexicon.english().alternation(Lexicon.Family.ORGANISATIONS, "with-government", Lexicon.Form.AS_WRITTEN) + ")\\b");

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
          .map(m -> EntityId.parse(m.id()).isoCode())
          .filter(x -> x != null)
          .findFirst();
      Optional<String> region = hostCountry.isPresent() ? memory.onlyRegionIn(hostCountry.get())
          : REGIONAL_GOVERNMENT.matcher(g.group(0).toLowerCase(Locale.ROOT)).matches() ? memory.onlyRegion() : Optional.empty();
      if (hostCountry.isEmpty() && region.isEmpty()) {
        // "signed the agreement with the Ministry of Industry": the host of the signer's partnership
        partnerships.signedWithItsHost(signer.get().id());
        continue;
      }
      Optional<String> host = hostCountry.or(() -> region.flatMap(entities::countryCode));
      if (host.isEmpty() || !entities.countryCode(signer.get().id()).map(h -> !h.equals(host.get())).orElse(false)) {
        continue;
      }
      PartnershipKind kind = cues.kind(s).orElse(PartnershipKind.INVESTMENT);
      double conf = confidence(LIKELY - 0.1, signer.get());
      if (region.isPresent()) {
        partnerships.add(Set.of(region.get()), signer.get().id(), null, null, kind, PartnershipStatus.SIGNED, s, conf, Rule.PARTNERSHIP_SIGNED_WITH_GOVERNMENT);
      } else {
        partnerships.add(Set.of(signer.get().id()), null, host.get(), null, kind, PartnershipStatus.SIGNED, s, conf, Rule.PARTNERSHIP_SIGNED_WITH_GOVERNMENT);
      }
    }
  }

  /** "a Chinese partner", "Chinese manufacturers", "investors from China": a foreign side named by country. */
  private Mention foreignCounterpart(String s, List<Mention> ms) {
    for (Mention m : ms) {
      if (m.type() != EntityType.COUNTRY || cues.negated(s, m.start()) || AutomakerMentions.OWNER_BEFORE.matcher(s.substring(0, m.start())).find()) {
        continue; // "owned by India's Tata Motors": the owner's country is no partner
      }
      boolean demonymPartner = m.how() == How.DEMONYM && cues.partnerAfterDemonym().matcher(s.substring(m.end())).lookingAt()
          && !Clauses.insideQuote(s, m.start());
      boolean fromCountry = m.how() == How.NAME && FROM_COUNTRY.matcher(s.substring(0, m.start())).find();
      if (demonymPartner || fromCountry) {
        return m;
      }
    }
    return null;
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
}
