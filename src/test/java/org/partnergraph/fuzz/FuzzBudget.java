package org.partnergraph.fuzz;

/**
 * How long the parsers are fuzzed in fuzzing mode ({@code JAZZER_FUZZ=1}, the {@code fuzz} execution
 * of the build, part of every CI run). A compile-time constant because {@code @FuzzTest} needs one;
 * longer runs on demand pass {@code -Djazzer.max_duration=30m} (see SECURITY.md). The plain test
 * run replays the seeds only.
 */
final class FuzzBudget {
  static final String TOTAL = "60s";

  private FuzzBudget() {}
}
