package org.partnergraph.extract.decide;

import java.util.Map;

/**
 * One proposal of the rules that a model decides on: a relation, a partnership or a figure, with
 * what the decision reads.
 *
 * @param group which model decides it
 * @param key the relation's key ({@code from TYPE to}) or the partnership's or figure's entity id
 * @param rule the rule that proposed it
 * @param evidence the sentence the rule read
 * @param features named feature values (rule, types, cues in the sentence, position …)
 * @param variant the way of stating the proposal this candidate stands for, a partnership's status or
 *     a figure's owner (null: as the rules proposed it, the only choice of a model that does not
 *     choose among variants)
 */
public record Candidate(Group group, String key, String rule, String evidence, Map<String, Double> features,
    Variant variant) {

  public Candidate(Group group, String key, String rule, String evidence, Map<String, Double> features) {
    this(group, key, rule, evidence, features, null);
  }

  /** The three deciders: each kind of proposal has its own model, threshold and calibration. */
  public enum Group {
    RELATION, PARTNERSHIP, FIGURE
  }
}
