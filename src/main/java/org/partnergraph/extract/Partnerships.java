package org.partnergraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.partnergraph.model.EntityId;
import org.partnergraph.model.EntityType;
import org.partnergraph.model.PartnershipKind;
import org.partnergraph.model.PartnershipStatus;
import org.partnergraph.model.RelationType;
import org.partnergraph.reference.RefEntry;
import org.partnergraph.resolve.ArticleEntities;

/**
 * The partnerships of one article, assembled from what its sentences say: one partnership per
 * pair of sides, however many sentences name it, taking the furthest status any of them gives.
 * At the end of the article they become PARTNERSHIP entities with their PARTY relations.
 */
public final class Partnerships {
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
    /** The rule that gave the partnership its furthest status (or first found it). */
    Rule rule;
    /** Whether the foreign-plant reading found it (in whatever order other readings did). */
    boolean foundAsForeignPlant;
    /** Whether the clause that read its plant speaks of what is still to come, or any clause about the plant of output that stopped. */
    boolean plantMayNotRun;
  }

  /** The rules version from which a foreign maker's own plant is its partnership with the host country. */
  static final int HOST_COUNTRY_FORM_SINCE = 16;
  /**
   * The rules version from which suppliers named by their country are no partners ("talks with
   * Korean component makers"), the host-country form also takes a region's partnership with a maker
   * the cooperation reading found running ("Kia … builds cars in West Point, Georgia"), and a
   * foreign maker's plant named with no status is running, unless the clause that reads it speaks of
   * what is to come or a clause about the plant of output that stopped.
   */
  static final int SUPPLIERS_AND_RUNNING_PLANTS_SINCE = 17;
  /**
   * The rules version from which a foreign maker's plant in a town the reference data does not know,
   * and that no single region of the article places, is hosted by the one country the article has
   * named by name that is no named automaker's home ("the Stellantis factory in Kragujevac", in an
   * article that names Serbia): before, such a plant had no host and no partnership.
   */
  static final int HOST_OF_AN_UNKNOWN_TOWN_SINCE = 18;

  private final ArticleEntities entities;
  private final ArticleRelations relations;
  private final int versionNumber;
  private final Map<String, Partnership> partnerships = new LinkedHashMap<>();

  /** @param versionNumber the rules version's number: readings newer than it are not applied */
  Partnerships(ArticleEntities entities, ArticleRelations relations, int versionNumber) {
    this.entities = entities;
    this.relations = relations;
    this.versionNumber = versionNumber;
  }

  /**
   * A partnership of the local parties with a named counterpart or, when none is named, a partner
   * country; merged into the same one found before, if any.
   */
  void add(Set<String> locals, String named, String partnerCountry, String plant,
      PartnershipKind kind, PartnershipStatus status, String evidence, double confidence, Rule rule) {
    add(locals, named, partnerCountry, false, plant, kind, status, evidence, confidence, rule);
  }

  /** {@code othersOfTheCountry}: "other Chinese carmakers", not the Chinese one already named. */
  void add(Set<String> locals, String named, String partnerCountry, boolean othersOfTheCountry, String plant,
      PartnershipKind kind, PartnershipStatus status, String evidence, double confidence, Rule rule) {
    merge(locals, named, partnerCountry, othersOfTheCountry, plant, kind, status, evidence, confidence, rule);
  }

  /** As {@link #add}, returning the partnership it went into. */
  private Partnership merge(Set<String> locals, String named, String partnerCountry, boolean othersOfTheCountry, String plant,
      PartnershipKind kind, PartnershipStatus status, String evidence, double confidence, Rule rule) {
    Partnership p = findPartnership(locals, named, partnerCountry, othersOfTheCountry);
    if (p == null) {
      p = new Partnership();
      p.parties.addAll(locals);
      p.kind = kind;
      p.evidence = evidence;
      p.confidence = confidence;
      p.rule = rule;
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
      p.rule = rule;
    }
    p.confidence = Math.max(p.confidence, confidence);
    p.foundAsForeignPlant |= rule == Rule.PARTNERSHIP_FOREIGN_PLANT;
    return p;
  }

  /** The number of the rules version that reads this article. */
  int version() {
    return versionNumber;
  }

  /** Whether this article is read by a rules version that has the readings of {@code version}. */
  boolean reads(int version) {
    return versionNumber >= version;
  }

  /** The partnerships at this plant are operating (the article says it runs now). */
  void operatingAt(String plant) {
    partnerships.values().stream().filter(p -> plant.equals(p.plant))
        .forEach(p -> {
          p.status = PartnershipStatus.OPERATING;
          p.rule = Rule.PARTNERSHIP_PLANT_RUNNING;
        });
  }

  /** A clause about this plant speaks of what is still to come or of output that stopped ("is due to start", "was shut down"). */
  void mayNotRunAt(String plant) {
    partnerships.values().stream().filter(p -> plant.equals(p.plant)).forEach(p -> p.plantMayNotRun = true);
  }

  /** The signer's partnership with a region has got at least as far as signed (a deal with its host's ministry). */
  void signedWithItsHost(String signer) {
    partnerships.values().stream()
        .filter(p -> (p.parties.contains(signer) || signer.equals(p.namedCounterpart))
            && p.parties.stream().anyMatch(x -> entities.type(x) == EntityType.REGION))
        .findFirst()
        .filter(p -> p.status == null || p.status.compareTo(PartnershipStatus.SIGNED) < 0)
        .ifPresent(p -> {
          p.status = PartnershipStatus.SIGNED;
          p.rule = Rule.PARTNERSHIP_SIGNED_WITH_HOST;
        });
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
      Optional<String> region = relations.all().stream()
          .filter(r -> r.type() == RelationType.LOCATED_IN && r.from().equals(p.plant))
          .map(r -> entities.reference(r.to()).map(RefEntry::parent).orElse(null))
          .filter(x -> x != null && entities.contains(x) && entities.countryCode(x).map(p.partnerCountry::equals).orElse(false))
          .findFirst();
      if (region.isPresent()) {
        partnerships.remove(e.getKey());
        add(Set.of(region.get()), operator, null, p.plant, p.kind, p.status, p.evidence, p.confidence, p.rule);
      }
    }
  }

  /**
   * A foreign maker's partnership at its own plant, which the plant's readings state with the
   * plant's region, is the maker's with the region's country: the article says the maker builds or
   * runs the plant, not that the region's government takes part ("BYD opens its Rayong plant" is
   * BYD's partnership with Thailand). From rules/17, so is a region's partnership the cooperation
   * reading found operating with a maker. Merged into the maker's partnership with that country, if
   * the article states one too.
   */
  private void hostCountryForm() {
    for (var e : List.copyOf(partnerships.entrySet())) {
      Partnership p = e.getValue();
      boolean runningByCooperation = p.rule == Rule.PARTNERSHIP_COOPERATION && p.status == PartnershipStatus.OPERATING
          && reads(SUPPLIERS_AND_RUNNING_PLANTS_SINCE);
      if ((p.rule != Rule.PARTNERSHIP_FOREIGN_PLANT && p.rule != Rule.PARTNERSHIP_PLANT_RUNNING && !runningByCooperation) || p.namedCounterpart == null
          || p.parties.size() != 1 || entities.type(p.namedCounterpart) != EntityType.AUTOMAKER) {
        continue;
      }
      String region = p.parties.iterator().next();
      Optional<String> country = entities.type(region) == EntityType.REGION ? entities.countryCode(region) : Optional.empty();
      if (country.isPresent()) {
        partnerships.remove(e.getKey());
        Partnership restated = merge(Set.of(p.namedCounterpart), null, country.get(), false, p.plant, p.kind, p.status, p.evidence,
            p.confidence, p.rule);
        restated.plantMayNotRun |= p.plantMayNotRun;
        restated.foundAsForeignPlant |= p.foundAsForeignPlant;
      }
    }
  }

  /** The partnerships whose status the article gives, as entities with their sides, partner country and plant. */
  void emit() {
    if (reads(HOST_COUNTRY_FORM_SINCE)) {
      hostCountryForm();
    } else {
      placeHostCountryPlantsInRegions();
    }
    for (Partnership p : partnerships.values()) {
      if (p.status == null && p.foundAsForeignPlant && !p.plantMayNotRun && reads(SUPPLIERS_AND_RUNNING_PLANTS_SINCE)) {
        p.status = PartnershipStatus.OPERATING; // "Hyundai's plant in Nošovice": a plant named with no word of its future or its end runs
        p.rule = Rule.PARTNERSHIP_FOREIGN_PLANT;
      }
      if (p.status == null) {
        continue; // a cooperation the article names but never says how far it has got (before rules/17 also a foreign plant): too vague to load
      }
      List<String> sides = new ArrayList<>(p.parties);
      String counterpartKey;
      String partnerCountryId = null;
      if (p.namedCounterpart != null) {
        sides.add(p.namedCounterpart);
        counterpartKey = p.namedCounterpart;
      } else if (p.parties.stream().anyMatch(x -> entities.type(x) == EntityType.AUTOMAKER
          && entities.countryCode(x).map(p.partnerCountry::equals).orElse(false))) {
        // "Kia … South Korean partners": the partner country is the automaker's own; the automaker is the foreign side
        if (p.parties.stream().allMatch(x -> entities.countryCode(x).map(p.partnerCountry::equals).orElse(false))) {
          continue; // nobody from abroad: not cross-border
        }
        counterpartKey = null;
      } else {
        partnerCountryId = entities.country(p.partnerCountry, null).orElse(null);
        if (partnerCountryId == null) {
          continue;
        }
        counterpartKey = partnerCountryId;
      }
      String id = EntityId.partnership(p.parties, counterpartKey).toString();
      entities.partnership(id, List.copyOf(p.parties), counterpartKey, p.kind.value());
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
        relations.relate(RelationType.PARTY, id, side, p.evidence, p.confidence, p.rule);
      }
      if (partnerCountryId != null) {
        relations.relate(RelationType.PARTNER_COUNTRY, id, partnerCountryId, p.evidence, p.confidence, p.rule);
      }
      if (p.plant != null) {
        relations.relate(RelationType.AT_PLANT, id, p.plant, p.evidence, p.confidence, p.rule);
      }
    }
  }
}
