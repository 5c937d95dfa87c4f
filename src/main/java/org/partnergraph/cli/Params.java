package org.partnergraph.cli;

/** Typing of {@code --param} values: integers, decimals and booleans; anything else stays a string. */
final class Params {
  private Params() {}

  static Object typed(String v) {
    if (v.matches("-?\\d{1,18}")) {
      return Long.parseLong(v);
    }
    if (v.matches("-?\\d+\\.\\d+")) {
      return Double.parseDouble(v);
    }
    if (v.equals("true") || v.equals("false")) {
      return Boolean.parseBoolean(v);
    }
    return v;
  }
}
