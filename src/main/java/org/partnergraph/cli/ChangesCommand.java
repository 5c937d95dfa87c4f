package org.partnergraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.partnergraph.pipeline.ChangeLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code partnergraph changes}: the morning digest of what runs changed in the graph. */
@Command(name = "changes", mixinStandardHelpOptions = true,
    description = "List what runs changed in the graph: new or removed partnerships, governors and figures, status and value changes.")
final class ChangesCommand implements Callable<Integer> {
  enum Format { text, csv, json }

  @ParentCommand Main main;

  @Option(names = "--since", defaultValue = "last-run", description = "last-run (default), an ISO date (2026-11-01, UTC) or an ISO instant.")
  String since;

  @Option(names = "--format", defaultValue = "text", description = "text, csv or json; default: ${DEFAULT-VALUE}.")
  Format format;

  @Override
  public Integer call() throws Exception {
    List<ChangeLog.Change> changes = new ChangeLog(main.dataDir.resolve("changes.jsonl")).since(parse(since));
    switch (format) {
      case json -> System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(changes));
      case csv -> {
        System.out.println("run,kind,what,id,name,before,after");
        for (ChangeLog.Change c : changes) {
          System.out.println(String.join(",", List.of(c.run(), c.kind(), c.what(), c.id(), c.name(), c.before(), c.after()).stream().map(ChangesCommand::csv).toList()));
        }
      }
      default -> {
        if (changes.isEmpty()) {
          System.out.println("no changes");
        }
        for (ChangeLog.Change c : changes) {
          String detail = switch (c.kind()) {
            case "status", "value" -> ": " + c.before() + " → " + c.after();
            case "new" -> c.after().isEmpty() ? "" : " (" + c.after() + ")";
            default -> "";
          };
          System.out.printf("%s %-8s %-12s %s%s%n", c.run().substring(0, 10), c.kind(), c.what(), c.name(), detail);
        }
      }
    }
    return ExitCodes.OK;
  }

  private static Instant parse(String since) {
    if (since.equals("last-run")) {
      return null;
    }
    try {
      return since.length() == 10 ? LocalDate.parse(since).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(since);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--since should be last-run, a date (YYYY-MM-DD) or an instant: " + since);
    }
  }

  private static String csv(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
