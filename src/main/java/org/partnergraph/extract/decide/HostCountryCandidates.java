package org.partnergraph.extract.decide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.Entity;
import org.partnergraph.model.EntityId;
import org.partnergraph.model.EntityType;
import org.partnergraph.model.PartnershipStatus;
import org.partnergraph.model.Relation;
import org.partnergraph.model.RelationType;
import org.partnergraph.resolve.ArticleEntities;

/**
 * Partnership candidates the rules do not propose: a foreign automaker's own plant in a host
 * country is the maker's partnership with that country (the annotation guide's "a foreign maker on
 * its own"), and most such partnerships in the gold are stated nowhere but in the plant's facts.
 * For every automaker that operates a plant placed in a country other than its home, this adds the
 * partnership of the maker with that country, unless the rules already state it, for the decider
 * to keep or drop and to give a status (recall from here, precision from the model).
 */
public final class HostCountryCandidates {
  /** The id recorded on what this proposes, beside the rules' own ids. */
  public static final String RULE = "candidate.host-country";
  private static final String KIND = "production";

  private HostCountryCandidates() {}

  /** The facts with a partnership candidate for each foreign maker's plant whose partnership they do not state yet. */
  public static ArticleFacts addTo(ArticleFacts facts) {
    Map<String, Entity> byId = facts.entitiesById();
    Map<String, String> homeOf = new HashMap<>();
    Map<String, String> countryOf = new HashMap<>();
    Map<String, List<String>> placesOf = new HashMap<>();
    for (Relation r : facts.relations()) {
      switch (r.type()) {
        case HEADQUARTERED_IN -> homeOf.putIfAbsent(r.from(), r.to());
        case IN_COUNTRY -> countryOf.putIfAbsent(r.from(), r.to());
        case LOCATED_IN -> placesOf.computeIfAbsent(r.from(), k -> new ArrayList<>()).add(r.to());
        default -> { }
      }
    }
    Map<String, Relation> proposals = new LinkedHashMap<>(); // partnership id -> the OPERATES edge it stands on
    Map<String, String[]> sides = new HashMap<>();
    for (Relation r : facts.relations()) {
      if (r.type() != RelationType.OPERATES || !isA(byId, r.from(), EntityType.AUTOMAKER)) {
        continue;
      }
      String host = hostCountry(r.to(), countryOf, placesOf, new HashSet<>());
      String home = homeOf.get(r.from());
      if (host == null || home == null || host.equals(home) || !isA(byId, host, EntityType.COUNTRY)) {
        continue;
      }
      String id = EntityId.partnership(List.of(r.from()), host).toString();
      if (!byId.containsKey(id) && !proposals.containsKey(id)) {
        proposals.put(id, r);
        sides.put(id, new String[] {r.from(), host});
      }
    }
    if (proposals.isEmpty()) {
      return facts;
    }
    List<Entity> entities = new ArrayList<>(facts.entities());
    List<Relation> relations = new ArrayList<>(facts.relations());
    proposals.forEach((id, operates) -> {
      String maker = sides.get(id)[0];
      String country = sides.get(id)[1];
      Map<String, Object> attributes = new TreeMap<>();
      attributes.put("kind", KIND);
      attributes.put("status", PartnershipStatus.OPERATING.value());
      attributes.put("crossBorder", true);
      String name = ArticleEntities.partnershipName(List.of(byId.get(maker).name()), byId.get(country).name(), KIND);
      entities.add(Entity.of(id, EntityType.PARTNERSHIP, name, List.of(), attributes));
      relations.add(new Relation(RelationType.PARTY, id, maker, operates.evidence(), operates.confidence(), RULE));
      relations.add(new Relation(RelationType.PARTNER_COUNTRY, id, country, operates.evidence(), operates.confidence(), RULE));
      relations.add(new Relation(RelationType.AT_PLANT, id, operates.to(), operates.evidence(), operates.confidence(), RULE));
    });
    return facts.with(entities, relations);
  }

  /** The country a plant is placed in through the places it is located in (a town in a region in a country). */
  private static String hostCountry(String place, Map<String, String> countryOf, Map<String, List<String>> placesOf, Set<String> seen) {
    if (!seen.add(place)) {
      return null;
    }
    if (countryOf.containsKey(place)) {
      return countryOf.get(place);
    }
    for (String outer : placesOf.getOrDefault(place, List.of())) {
      String country = hostCountry(outer, countryOf, placesOf, seen);
      if (country != null) {
        return country;
      }
    }
    return null;
  }

  private static boolean isA(Map<String, Entity> byId, String id, EntityType type) {
    Entity e = byId.get(id);
    return e != null && e.type() == type;
  }
}
