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

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }

  /** The same article with an attribution found by cleaning the page (kept if one was given). */
  public Article withSource(String found) {
    return source != null && !source.isBlank() || found == null
        ? this
        : new Article(id, title, text, url, found, published, origin);
  }

  public Article withText(String cleaned) {
    return new Article(id, title, cleaned, url, source, published, origin);
  }
}
