package org.partnergraph.extract.decide;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.partnergraph.extract.Clauses;
import org.partnergraph.extract.Cues;
import org.partnergraph.extract.Figures;
import org.partnergraph.extract.Lexicon;
import org.partnergraph.extract.decide.Candidate.Group;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.Entity;
import org.partnergraph.model.EntityId;
import org.partnergraph.model.EntityType;
import org.partnergraph.model.Relation;
import org.partnergraph.model.RelationType;
import org.partnergraph.reference.ReferenceData;

/**
 * The rules' proposals in one article's facts, each as a {@link Candidate} with its features:
 * which rule fired (the rules act as labelling functions), the relation or status or figure kind,
 * the entity types, every cue family of {@code reference/cues.tsv} in the evidence sentence, the
 * rule's own confidence, and where the sentence stands in the article. The sentence embedding is
 * added by the model, which owns the embedder.
 */
public final class Candidates {
  /** The relations a model decides; the others come with what they hang on (reference data, partnership and figure edges). */
  public static final Set<RelationType> DECIDED_RELATIONS = EnumSet.of(
      RelationType.GOVERNS, RelationType.VISITED, RelationType.INVITED, RelationType.SPOKE_AT, RelationType.ATTENDED,
      RelationType.HELD_IN, RelationType.OPERATES, RelationType.OWNS_BRAND, RelationType.LOCATED_IN);

  /** "the plant", "the site": a sentence that speaks of a plant it does not name (lexicon/en/plant-nouns.tsv, tag coref). */
  private static final Pattern PLANT_NOUN = Pattern.compile("(?i)\\b(?:"
      + Lexicon.english().alternation(Lexicon.Family.PLANT_NOUNS, "coref", Lexicon.Form.AS_WRITTEN) + ")\\b");

  /**
   * "The company operates 14 plants", "The Chinese carmaker employs 90,000": a sentence whose subject stands for a
   * maker named before (lexicon/en/company-words.tsv, tag automaker-coref), so no owner is named in it.
   */
  private static final Pattern OPENS_WITH_A_MAKER_COREF = Pattern.compile("(?i)\\s*(?:the|its)\\s+(?:[\\p{L}-]+\\s+)?(?:"
      + Lexicon.english().alternation(Lexicon.Family.COMPANY_WORDS, "automaker-coref", Lexicon.Form.AS_WRITTEN) + ")\\b");

  /**
   * The nouns a figure's sentence uses for an owner of each type it does not name ("our region will
   * produce", "the forum signed", "the city wants"), after a determiner and at most one other word,
   * from each type's own list in lexicon/en: region-suffixes.tsv {@code coref} (and "the regional
   * government": {@code of-government} before region-governments.tsv {@code coref}), place-corefs.tsv,
   * forum-words.tsv {@code event} and {@code event-capitalised} (read in any case here: "the summit"),
   * plant-nouns.tsv {@code coref}, company-words.tsv {@code automaker-coref}.
   */
  private static final Map<EntityType, Pattern> OWNER_COREFS = ownerCorefs();
  private static final ReferenceData REFERENCE = ReferenceData.bundled();

  /** What {@link Sentences#span} remembers for a name the text does not hold. */
  private static final int[] NOT_NAMED = new int[0];

  private static Map<EntityType, Pattern> ownerCorefs() {
    Lexicon en = Lexicon.english();
    Lexicon.Form asWritten = Lexicon.Form.AS_WRITTEN;
    Map<EntityType, String> nouns = new EnumMap<>(EntityType.class);
    nouns.put(EntityType.REGION, en.alternation(Lexicon.Family.REGION_SUFFIXES, "coref", asWritten)
        + "|(?:" + en.alternation(Lexicon.Family.REGION_SUFFIXES, "of-government", asWritten) + ")\\s+(?:"
        + en.alternation(Lexicon.Family.REGION_GOVERNMENTS, "coref", asWritten) + ")");
    nouns.put(EntityType.CITY, en.alternation(Lexicon.Family.PLACE_COREFS, "stands-for-a-city", asWritten));
    nouns.put(EntityType.COUNTRY, en.alternation(Lexicon.Family.PLACE_COREFS, "stands-for-a-country", asWritten));
    nouns.put(EntityType.FORUM, en.alternation(Lexicon.Family.FORUM_WORDS, "event", asWritten) + "|"
        + en.alternation(Lexicon.Family.FORUM_WORDS, "event-capitalised", asWritten));
    nouns.put(EntityType.PLANT, en.alternation(Lexicon.Family.PLANT_NOUNS, "coref", asWritten));
    nouns.put(EntityType.AUTOMAKER, en.alternation(Lexicon.Family.COMPANY_WORDS, "automaker-coref", asWritten));
    Map<EntityType, Pattern> out = new EnumMap<>(EntityType.class);
    nouns.forEach((type, words) -> out.put(type,
        Pattern.compile("(?i)\\b(?:the|our|its|this|their)\\s+(?:([\\p{L}-]+)\\s+)?(?:" + words + ")(?![\\p{L}\\p{N}-])")));
    return out;
  }

