package org.partnergraph.model;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The IRIs of entities, articles and article graphs, minted from stable ids (never from article
 * text) and percent-encoded segment by segment. They live here, not in {@code rdf}, because the
 * Neo4j view stores the same IRIs and must agree with the RDF view without depending on it.
 */
public final class Iris {
  public static final String ID = "https://partnergraph.org/id/";
  public static final String GRAPH = "https://partnergraph.org/graph/article/";

  private Iris() {}

  /** {@code region/ru-niz} becomes {@code https://partnergraph.org/id/region/ru-niz}. */
  public static String entityIri(String id) {
    StringBuilder b = new StringBuilder(ID);
    String[] segments = id.split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      if (i > 0) {
        b.append('/');
      }
      b.append(encode(segments[i]));
    }
    return b.toString();
  }

  public static String articleIri(String articleId) {
    return ID + "article/" + encode(articleId);
  }

  public static String graphIri(String articleId) {
    return GRAPH + encode(articleId);
  }

  /** The article id a named graph holds, or {@code null} for a graph that is not an article's. */
  public static String articleIdOfGraph(String graphIri) {
    if (!graphIri.startsWith(GRAPH)) {
      return null;
    }
    return URLDecoder.decode(graphIri.substring(GRAPH.length()), StandardCharsets.UTF_8);
  }

  private static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
  }
}
