package org.partnergraph.reference;

import java.util.List;
import org.partnergraph.model.EntityType;

/**
 * One known thing from the reference data.
 *
 * @param id the stable entity id it resolves to, e.g. {@code region/ru-niz}
 * @param country ISO 3166-1 code of its home country, or {@code null}
 * @param parent id of what it belongs to: a city's region, a brand's automaker, an automaker's
 *     headquarters city; or {@code null}
 * @param code an outside identifier (ISO 3166 code, Wikidata id), or {@code null}
 */
public record RefEntry(
    String id, EntityType type, String name, List<String> aliases, String country, String parent, String code) {

  public RefEntry {
    aliases = List.copyOf(aliases);
  }
}
