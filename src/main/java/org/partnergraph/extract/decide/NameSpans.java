package org.partnergraph.extract.decide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnergraph.model.Entity;

/**
 * Where an entity's name or one of its aliases stands in a sentence, as whole words: what lets a
 * pair of entities be proposed for every sentence that names both, and what the distance and the
 * words between two entities are measured from.
 */
final class NameSpans {
  private static final Map<String, Pattern> WORDS = new ConcurrentHashMap<>();
  /** One pattern for all of an entity's names, by the names joined. */
  private static final Map<String, Pattern> ANY_NAME = new ConcurrentHashMap<>();
  private NameSpans() {}

  /** The earliest span of any of the entity's names in the sentence, or null. */
  static int[] first(Entity e, String sentence) {
    int[] best = null;
    for (String name : names(e)) {
      Matcher m = WORDS.computeIfAbsent(name, n -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(n) + "(?![\\p{L}\\p{N}])"))
          .matcher(sentence);
      if (m.find() && (best == null || m.start() < best[0])) {
        best = new int[] {m.start(), m.end()};
      }
    }
    return best;
  }

  /** How often the entity's names stand in the text, as whole words, a longer name counted once and not again as its shorter alias. */
  static int count(Entity e, String text) {
    List<String> names = names(e);
    if (names.isEmpty()) {
      return 0;
    }
    Matcher m = ANY_NAME.computeIfAbsent(String.join("\u0000", names), n -> Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
        + String.join("|", names.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}])")).matcher(text);
    int count = 0;
    while (m.find()) {
      count++;
    }
    return count;
  }

  /** Name and aliases, longest first, of two characters or more. */
  private static List<String> names(Entity e) {
    Set<String> names = new LinkedHashSet<>();
    names.add(e.name());
    names.addAll(e.aliases());
    List<String> out = new ArrayList<>(names.stream().filter(n -> n.strip().length() >= 2).toList());
    out.sort(Comparator.comparingInt(String::length).reversed());
    return out;
  }
}
