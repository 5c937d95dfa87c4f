package org.partnergraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.partnergraph.evaluate.Evaluation;
import org.partnergraph.evaluate.Score.Prf;
import org.partnergraph.evaluate.Score.Tally;
import org.partnergraph.extract.RuleExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code partnergraph evaluate --gold DIR}: how good the extractor is, measured against people. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Score the extractor against gold annotations: precision, recall and F1 for entities, relations, partnerships and figures.",
        "DIR holds articles/ and gold/ (format: src/test/resources/eval/README.md). Touches no store."})
final class EvaluateCommand implements Callable<Integer> {
  private static final String[] ORDER = {"entities", "relations", "partnerships", "figures"};

  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "The gold set: DIR/articles and DIR/gold.")
  Path gold;

  @Option(names = "--by-type", description = "Also score each entity type, relation type, partnership status and figure kind.")
  boolean byType;

  @Option(names = "--errors", description = "List every false positive and miss (for tuning an extractor).")
  boolean errors;

  @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() throws Exception {
    if (!format.equals("table") && !format.equals("json")) {
      throw new IllegalArgumentException("--format should be table or json: " + format);
    }
    Evaluation.Result result = Evaluation.run(gold, new RuleExtractor());
    PrintStream out = System.out;
    result.failures().forEach(f -> System.err.println("partnergraph: " + f));
    int exit = result.failures().isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
    if (format.equals("json")) {
      out.println(json(result).toPrettyString());
      return exit;
    }
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
    if (errors) {
      for (String c : ORDER) {
        Tally t = categories.get(c);
        out.printf("%n%s: false positives%n", c);
        t.falsePositives().forEach(e -> out.println("  + " + e));
        out.printf("%s: misses%n", c);
        t.misses().forEach(e -> out.println("  - " + e));
      }
    }
    return exit;
  }

  private static void row(PrintStream out, String label, Prf p) {
    out.printf("%-28s %9.3f %9.3f %9.3f %6d %6d %6d%n", label, p.precision(), p.recall(), p.f1(), p.truePositives(), p.falsePositives(), p.misses());
  }

  private static ObjectNode json(Evaluation.Result result) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("articles", result.articles());
    root.put("bytes", result.bytes());
    root.put("extractSeconds", result.extractSeconds());
    result.failures().forEach(root.putArray("failures")::add);
    Map<String, Tally> categories = result.total().categories();
    for (String c : ORDER) {
      ObjectNode node = root.putObject(c);
      put(node, categories.get(c).overall());
      ObjectNode types = node.putObject("byType");
      categories.get(c).byType().forEach((type, prf) -> put(types.putObject(type), prf));
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
