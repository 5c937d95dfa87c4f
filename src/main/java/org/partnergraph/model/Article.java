package org.partnergraph.model;

import java.util.Objects;

/**
 * One news article as read from input, before extraction.
 *
 * @param id stable id: the JSONL {@code id}, or the file name without extension
 * @param origin where it was read, {@code file} or {@code file:line}, for error messages
 * @param published ISO date ({@code 2024-05-17}) or {@code null} when the input gives none
 */
public record Article(
    String id, String title, String text, String url, String source, String published, String origin) {

  /** Limits of the facts interchange format ({@code ontology/facts.schema.json}). */
  public static final int MAX_TITLE = 1_000;
  public static final int MAX_SOURCE = 300;
  public static final int MAX_URL = 2_000;

  /**
   * Metadata from a page or feed is whatever its author wrote: an overlong title or outlet name is
   * clipped, an overlong URL (no longer a usable link) is dropped, so every article can be
   * written to, and read back from, the facts format.
   */
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    title = clip(title, MAX_TITLE);
    source = clip(source, MAX_SOURCE);
    url = url != null && url.length() > MAX_URL ? null : url;
  }

  private static String clip(String s, int max) {
    if (s == null || s.length() <= max) {
      return s;
    }
    int end = Character.isLowSurrogate(s.charAt(max - 1)) ? max - 2 : max - 1;
    return s.substring(0, end) + "…";
  }

  /** The same article with an attribution found by cleaning the page (kept if one was given). */
  public Article withSource(String found) {
    return source != null && !source.isBlank() || found == null
        ? this
        : new Article(id, title, text, url, found, published, origin);
  }

  /** Where a message about this article points: its {@code file:line}, or its id when it was not read from a file. */
  public String where() {
    return origin == null ? id : origin;
  }
}
