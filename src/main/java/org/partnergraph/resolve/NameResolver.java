package org.partnergraph.resolve;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.partnergraph.model.EntityType;
import org.partnergraph.reference.Gazetteer;
import org.partnergraph.reference.RefEntry;
import org.partnergraph.reference.ReferenceData;

/**
 * Resolves a name given on its own, not read in running text: an annotation's or a language
 * model's entity, a place the rules found named in a phrase. One resolver for every extractor, so
 * "the Tula region" is {@code region/ru-tul} whoever found it: a name the reference data knows,
 * whole, resolves to its entry; any other is minted from its canonical name.
 *
 * <pre>{@code
 * NameResolver names = new NameResolver(ReferenceData.bundled());
 * String id = names.resolve(new ArticleEntities(reference), EntityType.REGION, "Tula Oblast", List.of("the Tula region"));
 * }</pre>
 */
public final class NameResolver {
  private final Gazetteer gazetteer;

  public NameResolver(ReferenceData reference) {
    this(new Gazetteer(reference));
  }

  /** Over a gazetteer already built, which is the costly part. */
  public NameResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The reference entry, of one of {@code types}, that the whole of {@code name} names; a known
   * name inside a longer one ("Tula" in "Tula Arms Plant") does not count.
   */
  public Optional<RefEntry> entryNamed(String name, Set<EntityType> types) {
    return gazetteer.find(name).stream()
        .filter(m -> m.kind() == Gazetteer.Kind.ENTRY && m.start() == 0 && m.end() == name.length())
        .flatMap(m -> m.entries().stream())
        .filter(e -> types.contains(e.type()))
        .findFirst();
  }

  /**
   * Resolves an entity the article calls by {@code names} (its canonical name among them): the
   * first name the reference data knows, whole, as this type decides it; otherwise an id minted
   * from the canonical name. Every name becomes an alias of the entity.
   */
  public String resolve(ArticleEntities entities, EntityType type, String canonicalName, List<String> names) {
    for (String surface : names) {
      Optional<RefEntry> known = entryNamed(surface.strip(), Set.of(type));
      if (known.isPresent()) {
        String id = entities.known(known.get(), surface);
        names.forEach(n -> entities.known(known.get(), n));
        return id;
      }
    }
    String id = entities.minted(type, canonicalName, canonicalName, null);
    names.forEach(n -> entities.minted(id, type, canonicalName, n, null));
    return id;
  }
}
