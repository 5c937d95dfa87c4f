import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.partnergraph.evaluate.Evaluator;
import org.partnergraph.evaluate.Gold;
import org.partnergraph.evaluate.Score;
import org.partnergraph.extract.RuleExtractor;
import org.partnergraph.ingest.ArticleReader;
import org.partnergraph.model.Article;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.Entity;
import org.partnergraph.model.EntityType;
import org.partnergraph.model.InputException;

/**
 * The peer: Stanford CoreNLP 4.5.10 (GPL-3.0, never shipped; bench/corenlp/run fetches it) against
 * partnergraph's rule extractor on the same gold articles, in one run. CoreNLP's NER classes map to
 * our entity types (PERSON after a governor's title: Governor; STATE_OR_PROVINCE: Region;
 * ORGANIZATION: Automaker; CITY; COUNTRY); it has no class for plants, forums or brands. Entity
 * precision, recall and F1 come from the same scorer as {@code partnergraph evaluate}; speed is
 * tokens per second, with CoreNLP's tokens counted for both.
 *
 * <pre>java -cp "target/classes:target/lib/*:bench/corenlp/lib/*" bench/corenlp/CoreNlpPeer.java GOLD_DIR OUT.json</pre>
 */
public class CoreNlpPeer {
  private static final Pattern GOVERNOR_TITLE = Pattern.compile(
      "(?i)\\b(governor|gov\\.|head of|chief minister|premier|rais|hokim|akim|menteri besar|president of)\\b[^.]{0,60}$");

  public static void main(String[] args) throws Exception {
    Path gold = Path.of(args[0]);
    Path out = Path.of(args[1]);
    List<Gold> golds = Gold.readAll(gold);
    Map<String, Article> articles = new LinkedHashMap<>();
    new ArticleReader().read(List.of(gold.resolve("articles")), new ArticleReader.Handler() {
      @Override
      public void article(Article a) {
        articles.put(a.id(), a);
      }

      @Override
      public void rejected(InputException problem) {
        throw problem;
      }
    });

    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    props.setProperty("ner.useSUTime", "false");
    long loadStart = System.nanoTime();
    StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

    RuleExtractor rules = new RuleExtractor();
    // Warm both up on the first article so neither pays JIT or model loading in the timing.
    Article first = articles.get(golds.get(0).article());
    pipeline.annotate(new CoreDocument(first.text()));
    rules.extract(first);

    Score peer = new Score();
    Score ours = new Score();
    long tokens = 0;
    long peerNanos = 0;
    long oursNanos = 0;
    for (Gold g : golds) {
      Article a = articles.get(g.article());
      long t = System.nanoTime();
      CoreDocument doc = new CoreDocument(a.text());
      pipeline.annotate(doc);
      peerNanos += System.nanoTime() - t;
      tokens += doc.tokens().size();
      peer.add(Evaluator.score(asFacts(a, doc), g));

      t = System.nanoTime();
      ArticleFacts facts = rules.extract(a);
      oursNanos += System.nanoTime() - t;
      ours.add(Evaluator.score(facts, g));
    }
    Score.Prf p = peer.entities.overall();
    Score.Prf o = ours.entities.overall();
    double peerRate = tokens / (peerNanos / 1e9);
    double oursRate = tokens / (oursNanos / 1e9);
    String json = String.format(Locale.ROOT, """
        {
          "articles": %d,
          "tokens": %d,
          "corenlp": {"version": "4.5.10", "annotators": "tokenize,ssplit,pos,lemma,ner", "load_seconds": %.1f,
                      "tokens_per_second": %.0f, "entity_precision": %.3f, "entity_recall": %.3f, "entity_f1": %.3f},
          "partnergraph": {"extractor": "%s", "tokens_per_second": %.0f,
                           "entity_precision": %.3f, "entity_recall": %.3f, "entity_f1": %.3f},
          "extract_vs_corenlp": %.1f
        }
        """, golds.size(), tokens, loadSeconds, peerRate, p.precision(), p.recall(), p.f1(),
        RuleExtractor.VERSION, oursRate, o.precision(), o.recall(), o.f1(), oursRate / peerRate);
    Files.writeString(out, json);
    System.out.print(json);
    System.out.println("per type, CoreNLP | partnergraph (P/R/F1):");
    for (String type : ours.entities.byType().keySet()) {
      Score.Prf pt = peer.entities.byType().getOrDefault(type, new Score.Prf(0, 0, 0));
      Score.Prf ot = ours.entities.byType().get(type);
      System.out.printf(Locale.ROOT, "  %-10s %.2f/%.2f/%.2f | %.2f/%.2f/%.2f%n", type, pt.precision(), pt.recall(), pt.f1(),
          ot.precision(), ot.recall(), ot.f1());
    }
  }

  /** CoreNLP's mentions as entities of our types, one per distinct name and type. */
  private static ArticleFacts asFacts(Article a, CoreDocument doc) {
    Map<String, Entity> entities = new LinkedHashMap<>();
    for (CoreEntityMention m : doc.entityMentions()) {
      EntityType type = switch (m.entityType()) {
        case "STATE_OR_PROVINCE" -> EntityType.REGION;
        case "ORGANIZATION" -> EntityType.AUTOMAKER;
        case "CITY" -> EntityType.CITY;
        case "COUNTRY" -> EntityType.COUNTRY;
        case "PERSON" -> GOVERNOR_TITLE.matcher(a.text().substring(Math.max(0, m.charOffsets().first - 80), m.charOffsets().first)).find()
            ? EntityType.GOVERNOR : null;
        default -> null;
      };
      if (type != null) {
        String id = type.idPrefix() + "/" + m.text().toLowerCase(Locale.ROOT);
        entities.putIfAbsent(id, Entity.of(id, type, m.text(), List.of()));
      }
    }
    return new ArticleFacts(a, new ArrayList<>(entities.values()), List.of(), "corenlp/4.5.10");
  }
}
