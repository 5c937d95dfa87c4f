package org.partnergraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;

/** Prints Cypher rows as a text table, CSV (RFC 4180) or a JSON array of row objects. */
final class CypherResults {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private CypherResults() {}

  static void print(PrintStream out, List<Record> rows, String format) {
    List<String> columns = rows.isEmpty() ? List.of() : rows.get(0).keys();
    List<Map<String, Object>> plain = new ArrayList<>();
    for (Record r : rows) {
      Map<String, Object> row = new LinkedHashMap<>();
      for (String k : columns) {
        row.put(k, plain(r.get(k)));
      }
      plain.add(row);
    }
    switch (format) {
      case "json" -> {
        try {
          out.println(JSON.writeValueAsString(plain));
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
      case "csv" -> {
        out.println(String.join(",", columns.stream().map(CypherResults::csv).toList()));
        for (Map<String, Object> row : plain) {
          out.println(String.join(",", row.values().stream().map(v -> csv(text(v))).toList()));
        }
      }
      default -> table(out, columns, plain);
    }
  }

  /** Driver values as plain Java values; nodes and relationships as maps. */
  static Object plain(Value v) {
    var type = TypeSystem.getDefault();
    if (v.hasType(type.NODE())) {
      Node n = v.asNode();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("labels", n.labels());
      m.put("properties", n.asMap(CypherResults::plain));
      return m;
    }
    if (v.hasType(type.RELATIONSHIP())) {
      Relationship r = v.asRelationship();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("type", r.type());
      m.put("properties", r.asMap(CypherResults::plain));
      return m;
    }
    if (v.hasType(type.PATH())) {
      Path p = v.asPath();
      List<Object> parts = new ArrayList<>();
      p.nodes().forEach(n -> parts.add(n.get("id").isNull() ? n.labels() : n.get("id").asString()));
      return parts;
    }
    if (v.hasType(type.LIST())) {
      return v.asList(CypherResults::plain);
    }
    if (v.hasType(type.MAP())) {
      return v.asMap(CypherResults::plain);
    }
    if (v.hasType(type.DATE()) || v.hasType(type.DATE_TIME()) || v.hasType(type.LOCAL_DATE_TIME()) || v.hasType(type.DURATION())) {
      return v.toString();
    }
    return v.asObject();
  }

  private static String text(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Map<?, ?> || v instanceof List<?>) {
      try {
        return new ObjectMapper().writeValueAsString(v);
      } catch (Exception e) {
        return v.toString();
      }
    }
    return v.toString();
  }

  /**
   * A value as a table shows it: fractions to two decimals ({@code 0.65}, not
   * {@code 0.6499999999999999}) and thousands separators from five digits on
   * ({@code 10,000,000,000}; a year stays {@code 2024}). CSV and JSON keep the raw value.
   */
  static String forPeople(Object v) {
    BigDecimal n = null;
    if (v instanceof BigDecimal b) {
      n = b;
    } else if ((v instanceof Double || v instanceof Float) && Double.isFinite(((Number) v).doubleValue())) {
      n = BigDecimal.valueOf(((Number) v).doubleValue());
    } else if (v instanceof Long || v instanceof Integer) {
      n = BigDecimal.valueOf(((Number) v).longValue());
    }
    if (n == null) {
      return text(v);
    }
    if (n.scale() > 0) {
      n = n.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }
    return grouped(n);
  }

  private static String grouped(BigDecimal n) {
    String plain = n.toPlainString();
    if (n.abs().compareTo(BigDecimal.valueOf(10_000)) < 0) {
      return plain;
    }
    DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return format.format(n);
  }

  private static String csv(String s) {
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }

  static void table(PrintStream out, List<String> columns, List<Map<String, Object>> rows) {
    if (columns.isEmpty()) {
      out.println("(no rows)");
      return;
    }
    int[] widths = new int[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      widths[i] = columns.get(i).length();
      for (Map<String, Object> row : rows) {
        widths[i] = Math.min(80, Math.max(widths[i], forPeople(row.get(columns.get(i))).length()));
      }
    }
    StringBuilder header = new StringBuilder();
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < columns.size(); i++) {
      header.append(String.format("%-" + widths[i] + "s  ", columns.get(i)));
      rule.append("-".repeat(widths[i])).append("  ");
    }
    out.println(header.toString().stripTrailing());
    out.println(rule.toString().stripTrailing());
    for (Map<String, Object> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns.size(); i++) {
        String t = forPeople(row.get(columns.get(i)));
        if (t.length() > widths[i]) {
          t = t.substring(0, widths[i] - 1) + "…";
        }
        line.append(String.format("%-" + widths[i] + "s  ", t));
      }
      out.println(line.toString().stripTrailing());
    }
    out.printf("(%d row%s)%n", rows.size(), rows.size() == 1 ? "" : "s");
  }
}