  /**
   * A noun a sentence uses for an owner it does not name, where it stands, and the country its
   * adjective names ("the Chinese automaker": {@code country/cn}), or null.
   */
  private record Coref(EntityType type, int start, int end, String country) {
    /** Whether the span lies inside this noun phrase, and is not all of it. */
    boolean holds(int from, int to) {
      return start <= from && to <= end && to - from < end - start;
    }
  }

  private final Cues cues;
  private final boolean variants;
  private final boolean figureOwners;
  private final Figures figures = new Figures();

  /** Candidates as the rules propose them, one per proposal. */
  public Candidates(Cues cues) {
    this(cues, false);
  }

  /**
   * @param variants whether a partnership is proposed once per {@link PartnershipVariant} (status,
   *     region or its country), so that the decider chooses how to state it as well as whether to keep it
   */
  public Candidates(Cues cues, boolean variants) {
    this(cues, variants, false);
  }

  /**
   * @param figureOwners whether a figure is proposed once per {@link FigureOwner owner} the
   *     article allows, so that the decider chooses whose figure it is as well as whether to keep it
   */
  public Candidates(Cues cues, boolean variants, boolean figureOwners) {
    this.cues = cues;
    this.variants = variants;
    this.figureOwners = figureOwners;
  }

  /** Every decided proposal in the facts, in the order of the facts. */
  public List<Candidate> of(ArticleFacts facts) {
    Map<String, Entity> byId = facts.entitiesById();
    String text = facts.article().text();
    Sentences sentences = new Sentences(facts);
    List<Candidate> out = new ArrayList<>();
    Map<String, List<Relation>> outgoing = new LinkedHashMap<>();
    Map<String, Relation> metricEdge = new LinkedHashMap<>();
    for (Relation r : facts.relations()) {
      outgoing.computeIfAbsent(r.from(), k -> new ArrayList<>()).add(r);
      if (r.type() == RelationType.HAS_METRIC) {
        metricEdge.putIfAbsent(r.to(), r);
      }
      if (DECIDED_RELATIONS.contains(r.type())) {
        Map<String, Double> f = common(r, text, sentences);
        f.put("type=" + r.type().name(), 1.0);
        f.put("from=" + typeOf(byId, r.from()), 1.0);
        f.put("to=" + typeOf(byId, r.to()), 1.0);
        f.put("type=" + r.type().name() + "&rule=" + r.rule(), 1.0);
        f.put("type=" + r.type().name() + "&to=" + typeOf(byId, r.to()), 1.0);
        between(f, byId.get(r.from()), byId.get(r.to()), r.evidence(), sentences);
        out.add(new Candidate(Group.RELATION, r.key(), r.rule(), r.evidence(), f));
      }
    }
    List<String> articleCues = null;
    for (Entity e : facts.entities()) {
      if (e.type() == EntityType.PARTNERSHIP) {
        List<Relation> edges = outgoing.getOrDefault(e.id(), List.of());
        Relation party = edges.stream().filter(r -> r.type() == RelationType.PARTY).findFirst().orElse(null);
        if (party == null) {
          continue;
        }
        Map<String, Double> f = common(party, text, sentences);
        f.put("status=" + e.attribute("status"), 1.0);
        f.put("kind=" + e.attribute("kind"), 1.0);
        long parties = edges.stream().filter(r -> r.type() == RelationType.PARTY).count();
        f.put("parties=" + Math.min(parties, 3), 1.0);
        edges.stream().filter(r -> r.type() == RelationType.PARTY)
            .forEach(r -> f.put("party=" + typeOf(byId, r.to()), 1.0));
        f.put("partnerCountryOnly", edges.stream().anyMatch(r -> r.type() == RelationType.PARTNER_COUNTRY) ? 1.0 : 0.0);
        f.put("atPlant", edges.stream().anyMatch(r -> r.type() == RelationType.AT_PLANT) ? 1.0 : 0.0);
        f.put("crossBorder", Boolean.TRUE.equals(e.attribute("crossBorder")) ? 1.0 : 0.0);
        if (!variants) {
          out.add(new Candidate(Group.PARTNERSHIP, e.id(), party.rule(), party.evidence(), f));
          continue;
        }
        if (articleCues == null) {
          articleCues = cues.familiesIn(text);
        }
        List<PartnershipVariant> variantsOfE = PartnershipVariant.of(facts, e);
        Map<String, Double> countryForm = variantsOfE.stream().anyMatch(PartnershipVariant::regionAsCountry)
            ? countryFormFeatures(f, edges, party, articleCues, facts, sentences) : Map.of();
        for (PartnershipVariant v : variantsOfE) {
          out.add(new Candidate(Group.PARTNERSHIP, e.id(), party.rule(), party.evidence(),
              variantFeatures(f, v, e, party, articleCues, countryForm, sentences), v));
        }
      } else if (e.type() == EntityType.METRIC) {
        Relation edge = metricEdge.get(e.id());
        if (edge == null) {
          continue;
        }
        Map<String, Double> f = common(edge, text, sentences);
        f.put("figureKind=" + e.attribute("kind"), 1.0);
        f.put("owner=" + typeOf(byId, edge.from()), 1.0);
        Object unit = e.attribute("unit");
        f.put("unit=" + (unit == null ? "none" : unit.toString().toLowerCase(Locale.ROOT)), 1.0);
        if (e.attribute("value") instanceof Number n && n.doubleValue() > 0) {
          f.put("log10value", Math.log10(n.doubleValue()) / 10);
        }
        f.put("qualified", e.attribute("qualifier") != null ? 1.0 : 0.0);
        f.put("period", e.attribute("period") != null ? 1.0 : 0.0);
        if (!figureOwners) {
          out.add(new Candidate(Group.FIGURE, e.id(), edge.rule(), edge.evidence(), f));
          continue;
        }
        for (Map.Entry<FigureOwner, Map<String, Double>> o : ownerFeatures(f, e, edge, facts, byId, sentences).entrySet()) {
          out.add(new Candidate(Group.FIGURE, e.id(), edge.rule(), edge.evidence(), o.getValue(), o.getKey()));
        }
      }
    }
    return out;
  }

