package org.partnergraph.extract.tokens;

/**
 * One rule of a rule file: a stable id that facts and tests can name, the phase it runs in, its
 * priority against an equally long overlapping match of another rule, whether its matches are kept
 * whatever overlaps them ({@code overlaps=kept}: a reader that must see the match at every token,
 * as a regex anchored where another mention ends would find it), the first rules version that runs it
 * ({@code since=N}, 0 for every version: an older version stays runnable by name and finds exactly
 * what it did), and where it was read.
 */
record TokenRule(String id, String phase, int priority, boolean keepsOverlaps, int since, TokenPattern pattern, String where) {}
