package org.partnergraph.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnergraph.model.EntityId;
import org.partnergraph.model.EntityType;

/**
 * The known countries, regions, cities, automakers, brands and forums, read from the TSV files
 * under {@code src/main/resources/reference}. Loaded once; immutable afterwards.
 */
public final class ReferenceData {
  private static volatile ReferenceData defaultInstance;

  private final Map<String, RefEntry> byId = new HashMap<>();
  private final Map<String, RefEntry> countryByCode = new HashMap<>();
  private final Map<String, String> countryByDemonym = new HashMap<>();
  private final List<RefEntry> entries = new ArrayList<>();

  /** The bundled reference data (read on first use). */
  public static ReferenceData bundled() {
    if (defaultInstance == null) {
      synchronized (ReferenceData.class) {
        if (defaultInstance == null) {
          defaultInstance = new ReferenceData();
        }
      }
    }
    return defaultInstance;
  }

  private ReferenceData() {
    for (String[] f : rows("countries.tsv")) {
      RefEntry e = new RefEntry(EntityId.country(f[0]).toString(), EntityType.COUNTRY, f[1], split(f, 2), f[0], null, f[0]);
      add(e);
      countryByCode.put(f[0], e);
      for (String d : split(f, 3)) {
        countryByDemonym.put(d, f[0]);
      }
    }
    for (String[] f : rows("regions.tsv")) {
      Set<String> aliases = new LinkedHashSet<>(RegionForms.of(f[1]));
      for (String a : split(f, 3)) {
        aliases.addAll(RegionForms.of(a));
      }
      aliases.remove(f[1]);
      add(new RefEntry(EntityId.region(f[0]).toString(), EntityType.REGION, f[1], List.copyOf(aliases), f[2], null, f[0]));
    }
    for (String[] f : rows("cities.tsv")) {
      String region = f.length > 3 && !f[3].isBlank() ? EntityId.region(f[3]).toString() : null;
      add(new RefEntry(EntityId.of(EntityType.CITY, f[0]).toString(), EntityType.CITY, f[1], split(f, 4), f[2], region, null));
    }
    for (String[] f : rows("automakers.tsv")) {
      String hq = f[3].isBlank() ? null : EntityId.of(EntityType.CITY, f[3]).toString();
      add(new RefEntry(EntityId.of(EntityType.AUTOMAKER, f[0]).toString(), EntityType.AUTOMAKER, f[1], split(f, 5), f[2], hq, blankToNull(f[4])));
    }
    for (String[] f : rows("brands.tsv")) {
      String owner = EntityId.of(EntityType.AUTOMAKER, f[2]).toString();
      RefEntry automaker = byId.get(owner);
      add(new RefEntry(EntityId.of(EntityType.BRAND, f[0]).toString(), EntityType.BRAND, f[1], split(f, 3), automaker == null ? null : automaker.country(), owner, null));
    }
    for (String[] f : rows("forums.tsv")) {
      add(new RefEntry(EntityId.of(EntityType.FORUM, f[0]).toString(), EntityType.FORUM, f[1], split(f, 2), null, null, null));
    }
  }

  private void add(RefEntry e) {
    if (byId.putIfAbsent(e.id(), e) != null) {
      throw new IllegalStateException("duplicate reference id: " + e.id());
    }
    entries.add(e);
  }

  public List<RefEntry> entries() {
    return List.copyOf(entries);
  }

  public Optional<RefEntry> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public Optional<RefEntry> country(String isoCode) {
    return isoCode == null ? Optional.empty() : Optional.ofNullable(countryByCode.get(isoCode));
  }

  /** The ISO code of the country an adjective names: {@code Chinese} gives {@code CN}. */
  public Optional<String> countryOfDemonym(String demonym) {
    return Optional.ofNullable(countryByDemonym.get(demonym));
  }

  public Map<String, String> demonyms() {
    return Map.copyOf(countryByDemonym);
  }

  private static List<String> split(String[] f, int i) {
    if (f.length <= i || f[i].isBlank()) {
      return List.of();
    }
    return Arrays.stream(f[i].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  static List<String[]> rows(String file) {
    String path = "/reference/" + file;
    try (InputStream in = ReferenceData.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("reference file missing from the classpath: " + path);
      }
      List<String[]> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < 2 || f[0].isBlank() || f[1].isBlank()) {
          throw new IllegalStateException(path + ":" + n + ": expected tab-separated id and name");
        }
        out.add(f);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
