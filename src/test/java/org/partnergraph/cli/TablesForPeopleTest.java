package org.partnergraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.apache.jena.shared.PrefixMapping;
import org.junit.jupiter.api.Test;

/** Tables are read by people: rounded fractions, grouped large numbers, short IRIs; a year stays a year. */
class TablesForPeopleTest {

  @Test
  void numbersInATableAreRoundedAndGroupedAndAYearIsNot() {
    assertThat(CypherResults.forPeople(0.6499999999999999)).isEqualTo("0.65");
    assertThat(CypherResults.forPeople(10_000_000_000L)).isEqualTo("10,000,000,000");
    assertThat(CypherResults.forPeople(1.5e10)).isEqualTo("15,000,000,000");
    assertThat(CypherResults.forPeople(2024L)).isEqualTo("2024");
    assertThat(CypherResults.forPeople(new BigDecimal("12345.678"))).isEqualTo("12,345.68");
    assertThat(CypherResults.forPeople("Kaluga")).isEqualTo("Kaluga");
  }

  @Test
  void aSparqlSelectPrintsTheSameTableWithTheQueryPrefixes() throws Exception {
    String results = """
        {"head": {"vars": ["p", "value", "confidence", "name"]},
         "results": {"bindings": [
           {"p": {"type": "uri", "value": "https://partnergraph.org/ontology#Partnership"},
            "value": {"type": "literal", "datatype": "http://www.w3.org/2001/XMLSchema#decimal", "value": "10000000000"},
            "confidence": {"type": "literal", "datatype": "http://www.w3.org/2001/XMLSchema#decimal", "value": "0.6499999999999999"},
            "name": {"type": "literal", "value": "Tula Oblast"}}]}}
        """;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SparqlTable.print(new PrintStream(out, true, StandardCharsets.UTF_8), results.getBytes(StandardCharsets.UTF_8),
        PrefixMapping.Factory.create().setNsPrefix("pg", "https://partnergraph.org/ontology#"));
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("pg:Partnership").contains("10,000,000,000").contains("0.65")
        .contains("Tula Oblast").contains("(1 row)");
  }
}
