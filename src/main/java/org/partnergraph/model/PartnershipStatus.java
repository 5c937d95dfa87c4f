package org.partnergraph.model;

import java.util.Locale;

/**
 * How far a partnership has gone. Declared in order of commitment, so that when an article gives
 * several cues the strongest wins.
 */
public enum PartnershipStatus {
  INVITED,
  PLANNED,
  NEGOTIATING,
  ANNOUNCED,
  SIGNED,
  OPERATING;

  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static PartnershipStatus of(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