  /** {@code maker|plant} of every OPERATES edge and {@code plant|place} of every LOCATED_IN edge. */
  private record PlantLinks(Set<String> operates, Set<String> locatedIn) {}

  /**
   * What the features read from a whole evidence sentence, worked out once per sentence of an
   * article: its candidates share few sentences (1,760 candidates, 853 sentences on the dev set),
   * and the cue patterns and the scan for every entity's name dominate the cost of the features.
   */
  private final class Sentences {
    private final ArticleFacts facts;
    private final Map<String, List<String>> families = new HashMap<>();
    private final Map<String, Long> named = new HashMap<>();
    private final Map<String, List<Figures.Figure>> found = new HashMap<>();
    private final Map<String, Map<String, int[]>> spans = new HashMap<>();
    private final Map<String, List<Coref>> corefs = new HashMap<>();
    private Map<String, Set<String>> homes;
    private Map<String, Integer> mentions;
    private Map<EntityType, Integer> mostMentions;
    private Map<EntityType, Long> ofType;
    private PlantLinks plantLinks;

    Sentences(ArticleFacts facts) {
      this.facts = facts;
    }

    /** The article's plant edges, read once for all its figures' owners. */
    PlantLinks plantLinks() {
      if (plantLinks == null) {
        Set<String> operates = new HashSet<>();
        Set<String> locatedIn = new HashSet<>();
        for (Relation r : facts.relations()) {
          if (r.type() == RelationType.OPERATES) {
            operates.add(r.from() + "|" + r.to());
          } else if (r.type() == RelationType.LOCATED_IN) {
            locatedIn.add(r.from() + "|" + r.to());
          }
        }
        plantLinks = new PlantLinks(operates, locatedIn);
      }
      return plantLinks;
    }

    List<String> cueFamilies(String sentence) {
      return families.computeIfAbsent(sentence, cues::familiesIn);
    }

