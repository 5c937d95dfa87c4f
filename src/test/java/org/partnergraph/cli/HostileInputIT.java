package org.partnergraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.partnergraph.neo4j.Neo4jGraph;
import org.partnergraph.neo4j.SharedNeo4j;

/**
 * Article text nobody controls: Cypher and SPARQL fragments, quotes and backslashes, right-to-left
 * and combining characters, ids and URLs with spaces, a BOM with CRLF, a huge line, deep JSON
 * nesting. Each ends in a clean rejection or a correct load, never an injected query or a broken export.
 */
@ExtendWith(SharedNeo4j.class)
class HostileInputIT {
  @TempDir Path data;

  @Test
  void hostileArticlesLoadAsTextAndExportsRoundTrip() throws Exception {
    SharedNeo4j.wipe();
    Path input = Path.of("src/test/resources/hostile");
    CliRun run = CliRun.of("--data-dir", data.toString(), "--neo4j-uri", SharedNeo4j.uri(), "etl", "-q", input.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err()).contains("deep.jsonl:1: ").doesNotContain("Exception");
    assertThat(run.out()).contains("5 read, 5 loaded, 1 rejected");
    try (Neo4jGraph g = SharedNeo4j.graph()) {
      assertThat(g.query("MATCH (a:Article) RETURN count(a) AS n", Map.of()).get(0).get("n").asLong()).isEqualTo(5);
      assertThat(g.query("MATCH (a:Article {id: 'inject-1'}) RETURN a.title AS t", Map.of()).get(0).get("t").asString())
          .isEqualTo("'}) MATCH (n) DETACH DELETE n //");
      assertThat(g.query("MATCH (a:Article {id: 'rtl-combining'}) RETURN a.title AS t", Map.of()).get(0).get("t").asString())
          .as("control characters in a title become spaces, an unpaired surrogate goes").isEqualTo("RTL  and combining ");
      assertThat(g.query("MATCH (:Governor)-[r:GOVERNS]->(:Region) RETURN count(r) AS n", Map.of()).get(0).get("n").asLong()).isEqualTo(3);
    }
    for (String format : new String[] {"turtle", "ntriples", "nquads", "trig", "rdfxml", "jsonld"}) {
      Path out = data.resolve("export." + format);
      CliRun export = CliRun.of("--data-dir", data.toString(), "--neo4j-uri", SharedNeo4j.uri(), "export", "--format", format, "-o", out.toString());
      assertThat(export.exitCode()).as(export.toString()).isZero();
      Lang lang = switch (format) {
        case "turtle" -> Lang.TURTLE;
        case "ntriples" -> Lang.NTRIPLES;
        case "nquads" -> Lang.NQUADS;
        case "trig" -> Lang.TRIG;
        case "rdfxml" -> Lang.RDFXML;
        default -> Lang.JSONLD;
      };
      if (lang == Lang.NQUADS || lang == Lang.TRIG) {
        Dataset ds = DatasetFactory.create();
        RDFParser.source(out).lang(lang).parse(ds);
        assertThat(ds.listModelNames()).toIterable().hasSize(5);
      } else {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(out).lang(lang).parse(m);
        assertThat(m.size()).as(format).isGreaterThan(50);
      }
    }
    for (Path target : new Path[] {Path.of("/nonexistent/x.ttl"), data}) {
      CliRun refused = CliRun.of("--data-dir", data.toString(), "--neo4j-uri", SharedNeo4j.uri(), "export", "-o", target.toString());
      assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
      assertThat(refused.err()).as("the error names the path given, not a temporary file")
          .contains("partnergraph: error: cannot write " + target + ": ").doesNotContain(".tmp").doesNotContain("Exception");
    }
    String turtle = Files.readString(data.resolve("export.turtle"));
    assertThat(turtle).contains("id%20with%20spaces%2Fand%20slashes%3F%23");
  }
}
