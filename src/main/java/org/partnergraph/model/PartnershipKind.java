package org.partnergraph.model;

import java.util.Locale;

/** What a partnership is about; {@code OTHER} when the article only speaks of cooperation. */
public enum PartnershipKind {
  PRODUCTION,
  ASSEMBLY,
  INVESTMENT,
  SUPPLY,
  OTHER;

  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static PartnershipKind of(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
