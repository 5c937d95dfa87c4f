package org.partnergraph.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the names of known things in a sentence: longest match first, over word tokens, so "the
 * Moscow region" is the region and not the city, and "Changan" in "the Changan brand" is still
 * offered as both the automaker and the brand for the extractor to decide.
 */
public final class Gazetteer {

  /** What a matched name can stand for. */
  public enum Kind {
    /** A known entity; {@link Match#entries()} holds the candidates. */
    ENTRY,
    /** A nationality adjective ("Chinese"); {@link Match#country()} holds the ISO code. */
    DEMONYM,
    /** A phrase that contains a demonym but names no country ("North American"). */
    IGNORE
  }

  /** One name found in a sentence, at character offsets {@code [start, end)}. */
  public record Match(Kind kind, int start, int end, String text, List<RefEntry> entries, String country) {}

  private record Name(List<String> tokens, Kind kind, List<RefEntry> entries, String country) {}

  private static final List<String> NOT_DEMONYMS = List.of("North American", "South American", "Latin American", "Central American", "Native American");

  private final Map<String, List<Name>> byFirstToken = new HashMap<>();
  /** Names whose form is written in lower case ("state of Hidalgo"), by first token: matched at an uncapitalised word too. */
  private final Map<String, List<Name>> byLowercaseFirstToken = new HashMap<>();

  public Gazetteer(ReferenceData data) {
    Map<String, List<RefEntry>> byAlias = new LinkedHashMap<>();
    for (RefEntry e : data.entries()) {
      byAlias.computeIfAbsent(e.name(), k -> new ArrayList<>()).add(e);
      for (String a : e.aliases()) {
        if (!a.equals(e.name())) {
          byAlias.computeIfAbsent(a, k -> new ArrayList<>()).add(e);
        }
      }
    }
    Map<String, Name> names = new HashMap<>();
    byAlias.forEach((alias, entries) -> put(names, new Name(lowerTokens(alias), Kind.ENTRY, dedupe(entries), null)));
    data.demonyms().forEach((demonym, code) -> put(names, new Name(lowerTokens(demonym), Kind.DEMONYM, List.of(), code)));
    NOT_DEMONYMS.forEach(p -> put(names, new Name(lowerTokens(p), Kind.IGNORE, List.of(), null)));
    Set<String> lowercaseForms = byAlias.keySet().stream()
        .filter(a -> !a.isEmpty() && Character.isLowerCase(a.charAt(0)))
        .map(a -> String.join(" ", lowerTokens(a)))
        .collect(Collectors.toSet());
    for (Name n : names.values()) {
      byFirstToken.computeIfAbsent(n.tokens().get(0), k -> new ArrayList<>()).add(n);
      if (lowercaseForms.contains(String.join(" ", n.tokens()))) {
        byLowercaseFirstToken.computeIfAbsent(n.tokens().get(0), k -> new ArrayList<>()).add(n);
      }
    }
    byFirstToken.values().forEach(l -> l.sort(Comparator.comparingInt((Name n) -> -n.tokens().size())));
    byLowercaseFirstToken.values().forEach(l -> l.sort(Comparator.comparingInt((Name n) -> -n.tokens().size())));
  }

  /** Entries under one name merge; a name that is both an entry and a demonym stays the entry. */
  private static void put(Map<String, Name> names, Name n) {
    names.merge(String.join(" ", n.tokens()), n, (old, add) -> {
      if (old.kind() == Kind.ENTRY && add.kind() == Kind.ENTRY) {
        List<RefEntry> merged = new ArrayList<>(old.entries());
        merged.addAll(add.entries());
        return new Name(old.tokens(), Kind.ENTRY, dedupe(merged), null);
      }
      return old.kind() == Kind.ENTRY ? old : add.kind() == Kind.ENTRY ? add : old;
    });
  }

  private static List<RefEntry> dedupe(List<RefEntry> entries) {
    return entries.stream().collect(Collectors.toMap(RefEntry::id, e -> e, (a, b) -> a, LinkedHashMap::new)).values().stream().toList();
  }

  private static List<String> lowerTokens(String s) {
    return Token.of(s).stream().map(Token::lower).toList();
  }

  /** The known names in the sentence, left to right, none overlapping. */
  public List<Match> find(String sentence) {
    List<Token> tokens = Token.of(sentence);
    List<Match> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Token first = tokens.get(i);
      Name best = null;
      // a name starts with a capital, unless its form itself is written in lower case ("state of Hidalgo")
      for (Name n : (first.capitalized() ? byFirstToken : byLowercaseFirstToken).getOrDefault(first.lower(), List.of())) {
        if (matchesAt(tokens, i, n.tokens())) {
          best = n;
          break;
        }
      }
      if (best == null) {
        i++;
        continue;
      }
      Token last = tokens.get(i + best.tokens().size() - 1);
      out.add(new Match(best.kind(), first.start(), last.end(), sentence.substring(first.start(), last.end()), best.entries(), best.country()));
      i += best.tokens().size();
    }
    return out;
  }

  private static boolean matchesAt(List<Token> tokens, int i, List<String> name) {
    if (i + name.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < name.size(); k++) {
      if (!tokens.get(i + k).lower().equals(name.get(k))) {
        return false;
      }
    }
    return true;
  }
}
