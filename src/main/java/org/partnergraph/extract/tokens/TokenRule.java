package org.partnergraph.extract.tokens;

/**
 * One rule of a rule file: a stable id that facts and tests can name, the phase it runs in, its
 * priority against an equally long overlapping match of another rule, and where it was read.
 */
record TokenRule(String id, String phase, int priority, TokenPattern pattern, String where) {}