    /**
     * Where the entity is first named in the text, or null: each figure reads every owner's name in
     * its sentence, the text before it and the title, and an article's figures share those texts.
     */
    int[] span(Entity e, String text) {
      int[] span = spans.computeIfAbsent(text, t -> new HashMap<>()).computeIfAbsent(e.id(), id -> {
        int[] first = NameSpans.first(e, text);
        return first == null ? NOT_NAMED : first;
      });
      return span == NOT_NAMED ? null : span;
    }

    /**
     * Where the sentence speaks of an owner without naming it ({@link #OWNER_COREFS}), by owner type;
     * a noun phrase that holds a shorter one ("the company works" beside "the company") is not one.
     */
    List<Coref> corefs(String sentence) {
      return corefs.computeIfAbsent(sentence, s -> {
        List<Coref> found = new ArrayList<>();
        OWNER_COREFS.forEach((type, pattern) -> {
          Matcher m = pattern.matcher(s);
          while (m.find()) {
            String country = m.group(1) == null ? null : REFERENCE.countryOfDemonym(m.group(1))
                .map(code -> EntityId.country(code).toString()).orElse(null);
            found.add(new Coref(type, m.start(), m.end(), country));
          }
        });
        return found.stream().filter(c -> found.stream().noneMatch(d -> d != c && c.holds(d.start(), d.end()))).toList();
      });
    }

    /** How often the article's title and text name the entity. */
    int mentions(Entity e) {
      if (mentions == null) {
        mentions = new HashMap<>();
        mostMentions = new EnumMap<>(EntityType.class);
        String all = (facts.article().title() == null ? "" : facts.article().title() + "\n") + facts.article().text();
        for (Entity x : facts.entities()) {
          if (x.type() != EntityType.PARTNERSHIP && x.type() != EntityType.METRIC) {
            int n = NameSpans.count(x, all);
            mentions.put(x.id(), n);
            mostMentions.merge(x.type(), n, Math::max);
          }
        }
      }
      return mentions.getOrDefault(e.id(), 0);
    }

    /** Whether no entity of its type is named more often in the article. */
    boolean mostMentioned(Entity e) {
      return mentions(e) > 0 && mentions(e) >= mostMentions.getOrDefault(e.type(), 0);
    }

    /** The countries each automaker of the article is headquartered in. */
    Set<String> homes(String automaker) {
      if (homes == null) {
        homes = facts.relations().stream().filter(r -> r.type() == RelationType.HEADQUARTERED_IN)
            .collect(Collectors.groupingBy(Relation::from, Collectors.mapping(Relation::to, Collectors.toSet())));
      }
      return homes.getOrDefault(automaker, Set.of());
    }

    /** How many entities of each type the article has. */
    long ofType(EntityType type) {
      if (ofType == null) {
        ofType = facts.entities().stream().collect(Collectors.groupingBy(Entity::type, Collectors.counting()));
      }
      return ofType.getOrDefault(type, 0L);
    }

    /** Where the sentence states a figure of this value, or null (the first such figure). */
    int[] figureSpan(String sentence, Object value) {
      if (!(value instanceof Number n)) {
        return null;
      }
      for (Figures.Figure f : found.computeIfAbsent(sentence, figures::find)) {
        if (FigureOwner.sameValue(f.value().doubleValue(), n)) {
          return new int[] {f.start(), f.end()};
        }
      }
      return null;
    }

    /** How many named entities (not partnerships or figures) of the article the sentence names. */
    long entitiesNamed(String sentence) {
      return named.computeIfAbsent(sentence, s -> facts.entities().stream()
          .filter(e -> e.type() != EntityType.PARTNERSHIP && e.type() != EntityType.METRIC)
          .filter(e -> NameSpans.first(e, s) != null).count());
    }
  }

