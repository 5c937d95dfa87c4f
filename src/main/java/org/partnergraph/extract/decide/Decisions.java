package org.partnergraph.extract.decide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnergraph.extract.decide.Candidate.Group;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.Entity;
import org.partnergraph.model.Relation;
import org.partnergraph.model.RelationType;

/**
 * Applies decisions to the rules' proposals: what falls under its decider's threshold goes (a
 * partnership or figure with the edges that hang on it), what stays carries its probability as
 * its confidence. Of a proposal's {@link Variant variants} (a partnership's status, a figure's
 * owner) the likeliest is judged, and stated if kept. Entities are kept: a name the article states
 * is not what a decider judges.
 */
public final class Decisions {
  private Decisions() {}

  /**
   * @param probabilities one per candidate, in order
   * @param thresholds the least probability kept, per group
   */
  public static ArticleFacts apply(ArticleFacts proposed, List<Candidate> candidates, double[] probabilities, Map<Group, Double> thresholds) {
    Map<String, Double> relationP = new HashMap<>();
    Map<String, Double> entityP = new HashMap<>();
    Set<String> droppedRelations = new HashSet<>();
    Set<String> droppedEntities = new HashSet<>();
    Map<String, Integer> bestVariant = new LinkedHashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      if (c.variant() != null) {
        Integer best = bestVariant.get(c.key());
        if (best == null || probabilities[i] > probabilities[best]) {
          bestVariant.put(c.key(), i);
        }
      }
    }
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      double p = probabilities[i];
      boolean keep = p >= thresholds.getOrDefault(c.group(), 0.0);
      if (c.variant() != null && bestVariant.get(c.key()) != i) {
        continue; // another way of stating this partnership is likelier
      }
      if (c.group() == Group.RELATION) {
        relationP.put(c.key(), p);
        if (!keep) {
          droppedRelations.add(c.key());
        }
      } else {
        entityP.put(c.key(), p);
        if (!keep) {
          droppedEntities.add(c.key());
        }
      }
    }
    List<Entity> entities = proposed.entities().stream().filter(e -> !droppedEntities.contains(e.id())).toList();
    List<Relation> relations = new ArrayList<>();
    for (Relation r : proposed.relations()) {
      if (droppedRelations.contains(r.key()) || droppedEntities.contains(r.from()) || droppedEntities.contains(r.to())) {
        continue;
      }
      Double p = relationP.get(r.key());
      if (p == null && r.type() == RelationType.HAS_METRIC) {
        p = entityP.get(r.to());
      } else if (p == null) {
        p = entityP.get(r.from()); // a partnership's PARTY, PARTNER_COUNTRY and AT_PLANT edges
      }
      relations.add(p == null ? r : new Relation(r.type(), r.from(), r.to(), r.evidence(), clamp(p), r.rule()));
    }
    ArticleFacts decided = proposed.with(entities, relations);
    Map<String, FigureOwner> moves = new LinkedHashMap<>();
    Map<String, Double> moveConfidences = new HashMap<>();
    for (int i : bestVariant.values()) {
      Candidate c = candidates.get(i);
      if (droppedEntities.contains(c.key())) {
        continue; // gone; an entity now under its id is another partnership stated in its country form
      }
      if (c.variant() instanceof FigureOwner owner) {
        moves.put(c.key(), owner); // all figures move at once, so that their ids do not depend on the order
        moveConfidences.put(c.key(), clamp(probabilities[i]));
      } else if (c.variant().restates(decided, c.key())) {
        decided = c.variant().applyTo(decided, c.key(), clamp(probabilities[i]));
      }
    }
    return moves.isEmpty() ? decided : FigureOwner.applyAll(decided, moves, moveConfidences);
  }

  private static double clamp(double p) {
    return Math.max(0, Math.min(1, p));
  }
}
