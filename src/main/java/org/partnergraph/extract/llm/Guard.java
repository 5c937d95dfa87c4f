package org.partnergraph.extract.llm;

/**
 * Why a language model's fact was dropped before resolution: what users of other graph builders
 * complain of (labels outside the schema, relations the text never states, invented names), each
 * counted in the run summary so that a model's habits show.
 */
public enum Guard {
  /** The quote is not in the article, even after whitespace and quote marks are evened out. */
  EVIDENCE_NOT_IN_ARTICLE("evidence not in article"),
  /** No form of the entity's name occurs in the article (or a fact names an entity so dropped). */
  NAME_NOT_IN_ARTICLE("name not in article"),
  /** An entity type, relation type, status or kind the schema does not have. */
  OUTSIDE_SCHEMA("outside the schema"),
  /** A relation between entities of types it cannot join (a plant GOVERNS a country). */
  WRONG_TYPES("wrong types"),
  /** A partnership none of whose parties is a region or automaker the article names. */
  NO_NAMED_PARTY("no named party");

  private final String description;

  Guard(String description) {
    this.description = description;
  }

  /** How the summary and the run report name it. */
  public String description() {
    return description;
  }
}
