package org.partnergraph.extract;

import static org.partnergraph.extract.ArticleRelations.COREF_PENALTY;
import static org.partnergraph.extract.ArticleRelations.LIKELY;
import static org.partnergraph.extract.ArticleRelations.confidence;
import static org.partnergraph.extract.Clauses.clauseStartBefore;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.partnergraph.extract.Figures.Figure;
import org.partnergraph.extract.Mention.How;
import org.partnergraph.model.Article;
import org.partnergraph.model.EntityId;
import org.partnergraph.model.EntityType;
import org.partnergraph.model.MetricKind;
import org.partnergraph.model.RelationType;
import org.partnergraph.resolve.ArticleEntities;

/**
 * Reads the figures of one sentence at a time ("around 90,000 employees", "a target of 2.8 million
 * units for this year") as metrics of the automaker, region or plant they belong to.
 */
final class FigureReading {
  /** "this year" → current-year, "a year" → annual: the period a phrase gives a figure, from lexicon/en/period-words.tsv. */
  private static final Map<String, String> PERIOD_WORDS = Lexicon.english().entries(Lexicon.Family.PERIOD_WORDS).stream()
      .collect(Collectors.toUnmodifiableMap(e -> e.phrase().toLowerCase(Locale.ROOT), Lexicon.Entry::id));
  private static final Pattern PERIOD = Pattern.compile("(?i)\\b("
      + Lexicon.english().alternation(Lexicon.Family.PERIOD_WORDS, Lexicon.Form.AS_WRITTEN)
      + "|(?:in|by|for|since) (?:19|20)\\d\\d|(?:19|20)\\d\\d)\\b");
  private static final Pattern MONEY_NAME =
      Pattern.compile("(?i)\\b(investments?|incentives|revenue|sales|profit|funding|loans?|capital|contract|subsid(?:y|ies)|budget)\\s+(?:of\\s+|worth\\s+|totall?ing\\s+)?(?:[\\w-]+\\s+){0,2}$");
  private static final Pattern FIGURE_VERB =
      Pattern.compile("(?i)\\b(delivered|sold|produced|exported|assembled|built|manufactured|shipped)\\b[^,;]*$");

  private static final Pattern IT_FIRST = Pattern.compile("(?:It|Its)\\b");
  /** The automaker, region or plant the previous sentence was about, for a sentence that opens with "It". */
  private String previousSubject;

  private final Article article;
  private final Cues cues;
  private final Figures figures;
  private final ArticleEntities entities;
  private final ArticleMemory memory;
  private final ArticleRelations relations;

  FigureReading(Article article, Cues cues, Figures figures, ArticleEntities entities, ArticleMemory memory, ArticleRelations relations) {
    this.article = article;
    this.cues = cues;
    this.figures = figures;
    this.entities = entities;
    this.memory = memory;
    this.relations = relations;
  }

  void metrics(String s, List<Mention> ms) {
    try {
      figuresOf(s, ms);
    } finally {
      previousSubject = ms.stream()
          .filter(m -> m.how() != How.DEMONYM && Set.of(EntityType.AUTOMAKER, EntityType.REGION, EntityType.PLANT).contains(m.type()))
          .sorted(Comparator.comparing((Mention m) -> m.type() != EntityType.PLANT).thenComparingInt(Mention::start))
          .map(Mention::id)
          .findFirst()
          .orElse(IT_FIRST.matcher(s).lookingAt() ? previousSubject : null);
    }
  }

  /** What may stand before a clause's subject: nothing, a conjunction, a date ("In 2025,"). */
  private static final Pattern CLAUSE_OPENING = Pattern.compile("(?i)\\s*(?:(?:and|but|while|so)\\s+)?(?:(?:in|by|last|this)\\s+(?:\\d{4}|year|month)\\s*,?\\s*)?");

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
      List<Mention> inClause = new ArrayList<>(inSentence.stream().filter(m -> m.start() >= clauseStart).toList());
      // "Poland built 102,400 cars", "Türkiye produces about 1.4 million": a country that starts the clause is its subject
      ms.stream().filter(m -> m.type() == EntityType.COUNTRY && m.how() == How.NAME && m.start() >= clauseStart && m.start() < f.start()
              && CLAUSE_OPENING.matcher(s.substring(clauseStart, m.start())).matches())
          .findFirst().ifPresent(country -> inClause.add(0, country));
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
      Rule rule = Rule.FIGURE_OWNER;
      if (relations.runs(Rule.FIGURE_PLANT_OF_THE_TOWN) && entities.type(owner) == EntityType.CITY) {
        // "The Vigo centre manufactured 522,000 vehicles": the town's plant's; "Vigo has 300,000 inhabitants",
        // "Rabat lies 60 km from Kenitra": nobody's (the guide's figures are a plant's, a company's or a region's)
        List<String> there = relations.plantsIn(owner);
        if (there.size() != 1 || !Figures.measuresAPlant(f)) {
          continue;
        }
        owner = there.get(0);
        conf -= COREF_PENALTY; // the plant stands behind the town's name
        rule = Rule.FIGURE_PLANT_OF_THE_TOWN;
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
      EntityId base = EntityId.metric(owner, name, period, target);
      String id = base.toString();
      for (int n = 2; entities.contains(id) && !attrs.get("value").equals(entities.attribute(id, "value")); n++) {
        id = base.numbered(n).toString(); // "150,000 vehicles at first and 300,000 later": two figures, not one overwritten
      }
      entities.figure(id, owner, name, period, attrs);
      relations.relate(RelationType.HAS_METRIC, owner, id, s, conf, rule);
    }
  }

  /** A name in capitals, as a dateline writes its town. */
  private static boolean inCapitals(String s, Mention m) {
    String text = s.substring(m.start(), m.end());
    return text.length() > 3 && text.equals(text.toUpperCase(Locale.ROOT));
  }

  /**
   * "49 percent of Proton", "car production up 12%": percentages are shares and growth rates with
   * no clear owner in the sentence, so they are not loaded as figures. "Two plants", "three
   * shifts": a couple of things describes, it does not measure (on the development set 27 such
   * figures were extracted and none was annotated); "eight brands" is a figure.
   */
  private static boolean describesRatherThanMeasures(Figure f) {
    return "percent".equals(f.unit()) || f.value().compareTo(HANDFUL) <= 0;
  }

  private static final BigDecimal HANDFUL = BigDecimal.valueOf(3);

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
    String named = PERIOD_WORDS.get(best);
    if ("annual".equals(named)) {
      return named;
    }
    Integer year = article.published() == null ? null : LocalDate.parse(article.published()).getYear();
    if (named == null) {
      return best.replaceFirst("^(in|for|since) ", ""); // a year: "in 2025" is 2025
    }
    return switch (named) {
      case "previous-year" -> year == null ? best : String.valueOf(year - 1);
      case "current-year" -> year == null ? best : String.valueOf(year);
      case "next-year" -> year == null ? best : String.valueOf(year + 1);
      default -> named;
    };
  }
}
