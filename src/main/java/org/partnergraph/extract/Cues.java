package org.partnergraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnergraph.model.PartnershipKind;
import org.partnergraph.model.PartnershipStatus;

/**
 * The cue phrases of {@code reference/cues.tsv}: what signals a partnership's status and kind, a
 * negation, a target, a visit. Kept as data so that they can be tuned without touching rules.
 */
public final class Cues {
  private final Map<PartnershipStatus, Pattern> status = new EnumMap<>(PartnershipStatus.class);
  /** Status cues a later rules version adds ({@code status+19}), by the version that reads them first. */
  private final Map<Integer, Map<PartnershipStatus, Pattern>> statusSince = new TreeMap<>();
  private final Map<PartnershipKind, Pattern> kind = new LinkedHashMap<>(); // file order: most specific first
  private final Map<String, Pattern> named = new HashMap<>();
  private final Pattern partnerAfterDemonym;

  private static final Pattern STATUS_SINCE = Pattern.compile("status\\+(\\d+)");

  public Cues() {
    try (InputStream in = Cues.class.getResourceAsStream("/reference/cues.tsv")) {
      if (in == null) {
        throw new IllegalStateException("reference/cues.tsv missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", 3);
        Pattern p = Pattern.compile(wordStartFirst(f[2]), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Matcher since = STATUS_SINCE.matcher(f[0]);
        if (since.matches()) {
          statusSince.computeIfAbsent(Integer.parseInt(since.group(1)), v -> new EnumMap<>(PartnershipStatus.class)).put(PartnershipStatus.of(f[1]), p);
          continue;
        }
        switch (f[0]) {
          case "status" -> status.put(PartnershipStatus.of(f[1]), p);
          case "kind" -> kind.put(PartnershipKind.of(f[1]), p);
          default -> named.put(f[0], p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    partnerAfterDemonym = Pattern.compile("\\s+(?:[a-z-]+\\s+)?(?:" + named("partner_noun").pattern() + ")\\b", Pattern.CASE_INSENSITIVE);
  }

  /**
   * {@code \bA|\bB|\bC} as {@code \b(?:A|B|C)}: the same matches, but the word boundary is tested once
   * per position instead of once per alternative. The status and kind cues are long lists of
   * alternatives tried on every sentence, and this halves their cost.
   */
  static String wordStartFirst(String regex) {
    List<String> alternatives = new ArrayList<>();
    int depth = 0;
    boolean inClass = false;
    int from = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        alternatives.add(regex.substring(from, i));
        from = i + 1;
      }
    }
    alternatives.add(regex.substring(from));
    if (alternatives.size() < 2 || !alternatives.stream().allMatch(a -> a.startsWith("\\b"))) {
      return regex;
    }
    return "\\b(?:" + String.join("|", alternatives.stream().map(a -> a.substring(2)).toList()) + ")";
  }

  /** "a Chinese partner", "Chinese automotive brand": what may follow a demonym to make it a counterpart. */
  Pattern partnerAfterDemonym() {
    return partnerAfterDemonym;
  }

  Pattern named(String category) {
    Pattern p = named.get(category);
    if (p == null) {
      throw new IllegalStateException("cues.tsv has no category " + category);
    }
    return p;
  }

  /** The strongest status the sentence states without negation, if any, by the cues every rules version reads. */
  Optional<PartnershipStatus> status(String sentence) {
    return strongest(sentence, List.of(status));
  }

  /** As {@link #status(String)}, with the cues rules versions up to {@code version} add. */
  Optional<PartnershipStatus> status(String sentence, int version) {
    List<Map<PartnershipStatus, Pattern>> read = new ArrayList<>(List.of(status));
    statusSince.forEach((since, cues) -> {
      if (since <= version) {
        read.add(cues);
      }
    });
    return strongest(sentence, read);
  }

  private Optional<PartnershipStatus> strongest(String sentence, List<Map<PartnershipStatus, Pattern>> cueSets) {
    PartnershipStatus best = null;
    for (Map<PartnershipStatus, Pattern> cues : cueSets) {
      for (var e : cues.entrySet()) {
        Matcher m = e.getValue().matcher(sentence);
        while (m.find()) {
          if (!negated(sentence, m.start()) && !(e.getKey().compareTo(PartnershipStatus.ANNOUNCED) >= 0 && modal(sentence, m.start()))) {
            if (best == null || e.getKey().compareTo(best) > 0) {
              best = e.getKey();
            }
            break;
          }
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** The most specific kind the sentence names (assembly before production before … other). */
  Optional<PartnershipKind> kind(String sentence) {
    for (var e : kind.entrySet()) {
      if (e.getValue().matcher(sentence).find()) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  /** Whether the words right before {@code at} make what follows a prospect: "preparing to open", "will sign". */
  boolean modal(String sentence, int at) {
    return named("modal").matcher(sentence.substring(Math.max(0, at - 30), at)).find();
  }

  /** Whether a negation stands within the few words before {@code at}. */
  boolean negated(String sentence, int at) {
    int from = Math.max(0, at - 30);
    String window = sentence.substring(from, at);
    int cut = Math.max(window.lastIndexOf(','), window.lastIndexOf(';'));
    if (cut >= 0) {
      window = window.substring(cut + 1);
    }
    return named("negation").matcher(window).find();
  }

  /**
   * Every cue family that occurs in the sentence ({@code status:signed}, {@code kind:assembly},
   * {@code negation}, {@code former} …): what a learned decider reads as evidence about the rules'
   * proposals, from the same list the rules use, but for the status cues a later rules version adds
   * ({@code status+19}): a model's features do not change when a rules version is added.
   */
  public List<String> familiesIn(String sentence) {
    List<String> out = new ArrayList<>();
    status.forEach((value, p) -> {
      if (p.matcher(sentence).find()) {
        out.add("status:" + value.value());
      }
    });
    kind.forEach((value, p) -> {
      if (p.matcher(sentence).find()) {
        out.add("kind:" + value.value());
      }
    });
    named.keySet().stream().sorted().forEach(family -> {
      if (named.get(family).matcher(sentence).find()) {
        out.add(family);
      }
    });
    return out;
  }

  List<int[]> spans(String category, String sentence) {
    List<int[]> out = new ArrayList<>();
    Matcher m = named(category).matcher(sentence);
    while (m.find()) {
      out.add(new int[] {m.start(), m.end()});
    }
    return out;
  }
}
