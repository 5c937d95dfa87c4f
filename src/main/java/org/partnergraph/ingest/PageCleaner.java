package org.partnergraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strips page furniture that scrapers leave in article text (teasers, share prompts, links to
 * the previous and next story) by general rules, and collects attributions ("Attribution: TASS")
 * as the article's source. Extraction then never sees text that is not the story.
 */
public final class PageCleaner {

  /** A cleaned body and the attributions found in it, in order of first appearance. */
  public record Cleaned(String text, List<String> attributions) {
    public String source() {
      return attributions.isEmpty() ? null : String.join("; ", attributions);
    }
  }

  /** A line that is furniture as a whole ("Share this article"), from lexicon/en/page-furniture.tsv. */
  private static final Pattern FURNITURE_LINE = Pattern.compile("(?i)^(" + PageFurniture.alternation(PageFurniture.Kind.LINE) + ")$");

  /** A marker after which the next non-empty line is another story's headline, not this one's; the last group is the rest of the line. */
  private static final Pattern TEASER_MARKER =
      Pattern.compile("(?i)^(?:" + PageFurniture.alternation(PageFurniture.Kind.TEASER_MARKER) + ")\\s*:?\\s*(.*)$");

  /** "Read more:", "Related coverage:", "More from the region: …": a block of other stories' headlines; the last group is the rest of the line. */
  private static final Pattern LINKS_HEADING =
      Pattern.compile("(?i)^(" + PageFurniture.alternation(PageFurniture.Kind.LINKS_HEADING) + ")\\s*[:|]?\\s*(.*)$");
  private static final Pattern ENDS_A_SENTENCE = Pattern.compile("[.!?][\"”’')]?$");

  /** "Attribution", "Source", "Credit": read from lexicon/en/attribution-labels.tsv, one label a line. */
  private static final String ATTRIBUTION_LABEL = attributionLabels();

  private static final Pattern ATTRIBUTION_IN_PARENS =
      Pattern.compile("\\s*\\((?:" + ATTRIBUTION_LABEL + ")\\s*:\\s*([^()\\n]{2,80})\\)");

  private static final Pattern ATTRIBUTION_AT_END =
      Pattern.compile("(?:^|\\s+)(?:" + ATTRIBUTION_LABEL + ")\\s*:\\s*([^()\\n.:]{2,80})\\.?$");

  /** The labels as quoted regex alternatives, in file order; {@code #} starts a comment line. */
  private static String attributionLabels() {
    String resource = "/lexicon/en/attribution-labels.tsv";
    try (InputStream in = PageCleaner.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath");
      }
      List<String> labels = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(Pattern::quote)
          .toList();
      if (labels.isEmpty()) {
        throw new IllegalStateException(resource + " has no labels");
      }
      return String.join("|", labels);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Cleaned clean(String text) {
    Set<String> attributions = new LinkedHashSet<>();
    List<String> kept = new ArrayList<>();
    boolean skipTeaser = false;
    boolean skipLinks = false;
    for (String raw : text.split("\n", -1)) {
      String line = raw.strip();
      if (line.isEmpty()) {
        kept.add(""); // a links block goes on over blank lines: pages put each headline in its own block
        continue;
      }
      if (skipLinks && !ENDS_A_SENTENCE.matcher(line).find() && line.length() <= 160) {
        continue; // one more headline of the links block
      }
      skipLinks = false;
      Matcher links = LINKS_HEADING.matcher(line);
      if (links.matches() && (links.group(links.groupCount()).isBlank() || !ENDS_A_SENTENCE.matcher(line).find() || line.contains("|"))) {
        skipLinks = links.group(links.groupCount()).isBlank();
        continue;
      }
      Matcher marker = TEASER_MARKER.matcher(line);
      if (marker.matches()) {
        skipTeaser = marker.group(marker.groupCount()).isBlank();
        continue;
      }
      if (skipTeaser) {
        skipTeaser = false;
        continue;
      }
      if (FURNITURE_LINE.matcher(line).matches()) {
        continue;
      }
      kept.add(stripAttributions(line, attributions));
    }
    String joined = String.join("\n", kept).replaceAll("\n{3,}", "\n\n").strip();
    return new Cleaned(joined, List.copyOf(attributions));
  }

  private static String stripAttributions(String line, Set<String> into) {
    String rest = line;
    for (Pattern p : List.of(ATTRIBUTION_IN_PARENS, ATTRIBUTION_AT_END)) {
      Matcher m = p.matcher(rest);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        into.add(m.group(1).strip());
        m.appendReplacement(out, "");
      }
      m.appendTail(out);
      rest = out.toString();
    }
    return rest.strip();
  }
}
