package org.partnergraph.model;

/**
 * Where the facts of each article go: the Neo4j loader, the RDF store and the facts file are
 * three implementations, so the pipeline streams one article at a time and never knows which.
 * Accepting an article's facts replaces whatever that sink held for the same article id.
 */
public interface FactSink extends AutoCloseable {

  void accept(ArticleFacts facts);

  /**
   * Why this sink could not store the article as given (a value too large for an index, say), or
   * empty: asked before {@link #accept}, so such an article is rejected alone instead of failing
   * the whole batch in one view after the other view took it.
   */
  default java.util.Optional<String> unstorable(ArticleFacts facts) {
    return java.util.Optional.empty();
  }

  /** Removes everything these articles supported (what is also supported elsewhere stays). */
  default void retract(java.util.List<String> articleIds) {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot retract articles");
  }

  /** A short name for progress and timing lines, e.g. {@code neo4j}. */
  default String name() {
    return getClass().getSimpleName();
  }

  /**
   * First phase of a commit: writes what was accepted where it can still be undone (an open
   * transaction), so that a failure found here aborts the batch in every view. The pipeline
   * prepares every sink, then flushes every sink.
   */
  default void prepare() {}

  /** Makes everything accepted so far durable; called at the end and between batches. */
  default void flush() {}

  /**
   * Forgets what was accepted or prepared since the last flush: the batch failed somewhere, so no
   * view may keep any of it (nor write it on {@link #close}).
   */
  default void discard() {}

  @Override
  default void close() {
    flush();
  }
}