  /**
   * Each owner a figure may have, with the figure's features and how that owner stands to it: its
   * type (with the figure's unit and kind, and the rules' owner's type), whether the rules chose
   * it, where its name stands against the figure (before or after, how far, the nearest name before
   * it, a possessive, a clause break or cue words between), and whether it is a plant of the rules'
   * owner or the rules' owner is its plant; and (read by {@code model/8}) whether the sentence speaks
   * of its type without naming it ("the regional government"), that noun nearest before the figure
   * in its clause, whether it is the only one of its type or the one the article names most, and
   * whether "the Chinese automaker" names a maker's home country or another's.
   */
  private Map<FigureOwner, Map<String, Double>> ownerFeatures(Map<String, Double> figure, Entity metric, Relation edge,
      ArticleFacts facts, Map<String, Entity> byId, Sentences sentences) {
    String s = edge.evidence();
    int[] at = sentences.figureSpan(s, metric.attribute("value"));
    List<FigureOwner> owners = FigureOwner.of(facts, edge);
    Map<FigureOwner, int[]> spans = new LinkedHashMap<>();
    FigureOwner nearestBefore = null;
    for (FigureOwner o : owners) {
      int[] span = byId.containsKey(o.owner()) ? sentences.span(byId.get(o.owner()), s) : null;
      spans.put(o, span);
      if (span != null && at != null && span[1] <= at[0] && (nearestBefore == null || span[1] > spans.get(nearestBefore)[1])) {
        nearestBefore = o;
      }
    }
    // a noun phrase that holds an owner's name ("the Bahia state government", "the BYD plant") names it
    List<Coref> corefs = sentences.corefs(s).stream()
        .filter(c -> spans.values().stream().noneMatch(span -> span != null && c.holds(span[0], span[1]))).toList();
    Coref nearestCoref = null;
    if (at != null) {
      for (Coref c : corefs) {
        if (c.end() <= at[0] && (nearestCoref == null || c.end() > nearestCoref.end())) {
          nearestCoref = c;
        }
      }
      int nearestNameEnd = nearestBefore == null ? -1 : spans.get(nearestBefore)[1];
      if (nearestCoref != null && (nearestNameEnd >= nearestCoref.end() || Clauses.breakBetween(s, nearestCoref.end(), at[0]))) {
        nearestCoref = null; // a name stands nearer, or the noun is another clause's
      }
    }
    Set<String> operates = sentences.plantLinks().operates();
    Set<String> locatedIn = sentences.plantLinks().locatedIn();
    String proposedType = typeOf(byId, edge.from());
    boolean plantNoun = PLANT_NOUN.matcher(s).find();
    boolean makerCoref = OPENS_WITH_A_MAKER_COREF.matcher(s).lookingAt();
    long plants = sentences.ofType(EntityType.PLANT);
    String text = facts.article().text();
    int sentenceAt = text.indexOf(s);
    String justBefore = sentenceAt < 0 ? "" : text.substring(Math.max(0, sentenceAt - 300), sentenceAt);
    String title = facts.article().title() == null ? "" : facts.article().title();
    String unit = "unit=" + (metric.attribute("unit") == null ? "none" : metric.attribute("unit").toString().toLowerCase(Locale.ROOT));
    Map<FigureOwner, Map<String, Double>> out = new LinkedHashMap<>();
    for (FigureOwner o : owners) {
      Map<String, Double> f = new LinkedHashMap<>(figure);
      f.remove("owner=" + proposedType); // the rules' owner's type is read below, crossed with this owner's
      String owner = "owner=" + typeOf(byId, o.owner());
      boolean proposed = o.owner().equals(edge.from());
      f.put(owner, 1.0);
      f.put(owner + "&" + unit, 1.0);
      f.put(owner + "&kind=" + metric.attribute("kind"), 1.0);
      f.put(owner + "&proposed=" + proposedType, 1.0);
      f.put("asProposed", proposed ? 1.0 : 0.0);
      f.put(owner + "&asProposed", proposed ? 1.0 : 0.0);
      int[] span = spans.get(o);
      f.put("ownerNamed", span != null ? 1.0 : 0.0);
      f.put(owner + "&ownerNamed", span != null ? 1.0 : 0.0);
      f.put(owner + "&plantNounInSentence", plantNoun ? 1.0 : 0.0);
      f.put(owner + "&opensWithAMakerCoref", makerCoref ? 1.0 : 0.0);
      f.put(owner + "&opensWithAMakerCoref&asProposed", makerCoref && proposed ? 1.0 : 0.0);
      f.put(owner + "&onlyPlant", plants == 1 ? 1.0 : 0.0);
      Entity ownerEntity = byId.get(o.owner());
      boolean namedJustBefore = ownerEntity != null && sentences.span(ownerEntity, justBefore) != null;
      boolean inTitle = ownerEntity != null && sentences.span(ownerEntity, title) != null;
      f.put(owner + "&namedJustBefore", namedJustBefore ? 1.0 : 0.0);
      f.put(owner + "&inTitle", inTitle ? 1.0 : 0.0);
      if (ownerEntity != null) {
        boolean only = sentences.ofType(ownerEntity.type()) == 1;
        f.put(owner + "&onlyOfItsType", only ? 1.0 : 0.0);
        boolean most = sentences.mostMentioned(ownerEntity);
        f.put(owner + "&mostMentionedOfItsType", most ? 1.0 : 0.0);
        f.put(owner + "&mentions", Math.min(1.0, sentences.mentions(ownerEntity) / 10.0));
        EntityType type = ownerEntity.type();
        boolean spokenOf = corefs.stream().anyMatch(c -> c.type() == type);
        boolean nearest = nearestCoref != null && nearestCoref.type() == type;
        f.put(owner + "&corefInSentence", spokenOf ? 1.0 : 0.0);
        f.put(owner + "&corefNearestBefore", nearest ? 1.0 : 0.0);
        f.put("corefNearestBefore&salient", nearest && (only || namedJustBefore || inTitle) ? 1.0 : 0.0);
        f.put("corefNearestBefore&mostMentioned", nearest && most ? 1.0 : 0.0);
        f.put("corefNearestBefore&unnamed", nearest && span == null ? 1.0 : 0.0);
        Set<String> home = type == EntityType.AUTOMAKER ? sentences.homes(o.owner()) : Set.of();
        if (!home.isEmpty()) { // a maker whose home the facts do not give is neither "the Chinese automaker" nor another's
          boolean ofItsCountry = corefs.stream().anyMatch(c -> c.type() == type && c.country() != null && home.contains(c.country()));
          boolean ofAnother = corefs.stream().anyMatch(c -> c.type() == type && c.country() != null && !home.contains(c.country()));
          f.put("makerCorefOfItsCountry", ofItsCountry ? 1.0 : 0.0);
          f.put("makerCorefOfAnotherCountry", ofAnother && !ofItsCountry ? 1.0 : 0.0);
        }
      }
      if (span != null && at != null) {
        boolean before = span[1] <= at[0];
        int gapStart = before ? span[1] : at[1];
        int gapEnd = before ? at[0] : span[0];
        String gap = gapEnd > gapStart ? s.substring(gapStart, gapEnd) : "";
        f.put("ownerBefore", before ? 1.0 : 0.0);
        f.put(owner + "&ownerBefore", before ? 1.0 : 0.0);
        f.put("ownerDistance", Math.min(3.0, gap.length() / 100.0));
        f.put("nearestBefore", o.equals(nearestBefore) ? 1.0 : 0.0);
        f.put(owner + "&nearestBefore", o.equals(nearestBefore) ? 1.0 : 0.0);
        f.put("possessive", s.startsWith("'", span[1]) ? 1.0 : 0.0);
        f.put("clauseBreakBetween", Clauses.breakBetween(s, gapStart, gapEnd) ? 1.0 : 0.0);
        for (String family : sentences.cueFamilies(gap)) {
          f.put("owner&between:cue=" + family, 1.0);
        }
      }
      boolean plant = byId.containsKey(o.owner()) && byId.get(o.owner()).type() == EntityType.PLANT;
      boolean proposedPlant = byId.containsKey(edge.from()) && byId.get(edge.from()).type() == EntityType.PLANT;
      f.put("plantOfProposed", plant && (operates.contains(edge.from() + "|" + o.owner())
          || locatedIn.contains(o.owner() + "|" + edge.from())) ? 1.0 : 0.0);
      f.put("proposedIsItsPlant", proposedPlant && (operates.contains(o.owner() + "|" + edge.from())
          || locatedIn.contains(edge.from() + "|" + o.owner())) ? 1.0 : 0.0);
      out.put(o, f);
    }
    return out;
  }

