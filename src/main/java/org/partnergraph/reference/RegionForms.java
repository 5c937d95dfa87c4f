package org.partnergraph.reference;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways news writes a region's name: "Nizhny Novgorod Oblast" is also "the Nizhny Novgorod
 * region" and "Nizhniy Novgorod Region"; "Republic of Tatarstan" is also "Tatarstan"; "State of
 * Hidalgo" is also "the state of Hidalgo". Slovak regions are also "the Košice Self-governing
 * Region". A bare stem is not generated, because it is usually also a city ("Moscow") or a person
 * ("Vladimir", "Hidalgo"); the extractor reads "Nizhny Novgorod Governor …" as the region of the
 * city so named.
 */
final class RegionForms {
  private static final Pattern SUFFIXED = Pattern.compile("(.+) (Oblast|Krai|Region|Province|County|Okrug)");
  private static final Pattern REPUBLIC = Pattern.compile("Republic of (.+)");
  private static final Pattern STATE_OF = Pattern.compile("(State|Province) of (.+)");

  private RegionForms() {}

  static List<String> of(String name) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(name);
    Matcher m = SUFFIXED.matcher(name);
    if (m.matches()) {
      String stem = m.group(1);
      for (String stemForm : spellings(stem)) {
        for (String suffix : List.of("Oblast", "oblast", "Region", "region", "Province", "province", "Krai", "krai", "Territory", "County", "regional",
            "Self-governing Region", "self-governing region")) {
          forms.add(stemForm + " " + suffix);
        }
      }
      return List.copyOf(forms);
    }
    Matcher st = STATE_OF.matcher(name);
    if (st.matches()) {
      forms.add(st.group(1).toLowerCase(Locale.ROOT) + " of " + st.group(2));
    }
    Matcher r = REPUBLIC.matcher(name);
    if (r.matches()) {
      forms.add(r.group(1));
      forms.add(r.group(1) + " Republic");
      forms.add(r.group(1) + " republic");
    }
    return List.copyOf(forms);
  }

  /** Common transliteration variants: Nizhny / Nizhniy / Nizhnii. */
  private static Set<String> spellings(String stem) {
    Set<String> out = new LinkedHashSet<>();
    out.add(stem);
    out.add(stem.replaceAll("y\\b", "iy"));
    out.add(stem.replaceAll("y\\b", "ii"));
    return out;
  }
}
