package org.partnergraph.extract.annotation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.partnergraph.extract.Sentences;
import org.partnergraph.extract.annotation.Gold.GoldMetric;
import org.partnergraph.extract.annotation.Gold.GoldPartnership;
import org.partnergraph.extract.annotation.Gold.GoldRelation;
import org.partnergraph.model.Article;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.EntityId;
import org.partnergraph.model.EntityType;
import org.partnergraph.model.Relation;
import org.partnergraph.model.RelationType;
import org.partnergraph.reference.ReferenceData;
import org.partnergraph.resolve.ArticleEntities;
import org.partnergraph.resolve.NameResolver;
import org.partnergraph.resolve.ReferenceFacts;

/**
 * Turns an annotation, a person's gold file or a language model's answer, into facts: names
 * resolve through the same {@link NameResolver}, {@link ArticleEntities} and reference data as the rule extractor's, so
 * "the Tula region" is {@code region/…} whoever found it, and partnerships and figures are keyed
 * the way the rule extractor keys them, and what the reference data knows of them (a region's country,
 * an automaker's home) is stated as for the rules ({@link ReferenceFacts}). What cannot be placed (a relation between names the
 * annotation does not list, or between the wrong types; a partnership with no party) is left out.
 *
 * <pre>{@code
 * ArticleFacts facts = new AnnotationFacts(ReferenceData.bundled()).toFacts(gold, article, provenance);
 * }</pre>
 */
public final class AnnotationFacts {

  /**
   * Who produced the annotation, recorded on every fact.
   *
   * @param extractor the extractor's versioned name, for the facts and the ledger
   * @param rule what each relation records as the rule that decided it
   * @param confidence the confidence every relation carries
   */
  public record Provenance(String extractor, String rule, double confidence) {}

  private final ReferenceData reference;
  private final NameResolver names;

  public AnnotationFacts(ReferenceData reference) {
    this.reference = reference;
    this.names = new NameResolver(reference);
  }

  public ArticleFacts toFacts(Gold gold, Article article, Provenance provenance) {
    ArticleEntities entities = new ArticleEntities(reference);
    // a name stands first for the entity it is the name of, then for those it is an alias of ("Bursa" the city, then the province)
    Map<String, List<String>> idsByName = new HashMap<>();
    List<String> ids = gold.entities().stream().map(g -> names.resolve(entities, g.type(), g.name(), g.names())).toList();
    for (int i = 0; i < ids.size(); i++) {
      idsByName.computeIfAbsent(gold.entities().get(i).name(), k -> new ArrayList<>()).add(ids.get(i));
    }
    for (int i = 0; i < ids.size(); i++) {
      for (String alias : gold.entities().get(i).aliases()) {
        List<String> named = idsByName.computeIfAbsent(alias, k -> new ArrayList<>());
        if (!named.contains(ids.get(i))) {
          named.add(ids.get(i));
        }
      }
    }
    Map<String, String> idByName = new HashMap<>();
    idsByName.forEach((name, named) -> idByName.put(name, named.get(0)));
    Map<String, Relation> relations = new LinkedHashMap<>();
    for (GoldRelation r : gold.relations()) {
      // "Volkswagen" the brand and "Volkswagen" the group: the name of the type the relation joins
      Optional<String> from = ofType(idsByName, r.from(), entities, r.type().from());
      Optional<String> to = ofType(idsByName, r.to(), entities, r.type().to());
      if (from.isPresent() && to.isPresent()) {
        add(relations, new Relation(r.type(), from.get(), to.get(), evidence(r.evidence(), gold), provenance.confidence(), provenance.rule()));
      }
    }
    for (GoldPartnership p : gold.partnerships()) {
      partnership(entities, idByName, p, gold, provenance, relations);
    }
    Map<String, Integer> metricsPerBase = new HashMap<>();
    for (GoldMetric m : gold.metrics()) {
      String owner = idByName.get(m.subject());
      if (owner == null) {
        continue;
      }
      EntityId base = EntityId.metric(owner, m.unit(), null, "target".equals(m.kind()));
      int n = metricsPerBase.merge(base.toString(), 1, Integer::sum);
      String id = base.numbered(n).toString();
      Map<String, Object> attributes = new LinkedHashMap<>();
      attributes.put("name", m.unit());
      attributes.put("value", number(m.value()));
      attributes.put("unit", m.unit());
      attributes.put("kind", m.kind());
      entities.figure(id, owner, m.unit(), null, attributes);
      add(relations, new Relation(RelationType.HAS_METRIC, owner, id, evidence(m.evidence(), gold), provenance.confidence(), provenance.rule()));
    }
    List<String> sentences = Sentences.split(article.text()).stream().map(Sentences.Sentence::text).toList();
    ReferenceFacts.of(entities, ReferenceFacts.firstNaming(entities, sentences)).forEach(r -> add(relations, r));
    return new ArticleFacts(article, entities.entities(), List.copyOf(relations.values()), provenance.extractor());
  }

  /** One partnership, keyed like the rule extractor's: its parties and its partner country. */
  private void partnership(ArticleEntities entities, Map<String, String> idByName, GoldPartnership p, Gold gold,
      Provenance provenance, Map<String, Relation> relations) {
    List<String> parties = p.parties().stream().map(idByName::get)
        .filter(id -> id != null && RelationType.PARTY.allows(EntityType.PARTNERSHIP, entities.type(id)))
        .distinct().toList();
    if (parties.isEmpty()) {
      return;
    }
    String countryId = p.partnerCountry() == null ? null : Optional.ofNullable(idByName.get(p.partnerCountry()))
        .filter(id -> entities.type(id) == EntityType.COUNTRY)
        .or(() -> names.entryNamed(p.partnerCountry().strip(), Set.of(EntityType.COUNTRY)).map(e -> entities.known(e, p.partnerCountry())))
        .orElse(null);
    EntityId base = EntityId.partnership(parties, countryId);
    String id = base.toString();
    for (int n = 2; entities.contains(id); n++) {
      id = base.another(p.kind(), n).toString(); // the same parties twice: a second cooperation, not one overwritten
    }
    entities.partnership(id, parties, countryId, p.kind());
    Set<String> countries = new TreeSet<>();
    parties.forEach(party -> entities.countryCode(party).ifPresent(countries::add));
    if (countryId != null) {
      entities.countryCode(countryId).ifPresent(countries::add);
    }
    entities.attribute(id, "kind", p.kind());
    entities.attribute(id, "status", p.status());
    entities.attribute(id, "crossBorder", countries.size() > 1);
    String evidence = evidence(p.evidence(), gold);
    for (String party : parties) {
      add(relations, new Relation(RelationType.PARTY, id, party, evidence, provenance.confidence(), provenance.rule()));
    }
    if (countryId != null) {
      add(relations, new Relation(RelationType.PARTNER_COUNTRY, id, countryId, evidence, provenance.confidence(), provenance.rule()));
    }
  }

  private static Optional<String> ofType(Map<String, List<String>> idsByName, String name, ArticleEntities entities,
      Set<EntityType> types) {
    return idsByName.getOrDefault(name, List.of()).stream().filter(id -> types.contains(entities.type(id))).findFirst();
  }

  /** The quote; a gold file written without quotes says where the fact comes from instead. */
  private static String evidence(String quote, Gold gold) {
    return quote != null ? quote : "annotated in gold file " + gold.article();
  }

  private static void add(Map<String, Relation> relations, Relation r) {
    relations.putIfAbsent(r.key(), r);
  }

  private static Object number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Object) (long) value : (Object) value;
  }
}
