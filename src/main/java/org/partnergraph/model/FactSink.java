package org.partnergraph.model;

/**
 * Where the facts of each article go: the Neo4j loader, the RDF store and the facts file are
 * three implementations, so the pipeline streams one article at a time and never knows which.
 * Accepting an article's facts replaces whatever that sink held for the same article id.
 */
public interface FactSink extends AutoCloseable {

  void accept(ArticleFacts facts);

  /** Removes everything these articles supported (what is also supported elsewhere stays). */
  default void retract(java.util.List<String> articleIds) {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot retract articles");
  }

  /** A short name for progress and timing lines, e.g. {@code neo4j}. */
  default String name() {
    return getClass().getSimpleName();
  }

  /** Makes everything accepted so far durable; called at the end and between batches. */
  default void flush() {}

  @Override
  default void close() {
    flush();
  }
}
