package org.partnergraph.extract;

import org.partnergraph.model.EntityType;

/**
 * A resolved mention in one sentence, at character offsets {@code [start, end)}.
 *
 * @param how how it was found; coreference and demonyms count as weaker evidence
 */
record Mention(EntityType type, String id, int start, int end, How how) {

  enum How {
    NAME,
    PATTERN,
    COREF,
    /** A nationality adjective: {@code id} is the country's. */
    DEMONYM
  }

  boolean overlaps(int s, int e) {
    return start < e && s < end;
  }
}
