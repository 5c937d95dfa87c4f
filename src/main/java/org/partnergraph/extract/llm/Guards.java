package org.partnergraph.extract.llm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.partnergraph.extract.annotation.Gold;
import org.partnergraph.model.Names;
import org.partnergraph.extract.annotation.Gold.GoldEntity;
import org.partnergraph.extract.annotation.Gold.GoldMetric;
import org.partnergraph.extract.annotation.Gold.GoldPartnership;
import org.partnergraph.extract.annotation.Gold.GoldRelation;
import org.partnergraph.model.EntityType;
import org.partnergraph.model.RelationType;
import org.partnergraph.reference.RefEntry;
import org.partnergraph.reference.ReferenceData;

/**
 * Holds a model's answer to the article it answers: every quote must be in the article, every
 * entity must be named there, every relation must join types the schema allows, every partnership
 * must have a party the article names and a partner country the article names, if any. What fails is dropped and reported to the counter; what
 * passes goes on to resolution and the shape gate like any other facts.
 */
final class Guards {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern SINGLE_QUOTES = Pattern.compile("[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]");
  private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]");
  private static final Set<EntityType> PARTY_TYPES = RelationType.PARTY.to();

  private final String text;
  private final String lowerText;
  private final ReferenceData reference;
  private final Consumer<Guard> dropped;

  Guards(String articleText, ReferenceData reference, Consumer<Guard> dropped) {
    this.text = normalise(articleText);
    this.lowerText = text.toLowerCase(Locale.ROOT);
    this.reference = reference;
    this.dropped = dropped;
  }

  Gold apply(Gold answer) {
    List<GoldEntity> entities = new ArrayList<>();
    Map<String, List<EntityType>> typesByName = new HashMap<>();
    for (GoldEntity e : answer.entities()) {
      boolean named = e.names().stream().anyMatch(this::named);
      if (!named) {
        dropped.accept(Guard.NAME_NOT_IN_ARTICLE);
        continue;
      }
      // a canonical name may differ from the article's ("Tula Oblast" for "the Tula region"); an alias may not
      GoldEntity kept = new GoldEntity(e.type(), e.name(), e.aliases().stream().filter(this::named).toList(), e.operator(), e.location());
      entities.add(kept);
      kept.names().forEach(n -> typesByName.computeIfAbsent(n, k -> new ArrayList<>()).add(e.type()));
    }
    List<GoldRelation> relations = new ArrayList<>();
    for (GoldRelation r : answer.relations()) {
      if (!quoted(r.evidence())) {
        dropped.accept(Guard.EVIDENCE_NOT_IN_ARTICLE);
      } else if (!typesByName.containsKey(r.from()) || !typesByName.containsKey(r.to())) {
        dropped.accept(Guard.NAME_NOT_IN_ARTICLE);
      } else if (typesByName.get(r.from()).stream().noneMatch(r.type().from()::contains)
          || typesByName.get(r.to()).stream().noneMatch(r.type().to()::contains)) {
        dropped.accept(Guard.WRONG_TYPES);
      } else {
        relations.add(r);
      }
    }
    List<GoldPartnership> partnerships = new ArrayList<>();
    for (GoldPartnership p : answer.partnerships()) {
      List<String> parties = p.parties().stream()
          .filter(name -> typesByName.getOrDefault(name, List.of()).stream().anyMatch(PARTY_TYPES::contains)).toList();
      if (!quoted(p.evidence())) {
        dropped.accept(Guard.EVIDENCE_NOT_IN_ARTICLE);
      } else if (parties.isEmpty()) {
        dropped.accept(Guard.NO_NAMED_PARTY);
      } else if (p.partnerCountry() != null && !countryNamed(p.partnerCountry(), typesByName)) {
        dropped.accept(Guard.NAME_NOT_IN_ARTICLE);
      } else {
        partnerships.add(new GoldPartnership(parties, p.partnerCountry(), p.status(), p.kind(), p.evidence()));
      }
    }
    List<GoldMetric> metrics = new ArrayList<>();
    for (GoldMetric m : answer.metrics()) {
      if (!quoted(m.evidence())) {
        dropped.accept(Guard.EVIDENCE_NOT_IN_ARTICLE);
      } else if (!typesByName.containsKey(m.subject())) {
        dropped.accept(Guard.NAME_NOT_IN_ARTICLE);
      } else {
        metrics.add(m);
      }
    }
    return answer.with(entities, relations, partnerships, metrics);
  }

  /**
   * The partner country is one the article names: by a name the answer lists as a country, or by
   * any of the reference data's names and demonyms for it ("a Chinese partner" names China).
   */
  private boolean countryNamed(String country, Map<String, List<EntityType>> typesByName) {
    if (typesByName.getOrDefault(country, List.of()).contains(EntityType.COUNTRY)) {
      return true;
    }
    for (RefEntry e : reference.entries()) {
      if (e.type() == EntityType.COUNTRY && (e.name().equalsIgnoreCase(country) || e.aliases().stream().anyMatch(country::equalsIgnoreCase))) {
        if (named(e.name()) || e.aliases().stream().anyMatch(this::named)) {
          return true;
        }
        for (Map.Entry<String, String> demonym : reference.demonyms().entrySet()) {
          if (demonym.getValue().equals(e.code()) && named(demonym.getKey())) {
            return true;
          }
        }
      }
    }
    return named(country);
  }

  private boolean named(String name) {
    String n = normalise(name).toLowerCase(Locale.ROOT);
    return !n.isEmpty() && lowerText.contains(n);
  }

  /** A quote counts when it is in the article verbatim, but for spacing, quote marks and what surrounds it. */
  private boolean quoted(String evidence) {
    if (evidence == null) {
      return false;
    }
    String q = normalise(evidence).replaceAll("^[\\s\"'.…]+|[\\s\"'.…]+$", "");
    return q.length() >= 8 && text.contains(q);
  }

  static String normalise(String s) {
    String n = Names.normal(s);
    n = SINGLE_QUOTES.matcher(n).replaceAll("'");
    n = DOUBLE_QUOTES.matcher(n).replaceAll("\"");
    return SPACES.matcher(n).replaceAll(" ").strip();
  }
}
