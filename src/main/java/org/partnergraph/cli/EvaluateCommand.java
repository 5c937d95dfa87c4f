package org.partnergraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.partnergraph.evaluate.Comparison;
import org.partnergraph.evaluate.Comparison.Difference;
import org.partnergraph.evaluate.Evaluation;
import org.partnergraph.evaluate.Score;
import org.partnergraph.evaluate.Score.Prf;
import org.partnergraph.evaluate.Score.RuleTally;
import org.partnergraph.evaluate.Score.Tally;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code partnergraph evaluate --gold DIR}: how good an extractor is, measured against people. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Score extractors against gold annotations: precision, recall and F1 for entities, relations, partnerships (in full, and by their parties alone) and figures.",
        "DIR holds articles/ and gold/ (format: src/test/resources/eval/README.md). Touches no store."})
final class EvaluateCommand implements Callable<Integer> {
  private static final String[] ORDER = {"entities", "relations", "partnerships", "partnership parties", "figures"};

  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "The gold set: DIR/articles and DIR/gold.")
  Path gold;

  @Mixin ExtractorOption extractor;

  @Option(names = "--compare", split = ",", paramLabel = "A,B", description = {
      "Score these extractors side by side on the same articles; the first is the baseline, and each F1 difference from it",
      "gets a paired bootstrap 95%% interval over articles (a difference whose interval holds 0 is noise)."})
  List<String> compare;

  @Option(names = "--samples", defaultValue = "" + Comparison.DEFAULT_SAMPLES, description = "Bootstrap resamples for --compare (default: ${DEFAULT-VALUE}).")
  int samples;

  @Option(names = "--by-type", description = "Also score each entity type, relation type, partnership status and figure kind.")
  boolean byType;

  @Option(names = "--by-rule", description = "List each rule's scored predictions, precision and the articles of its false positives (for the dev split).")
  boolean byRule;

  @Option(names = "--errors", description = "List every false positive and miss (for tuning an extractor, on the dev split only).")
  boolean errors;

  @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() {
    if (!format.equals("table") && !format.equals("json")) {
      throw new IllegalArgumentException("--format should be table or json: " + format);
    }
    if (samples < 100) {
      throw new IllegalArgumentException("--samples should be at least 100: " + samples);
    }
    // --compare B alone compares the chosen (default) extractor with B; A,A is how one checks the intervals sit at 0
    List<String> names = compare == null ? List.of(extractor.name) : compare.size() == 1 ? List.of(extractor.name, compare.get(0)) : compare;
    names.forEach(extractor::byName); // an unknown name (or an llm without its endpoint) fails before any article is read
    List<Comparison.Entry> entries = new ArrayList<>();
    int exit = ExitCodes.OK;
    for (String name : names) {
      Evaluation.Result result = Evaluation.run(gold, extractor.byName(name));
      result.failures().forEach(f -> System.err.println("partnergraph: " + f));
      if (!result.failures().isEmpty()) {
        exit = ExitCodes.FAILURE;
      }
      entries.add(new Comparison.Entry(name, result));
    }
    List<Difference> differences = differences(entries);
    PrintStream out = System.out;
    if (format.equals("json")) {
      out.println(json(entries, differences).toPrettyString());
      return exit;
    }
    if (entries.size() == 1) {
      single(out, entries.get(0).result());
    } else {
      sideBySide(out, entries, differences);
    }
    summaries(out, entries);
    Set<String> listed = new HashSet<>();
    for (Comparison.Entry e : entries) {
      if (!listed.add(e.extractor())) {
        continue; // the same extractor twice (a check of the intervals): its rules once
      }
      Score total = e.result().total();
      if (byRule) {
        rules(out, e.extractor(), total);
      }
      if (errors) {
        errors(out, e.extractor(), total);
      }
    }
    return exit;
  }

  /** Every row's differences from the baseline, in table order. */
  private List<Difference> differences(List<Comparison.Entry> entries) {
    List<Difference> out = new ArrayList<>();
    for (String c : ORDER) {
      out.addAll(Comparison.differences(entries, c, null, samples));
      if (byType) {
        for (String type : types(entries, c)) {
          out.addAll(Comparison.differences(entries, c, type, samples));
        }
      }
    }
    return out;
  }

  private static Set<String> types(List<Comparison.Entry> entries, String category) {
    Set<String> types = new TreeSet<>();
    entries.forEach(e -> types.addAll(e.result().total().categories().get(category).byType().keySet()));
    return types;
  }

  private void single(PrintStream out, Evaluation.Result result) {
    out.printf("%d articles, %.1f KB; extraction %.1f articles/s, %.2f MB/s (one thread)%n%n", result.articles(), result.bytes() / 1024.0,
        result.articles() / Math.max(result.extractSeconds(), 1e-9), result.bytes() / 1e6 / Math.max(result.extractSeconds(), 1e-9));
    out.printf("%-28s %9s %9s %9s %6s %6s %6s%n", "", "precision", "recall", "F1", "tp", "fp", "fn");
    Map<String, Tally> categories = result.total().categories();
    for (String c : ORDER) {
      Tally t = categories.get(c);
      row(out, c, t.overall());
      if (byType) {
        t.byType().forEach((type, prf) -> row(out, "  " + type, prf));
      }
    }
  }

  private static void row(PrintStream out, String label, Prf p) {
    out.printf("%-28s %9.3f %9.3f %9.3f %6d %6d %6d%n", label, p.precision(), p.recall(), p.f1(), p.truePositives(), p.falsePositives(), p.misses());
  }

  private void sideBySide(PrintStream out, List<Comparison.Entry> entries, List<Difference> differences) {
    out.printf("%d articles; F1 differences from %s with paired bootstrap 95%% intervals over articles (%d resamples)%n%n",
        entries.get(0).result().articles(), entries.get(0).extractor(), samples);
    StringBuilder head = new StringBuilder(String.format("%-26s", ""));
    StringBuilder sub = new StringBuilder(String.format("%-26s", ""));
    for (Comparison.Entry e : entries) {
      head.append(String.format(" %-20s", e.extractor()));
      sub.append(String.format(" %6s %6s %6s", "P", "R", "F1"));
    }
    for (Comparison.Entry e : entries.subList(1, entries.size())) {
      head.append(String.format("   %-30s", "F1 " + e.extractor() + " − " + entries.get(0).extractor()));
      sub.append(String.format("   %7s %-17s %-5s", "Δ", "95% interval", ""));
    }
    out.println(head.toString().stripTrailing());
    out.println(sub.toString().stripTrailing());
    for (String c : ORDER) {
      compareRow(out, entries, differences, c, null);
      if (byType) {
        for (String type : types(entries, c)) {
          compareRow(out, entries, differences, c, type);
        }
      }
    }
  }

  private static void compareRow(PrintStream out, List<Comparison.Entry> entries, List<Difference> differences, String category, String type) {
    StringBuilder line = new StringBuilder(String.format("%-26s", type == null ? category : "  " + type));
    for (Comparison.Entry e : entries) {
      Tally t = e.result().total().categories().get(category);
      Prf p = type == null ? t.overall() : t.byType().getOrDefault(type, new Prf(0, 0, 0));
      line.append(String.format(" %6.3f %6.3f %6.3f", p.precision(), p.recall(), p.f1()));
    }
    differences.stream()
        .filter(d -> d.category().equals(category) && Objects.equals(d.type(), type))
        .forEach(d -> line.append(String.format("   %+7.3f [%+.3f, %+.3f] %-5s", d.delta(), d.low(), d.high(), d.noise() ? "noise" : "")));
    out.println(line.toString().stripTrailing());
  }

  private static void rules(PrintStream out, String extractor, Score total) {
    out.printf("%n%s by rule (relations, partnerships and figures it produced that were scored)%n", extractor);
    out.printf("%-40s %11s %9s %6s %6s  %s%n", "rule", "predictions", "precision", "tp", "fp", "articles of the false positives");
    total.rules().entrySet().stream()
        .sorted((a, b) -> Double.compare(a.getValue().precision(), b.getValue().precision()))
        .forEach(e -> {
          RuleTally t = e.getValue();
          Set<String> articles = new TreeSet<>();
          t.falsePositives().forEach(fp -> articles.add(fp.substring(0, fp.indexOf(':'))));
          out.printf("%-40s %11d %9.3f %6d %6d  %s%n", e.getKey(), t.predictions(), t.precision(), t.truePositives(), t.falsePositives().size(),
              String.join(" ", articles));
        });
  }

  private static void errors(PrintStream out, String extractor, Score total) {
    Map<String, Tally> categories = total.categories();
    for (String c : ORDER) {
      Tally t = categories.get(c);
      out.printf("%n%s, %s: false positives%n", extractor, c);
      t.falsePositives().forEach(e -> out.println("  + " + e));
      out.printf("%s, %s: misses%n", extractor, c);
      t.misses().forEach(e -> out.println("  - " + e));
    }
  }

  /**
   * The lines under the table, one figure per extractor (each once): of the partnerships found on
   * their parties, how many have the status right too (the issue's second partnership target); and
   * whether a relation's confidence means what {@code --min-confidence} assumes, by the Brier score
   * and calibration error of the scored relations' confidences (0 is perfect for both).
   */
  private static void summaries(PrintStream out, List<Comparison.Entry> entries) {
    out.println();
    summary(out, "partnership status right, of those found on their parties", entries, (name, total) -> String.format("%s %d of %d (%.3f)",
        name, total.partnershipStatusRight(), total.partnershipsFound(),
        total.partnershipsFound() == 0 ? 1.0 : (double) total.partnershipStatusRight() / total.partnershipsFound()));
    summary(out, "relation confidence against being right (0 is perfect)", entries, (name, total) -> String.format(
        "%s Brier %.3f, calibration error %.3f", name, total.relationBrier(), total.relationCalibrationError()));
  }

  private static void summary(PrintStream out, String label, List<Comparison.Entry> entries,
      java.util.function.BiFunction<String, Score, String> figure) {
    List<String> parts = new ArrayList<>();
    Set<String> listed = new HashSet<>();
    for (Comparison.Entry e : entries) {
      if (listed.add(e.extractor())) {
        parts.add(figure.apply(e.extractor(), e.result().total()));
      }
    }
    out.println(label + ": " + String.join("; ", parts));
  }

  private ObjectNode json(List<Comparison.Entry> entries, List<Difference> differences) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    Evaluation.Result first = entries.get(0).result();
    root.put("articles", first.articles());
    root.put("bytes", first.bytes());
    ArrayNode extractors = root.putArray("extractors");
    for (Comparison.Entry e : entries) {
      ObjectNode node = extractors.addObject();
      node.put("name", e.extractor());
      node.put("extractSeconds", e.result().extractSeconds());
      e.result().failures().forEach(node.putArray("failures")::add);
      node.put("relationBrier", e.result().total().relationBrier());
      node.put("relationCalibrationError", e.result().total().relationCalibrationError());
      node.put("partnershipsFound", e.result().total().partnershipsFound());
      node.put("partnershipStatusRight", e.result().total().partnershipStatusRight());
      Map<String, Tally> categories = e.result().total().categories();
      for (String c : ORDER) {
        ObjectNode cat = node.putObject(c);
        put(cat, categories.get(c).overall());
        ObjectNode types = cat.putObject("byType");
        categories.get(c).byType().forEach((type, prf) -> put(types.putObject(type), prf));
      }
      if (byRule) {
        ObjectNode rules = node.putObject("byRule");
        e.result().total().rules().forEach((rule, t) -> {
          ObjectNode r = rules.putObject(rule);
          r.put("predictions", t.predictions());
          r.put("precision", t.precision());
          r.put("tp", t.truePositives());
          t.falsePositives().forEach(r.putArray("falsePositives")::add);
        });
      }
    }
    if (entries.size() > 1) {
      root.put("bootstrapSamples", samples);
      ArrayNode diffs = root.putArray("differences");
      for (Difference d : differences) {
        ObjectNode n = diffs.addObject();
        n.put("baseline", d.baseline());
        n.put("other", d.other());
        n.put("category", d.category());
        if (d.type() != null) {
          n.put("type", d.type());
        }
        n.put("f1Difference", d.delta());
        n.put("low", d.low());
        n.put("high", d.high());
        n.put("noise", d.noise());
      }
    }
    return root;
  }

  private static void put(ObjectNode node, Prf p) {
    node.put("precision", p.precision());
    node.put("recall", p.recall());
    node.put("f1", p.f1());
    node.put("tp", p.truePositives());
    node.put("fp", p.falsePositives());
    node.put("fn", p.misses());
  }
}
