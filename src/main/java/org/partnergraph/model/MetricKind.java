package org.partnergraph.model;

import java.util.Locale;

/** Whether a reported figure is what happened or what someone aims for. */
public enum MetricKind {
  ACTUAL,
  TARGET;

  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }
}
