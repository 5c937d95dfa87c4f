package org.partnergraph.extract.decide;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.partnergraph.extract.Cues;
import org.partnergraph.extract.Extractor;
import org.partnergraph.extract.RuleExtractor;
import org.partnergraph.extract.decide.Candidate.Group;
import org.partnergraph.model.Article;
import org.partnergraph.model.ArticleFacts;

/**
 * Rules propose, a model decides: the rule extractor's relations, partnerships and figures are
 * each kept or dropped by a model trained on the dev split's gold ({@link DecisionModel}), and
 * what is kept carries the model's calibrated probability as its confidence. Its name is the
 * model's ({@code model/1}), so a retrained model re-extracts old articles on the next night.
 */
public final class LearnedExtractor implements Extractor {
  private final RuleExtractor rules;
  private final DecisionModel model;
  private final Candidates candidates;
  private final Map<Group, Double> thresholds = new EnumMap<>(Group.class);
  private final SentenceEmbedder embedder;

  /** Decides with the model, embedding through the JVM's shared embedder (one model, one cache). */
  public LearnedExtractor(DecisionModel model) {
    this(model, SentenceEmbedder.shared());
  }

  /** Decides with the model, embedding through this embedder (a benchmark's cold cache, a test's counting encoder). */
  public LearnedExtractor(DecisionModel model, SentenceEmbedder embedder) {
    this.model = model;
    this.rules = new RuleExtractor(model.proposer());
    this.embedder = embedder;
    this.candidates = new Candidates(new Cues(), model.partnershipVariants(), model.figureOwners());
    model.deciders().forEach((group, d) -> thresholds.put(group, d.threshold()));
  }

  @Override
  public String version() {
    return model.name();
  }

  /** The deciders this extractor runs, so that a benchmark can time the same model with an embedder of its own. */
  public DecisionModel model() {
    return model;
  }

  @Override
  public ArticleFacts extract(Article article) {
    ArticleFacts proposed = model.proposals(rules.extract(article));
    List<Candidate> cs = candidates.of(proposed);
    ArticleFacts decided = Decisions.apply(proposed, cs, probabilities(model, cs, embedder), thresholds);
    return new ArticleFacts(decided.article(), decided.entities(), decided.relations(), version());
  }

  /** What the proposing rules skipped (sentences a token rule gave up on): the model decides only among what they proposed. */
  @Override
  public Map<String, Long> dropped() {
    return rules.dropped();
  }

  /**
   * The model's probability for each candidate ({@link DecisionModel#probability}); one with no
   * decider for its group is not embedded.
   */
  public static double[] probabilities(DecisionModel model, List<Candidate> cs, SentenceEmbedder embedder) {
    List<Candidate> decided = cs.stream().filter(c -> model.deciders().containsKey(c.group())).toList();
    List<float[]> embeddings = embedder.embed(decided.stream().map(Candidate::evidence).toList());
    double[] out = new double[cs.size()];
    int next = 0;
    for (int i = 0; i < cs.size(); i++) {
      boolean embedded = model.deciders().containsKey(cs.get(i).group());
      out[i] = model.probability(cs.get(i), embedded ? embeddings.get(next++) : null);
    }
    return out;
  }
}
