package org.partnergraph.extract.decide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.Entity;
import org.partnergraph.model.EntityId;
import org.partnergraph.model.EntityType;
import org.partnergraph.model.PartnershipStatus;
import org.partnergraph.model.Relation;
import org.partnergraph.model.RelationType;
import org.partnergraph.resolve.ArticleEntities;

/**
 * One way to state a partnership the rules proposed, for the decider to choose among: its status
 * (the rules often read the stage wrong when an article mixes what runs with what is planned), and
 * whether a region party stands in only for its country, because the article does not say the
 * region's government acts ("BYD will build a plant in Szeged" is BYD's partnership with Hungary;
 * "the governor signed with BYD" is the region's).
 *
 * @param regionAsCountry the one region party is replaced by its country as the partner country
 */
public record PartnershipVariant(PartnershipStatus status, boolean regionAsCountry) implements Variant {

  /** Every variant the partnership allows, the rules' own first. */
  public static List<PartnershipVariant> of(ArticleFacts facts, Entity partnership) {
    PartnershipStatus proposed = PartnershipStatus.of(String.valueOf(partnership.attribute("status")));
    List<PartnershipVariant> out = new ArrayList<>();
    out.add(new PartnershipVariant(proposed, false));
    for (PartnershipStatus s : PartnershipStatus.values()) {
      if (s != proposed) {
        out.add(new PartnershipVariant(s, false));
      }
    }
    if (regionCountry(facts, partnership.id()) != null) {
      out.add(new PartnershipVariant(proposed, true));
      for (PartnershipStatus s : PartnershipStatus.values()) {
        if (s != proposed) {
          out.add(new PartnershipVariant(s, true));
        }
      }
    }
    return out;
  }

  /** The variant's name in feature and candidate keys: {@code signed} or {@code signed/country}. */
  @Override
  public String label() {
    return status.value() + (regionAsCountry ? "/country" : "");
  }

  /** The country form, or a status other than the one the partnership has. */
  @Override
  public boolean restates(ArticleFacts facts, String partnershipId) {
    Entity partnership = facts.entitiesById().get(partnershipId);
    return partnership != null && (regionAsCountry || !status.value().equals(String.valueOf(partnership.attribute("status"))));
  }

  @Override
  public ArticleFacts withOnly(ArticleFacts facts, String partnershipId) {
    return alone(facts, partnershipId);
  }

  /**
   * The facts with this partnership stated this way, its edges at {@code confidence}. A region
   * replaced by its country changes the partnership's id as the rules would have minted it.
   */
  @Override
  public ArticleFacts applyTo(ArticleFacts facts, String partnershipId, double confidence) {
    Map<String, Entity> byId = facts.entitiesById();
    Entity p = byId.get(partnershipId);
    String[] region = regionAsCountry ? regionCountry(facts, partnershipId) : null;
    String newId = partnershipId;
    String name = p.name();
    if (region != null) {
      List<String> parties = new ArrayList<>(new TreeSet<>(facts.relations().stream()
          .filter(r -> r.type() == RelationType.PARTY && r.from().equals(partnershipId) && !r.to().equals(region[0]))
          .map(Relation::to).toList()));
      newId = EntityId.partnership(parties, region[1]).toString();
      if (!newId.equals(partnershipId) && byId.containsKey(newId)) {
        return drop(facts, partnershipId); // the article already states that partnership
      }
      name = ArticleEntities.partnershipName(parties.stream().map(x -> byId.get(x).name()).toList(), byId.get(region[1]).name(),
          String.valueOf(p.attribute("kind")));
    }
    Map<String, Object> attributes = new TreeMap<>(p.attributes());
    attributes.put("status", status.value());
    List<Entity> entities = new ArrayList<>();
    for (Entity e : facts.entities()) {
      entities.add(e.id().equals(partnershipId) ? Entity.of(newId, p.type(), name, p.aliases(), attributes) : e);
    }
    List<Relation> relations = new ArrayList<>();
    boolean countryStated = false;
    for (Relation r : facts.relations()) {
      if (!r.from().equals(partnershipId)) {
        relations.add(r);
        continue;
      }
      if (region != null && r.type() == RelationType.PARTNER_COUNTRY) {
        continue;
      }
      if (region != null && r.type() == RelationType.PARTY && r.to().equals(region[0])) {
        if (!countryStated) {
          relations.add(new Relation(RelationType.PARTNER_COUNTRY, newId, region[1], r.evidence(), confidence, r.rule()));
          countryStated = true;
        }
        continue;
      }
      relations.add(new Relation(r.type(), newId, r.to(), r.evidence(), confidence, r.rule()));
    }
    return facts.with(entities, relations);
  }

  /** The facts without this partnership and its edges. */
  public static ArticleFacts drop(ArticleFacts facts, String partnershipId) {
    return facts.with(facts.entities().stream().filter(e -> !e.id().equals(partnershipId)).toList(),
        facts.relations().stream().filter(r -> !r.from().equals(partnershipId) && !r.to().equals(partnershipId)).toList());
  }

  /** The facts with only this one of their partnerships: how a variant is labelled against the gold alone. */
  public static ArticleFacts alone(ArticleFacts facts, String partnershipId) {
    ArticleFacts out = facts;
    for (Entity e : facts.entities()) {
      if (e.type() == EntityType.PARTNERSHIP && !e.id().equals(partnershipId)) {
        out = drop(out, e.id());
      }
    }
    return out;
  }

  /**
   * {@code [region id, its country's id]} when the partnership has exactly one region party, another
   * party beside it, no partner country of its own (which the region's country would replace), and
   * the facts place the region in a country; else null.
   */
  private static String[] regionCountry(ArticleFacts facts, String partnershipId) {
    Map<String, Entity> byId = facts.entitiesById();
    List<String> regions = new ArrayList<>();
    int parties = 0;
    for (Relation r : facts.relations()) {
      if (r.type() == RelationType.PARTNER_COUNTRY && r.from().equals(partnershipId)) {
        return null;
      }
      if (r.type() == RelationType.PARTY && r.from().equals(partnershipId)) {
        parties++;
        Entity to = byId.get(r.to());
        if (to != null && to.type() == EntityType.REGION) {
          regions.add(r.to());
        }
      }
    }
    if (regions.size() != 1 || parties < 2) {
      return null;
    }
    Map<String, String> countryOf = new HashMap<>();
    facts.relations().stream().filter(r -> r.type() == RelationType.IN_COUNTRY).forEach(r -> countryOf.putIfAbsent(r.from(), r.to()));
    String country = countryOf.get(regions.get(0));
    return country == null || !byId.containsKey(country) ? null : new String[] {regions.get(0), country};
  }
}
