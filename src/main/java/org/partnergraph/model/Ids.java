package org.partnergraph.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Minting of stable ids: the same name gives the same id in every run and every article. */
public final class Ids {
  private Ids() {}

  /** {@code "St. Petersburg"} becomes {@code st-petersburg}; accents are folded, never dropped. */
  public static String slug(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return slug.isEmpty() ? "x" + hash(text).substring(0, 12) : slug;
  }

  /** The id, as a string, that an unknown name of this type gets: see {@link EntityId#named}. */
  public static String of(EntityType type, String name) {
    return EntityId.named(type, name).toString();
  }

  /** The SHA-256 hex digest of a text's UTF-8 bytes. */
  public static String hash(String text) {
    return hash(text.getBytes(StandardCharsets.UTF_8));
  }

  public static String hash(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
