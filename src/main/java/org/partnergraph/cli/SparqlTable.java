package org.partnergraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.shared.PrefixMapping;

/**
 * SELECT results (W3C SPARQL results JSON) as the same text table {@code cypher} prints: numbers
 * for people ({@code 0.65}, {@code 10,000,000,000}), IRIs shortened with the query's prefixes.
 * CSV, TSV and JSON keep the raw values.
 */
final class SparqlTable {
  private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
  private static final Set<String> NUMERIC = Set.of("integer", "decimal", "double", "float", "long", "int", "short", "byte",
      "nonNegativeInteger", "positiveInteger", "negativeInteger", "nonPositiveInteger", "unsignedLong", "unsignedInt");

  private SparqlTable() {}

  static void print(PrintStream out, byte[] resultsJson, PrefixMapping prefixes) throws IOException {
    JsonNode root = new ObjectMapper().readTree(resultsJson);
    List<String> columns = new ArrayList<>();
    root.path("head").path("vars").forEach(v -> columns.add(v.asText()));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (JsonNode binding : root.path("results").path("bindings")) {
      Map<String, Object> row = new LinkedHashMap<>();
      for (String c : columns) {
        row.put(c, cell(binding.get(c), prefixes));
      }
      rows.add(row);
    }
    CypherResults.table(out, columns, rows);
  }

  private static Object cell(JsonNode term, PrefixMapping prefixes) {
    if (term == null) {
      return null;
    }
    String value = term.path("value").asText();
    switch (term.path("type").asText()) {
      case "uri" -> {
        String shortForm = prefixes.shortForm(value);
        return shortForm.equals(value) ? "<" + value + ">" : shortForm;
      }
      case "bnode" -> {
        return "_:" + value;
      }
      default -> {
        String datatype = term.path("datatype").asText("");
        if (datatype.startsWith(XSD) && NUMERIC.contains(datatype.substring(XSD.length()))) {
          try {
            return new BigDecimal(value.strip());
          } catch (NumberFormatException e) {
            return value; // INF, NaN or an ill-formed literal: as written
          }
        }
        return value;
      }
    }
  }
}
