package org.partnergraph.model;

import java.util.Objects;

/**
 * One fact edge as one article states it.
 *
 * @param evidence the sentence of the article that supports the edge
 * @param confidence how sure the extractor is, in [0, 1]
 * @param rule the stable id of the rule or model that decided the edge ({@code governs.titled},
 *     {@code model/1}), so a wrong edge can be traced to what produced it
 */
public record Relation(RelationType type, String from, String to, String evidence, double confidence, String rule) {

  public Relation {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(rule, "rule");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence should be in [0, 1]: " + confidence);
    }
  }

  /** The identity of the edge, regardless of wording: two articles stating it merge. */
  public String key() {
    return StoredArticle.factKey(from, type.name(), to);
  }
}
