package org.partnergraph.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Record;
import org.partnergraph.neo4j.Neo4jGraph;

/**
 * The ceiling: Neo4j's offline importer ({@code neo4j-admin database import full}, run from the
 * jars already on our classpath) loading exactly the graph our loader built, dumped to CSV. The
 * timing is the importer's process, JVM start included, as a user would run it; writing the CSV
 * is preparation and is reported apart.
 */
final class BulkImport {
  private static final char ARRAY = '\u001F';

  record Csv(Path nodes, Path relationships, double seconds) {}

  /** Dumps every node and relationship of a loaded store, properties and all, as importer CSV. */
  static Csv dump(Path loadedHome, Path dir) throws IOException {
    Files.createDirectories(dir);
    long start = System.nanoTime();
    try (Neo4jGraph g = LoadBench.fresh(loadedHome, null)) {
      List<Record> nodes = g.query("MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props", Map.of());
      List<Record> rels = g.query(
          "MATCH (a)-[r]->(b) RETURN elementId(a) AS a, elementId(b) AS b, type(r) AS type, properties(r) AS props", Map.of());
      Path nodesCsv = dir.resolve("nodes.csv");
      Map<String, String> nodeKeys = keys(nodes.stream().map(r -> r.get("props").asMap()).toList());
      try (BufferedWriter w = Files.newBufferedWriter(nodesCsv, StandardCharsets.UTF_8)) {
        w.write(header(List.of(":ID", ":LABEL"), nodeKeys));
        for (Record r : nodes) {
          List<String> row = new ArrayList<>(List.of(r.get("id").asString(), String.join(";", r.get("labels").asList(v -> v.asString()))));
          w.write(row(row, nodeKeys, r.get("props").asMap()));
        }
      }
      Path relsCsv = dir.resolve("relationships.csv");
      Map<String, String> relKeys = keys(rels.stream().map(r -> r.get("props").asMap()).toList());
      try (BufferedWriter w = Files.newBufferedWriter(relsCsv, StandardCharsets.UTF_8)) {
        w.write(header(List.of(":START_ID", ":END_ID", ":TYPE"), relKeys));
        for (Record r : rels) {
          w.write(row(List.of(r.get("a").asString(), r.get("b").asString(), r.get("type").asString()), relKeys, r.get("props").asMap()));
        }
      }
      return new Csv(nodesCsv, relsCsv, (System.nanoTime() - start) / 1e9);
    }
  }

  /** Runs the importer into a new store at {@code home}; returns its wall-clock seconds. */
  static double importInto(Path home, Csv csv, Path log) throws IOException, InterruptedException {
    Files.createDirectories(home.resolve("conf"));
    ProcessBuilder pb = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
        "org.neo4j.cli.AdminTool", "database", "import", "full",
        "--nodes=" + csv.nodes(), "--relationships=" + csv.relationships(),
        "--multiline-fields=true", "--array-delimiter=" + ARRAY, "--overwrite-destination=true", "neo4j");
    pb.environment().put("NEO4J_HOME", home.toString());
    pb.environment().put("NEO4J_CONF", home.resolve("conf").toString());
    pb.directory(csv.nodes().getParent().toFile()); // its import.report lands next to the CSV
    pb.redirectErrorStream(true).redirectOutput(log.toFile());
    long start = System.nanoTime();
    int exit = pb.start().waitFor();
    double s = (System.nanoTime() - start) / 1e9;
    if (exit != 0) {
      List<String> lines = Files.readAllLines(log);
      throw new IllegalStateException("neo4j-admin database import failed (exit " + exit + "): "
          + String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size())));
    }
    return s;
  }

  /** Property key to importer type, from the values seen (lists become string arrays). */
  private static Map<String, String> keys(Collection<Map<String, Object>> rows) {
    Map<String, String> types = new TreeMap<>();
    for (Map<String, Object> props : rows) {
      props.forEach((k, v) -> types.merge(k, type(v), (a, b) -> a.equals(b) ? a : a.endsWith("[]") || b.endsWith("[]") ? "string[]" : "string"));
    }
    return types;
  }

  private static String type(Object v) {
    if (v instanceof List<?> list) {
      return !list.isEmpty() && list.stream().allMatch(x -> x instanceof Number) ? "double[]" : "string[]";
    }
    if (v instanceof Long || v instanceof Integer) {
      return "long";
    }
    if (v instanceof Number) {
      return "double";
    }
    if (v instanceof Boolean) {
      return "boolean";
    }
    return "string";
  }

  private static String header(List<String> fixed, Map<String, String> keys) {
    List<String> cols = new ArrayList<>(fixed);
    keys.forEach((k, t) -> cols.add(k + ":" + t));
    return String.join(",", cols.stream().map(BulkImport::quote).toList()) + "\n";
  }

  private static String row(List<String> fixed, Map<String, String> keys, Map<String, Object> props) {
    List<String> cols = new ArrayList<>(fixed);
    for (String k : keys.keySet()) {
      Object v = props.get(k);
      cols.add(v == null ? null : v instanceof List<?> list
          ? String.join(String.valueOf(ARRAY), list.stream().map(String::valueOf).toList()) : String.valueOf(v));
    }
    return String.join(",", cols.stream().map(c -> c == null ? "" : quote(c)).toList()) + "\n";
  }

  private static String quote(String s) {
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  private BulkImport() {}
}
