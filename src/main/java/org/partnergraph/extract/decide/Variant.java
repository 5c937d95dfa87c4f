package org.partnergraph.extract.decide;

import org.partnergraph.model.ArticleFacts;

/**
 * One way of stating a proposal that the decider chooses among (a partnership's status, a
 * figure's owner): every variant of a proposal is a candidate, the likeliest is judged, and stated
 * if kept.
 */
public sealed interface Variant permits PartnershipVariant, FigureOwner {

  /** The variant's name in feature and candidate keys. */
  String label();

  /** Whether stating the proposal keyed {@code key} this way changes the facts. */
  boolean restates(ArticleFacts facts, String key);

  /** The facts with the proposal keyed {@code key} stated this way, its edges at {@code confidence}. */
  ArticleFacts applyTo(ArticleFacts facts, String key, double confidence);

  /** The facts with no other proposal of its kind: how a variant is labelled against the gold alone. */
  ArticleFacts withOnly(ArticleFacts facts, String key);
}