  /**
   * A partnership variant's features: the proposal's own, and each crossed with the variant, so
   * that a linear model can prefer one status (or the country form) given the cues of the sentence
   * and of the whole article, the rules' reading and the parties' types.
   *
   * @param countryForm what the country form of this partnership reads, the same for each status
   */
  private Map<String, Double> variantFeatures(Map<String, Double> proposal, PartnershipVariant v, Entity partnership, Relation party,
      List<String> articleCues, Map<String, Double> countryForm, Sentences sentences) {
    Map<String, Double> f = new LinkedHashMap<>(proposal);
    String status = "status=" + v.status().value();
    String proposed = String.valueOf(partnership.attribute("status"));
    double asProposed = proposed.equals(v.status().value()) ? 1.0 : 0.0;
    f.put("variant=" + v.label(), 1.0);
    f.put("asProposed", asProposed);
    f.put(status + "&proposed=" + proposed, 1.0);
    f.put(status + "&kind=" + partnership.attribute("kind"), 1.0);
    for (String family : sentences.cueFamilies(party.evidence())) {
      f.put(status + "&cue=" + family, 1.0);
    }
    for (String family : articleCues) {
      f.put(status + "&articleCue=" + family, 1.0);
    }
    if (v.regionAsCountry()) {
      f.putAll(countryForm);
      f.put("country&asProposedStatus", asProposed);
    }
    return f;
  }

