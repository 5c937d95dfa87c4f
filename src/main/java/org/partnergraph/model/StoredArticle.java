package org.partnergraph.model;

import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What one view holds of one article, in the views' shared terms (entity ids and
 * {@link Relation#key() fact keys}), so that {@code partnergraph check} can compare Neo4j with RDF.
 */
public record StoredArticle(String id, String extractor, SortedSet<String> entities, SortedSet<String> facts) {

  /** An article with nothing read yet; readers fill the sets as their query rows arrive. */
  public static StoredArticle of(String id) {
    return new StoredArticle(id, null, new TreeSet<>(), new TreeSet<>());
  }

  public StoredArticle withExtractor(String extractor) {
    return new StoredArticle(id, extractor, entities, facts);
  }

  /** The key {@link Relation#key()} gives the same fact. */
  public static String factKey(String from, String type, String to) {
    return from + " " + type + " " + to;
  }
}