  /**
   * The features of stating a partnership with its region's country as partner: the cues of the
   * sentence and the article, whether a governor is named in the sentence or governs the region
   * party, and the parties' types and the rule, each marked as read for the country form.
   */
  private Map<String, Double> countryFormFeatures(Map<String, Double> proposal, List<Relation> edges, Relation party,
      List<String> articleCues, ArticleFacts facts, Sentences sentences) {
    Map<String, Double> f = new LinkedHashMap<>();
    for (String family : sentences.cueFamilies(party.evidence())) {
      f.put("country&cue=" + family, 1.0);
    }
    for (String family : articleCues) {
      f.put("country&articleCue=" + family, 1.0);
    }
    f.put("country", 1.0);
    boolean governorHere = facts.entities().stream().filter(x -> x.type() == EntityType.GOVERNOR)
        .anyMatch(x -> NameSpans.first(x, party.evidence()) != null);
    Set<String> parties = edges.stream().filter(r -> r.type() == RelationType.PARTY).map(Relation::to).collect(Collectors.toSet());
    boolean regionGoverned = facts.relations().stream().anyMatch(r -> r.type() == RelationType.GOVERNS && parties.contains(r.to()));
    f.put("country&governorInSentence", governorHere ? 1.0 : 0.0);
    f.put("country&regionsGovernorInArticle", regionGoverned ? 1.0 : 0.0);
    proposal.keySet().stream().filter(k -> k.startsWith("party=") || k.startsWith("rule=")).forEach(k -> f.put("country&" + k, 1.0));
    return f;
  }

  private Map<String, Double> common(Relation r, String text, Sentences sentences) {
    Map<String, Double> f = new LinkedHashMap<>();
    f.put("rule=" + r.rule(), 1.0);
    f.put("ruleConfidence", r.confidence());
    int at = text.indexOf(r.evidence());
    f.put("position", at < 0 || text.isEmpty() ? 0.5 : (double) at / text.length());
    f.put("leadSentence", at >= 0 && at < 400 ? 1.0 : 0.0);
    f.put("sentenceLength", Math.min(1.0, r.evidence().length() / 400.0));
    f.put("quoted", r.evidence().indexOf('"') >= 0 || r.evidence().indexOf('“') >= 0 ? 1.0 : 0.0);
    for (String family : sentences.cueFamilies(r.evidence())) {
      f.put("cue=" + family, 1.0);
    }
    return f;
  }

  /**
   * How the two ends stand in the sentence: both named or not, their order, their distance, the
   * cue families in the words between them, and how crowded the sentence is.
   */
  private void between(Map<String, Double> f, Entity from, Entity to, String sentence, Sentences sentences) {
    int[] a = from == null ? null : NameSpans.first(from, sentence);
    int[] b = to == null ? null : NameSpans.first(to, sentence);
    f.put("bothNamed", a != null && b != null ? 1.0 : 0.0);
    if (a != null && b != null) {
      f.put("fromFirst", a[0] < b[0] ? 1.0 : 0.0);
      int gapStart = Math.min(a[1], b[1]);
      int gapEnd = Math.max(a[0], b[0]);
      f.put("distance", Math.min(3.0, Math.max(0, gapEnd - gapStart) / 100.0));
      if (gapEnd > gapStart) {
        String gap = sentence.substring(gapStart, gapEnd);
        for (String family : sentences.cueFamilies(gap)) {
          f.put("between:cue=" + family, 1.0);
        }
        f.put("gapHasComma", gap.indexOf(',') >= 0 ? 1.0 : 0.0);
      }
    }
    f.put("entitiesInSentence", Math.min(1.0, sentences.entitiesNamed(sentence) / 10.0));
  }

  private static String typeOf(Map<String, Entity> byId, String id) {
    Entity e = byId.get(id);
    return e == null ? "unknown" : e.type().label();
  }
}
