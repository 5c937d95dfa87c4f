package org.partnergraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnergraph.Fixtures;

/**
 * The fixture articles end to end through the command line, on the embedded default (no server
 * given): the hermetic twin of {@code EtlSeedsIT}, which runs the same checks on the seeds when
 * ../shared is present.
 */
class EtlFixturesIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path data;
  static CliRun first;

  @BeforeAll
  static void loadFixtures() {
    first = CliRun.of("--data-dir", data.toString(), "etl", "-q", Fixtures.dir().toString());
  }

  private static JsonNode cypher(String query, String... params) throws Exception {
    return CliRun.cypherJson(data, query, params);
  }

  private static long count(String query) throws Exception {
    return cypher(query).get(0).get("n").asLong();
  }

  @Test
  void printsAOneScreenSummary() {
    assertThat(first.exitCode()).as(first.toString()).isZero();
    assertThat(first.out()).contains("2 read, 2 loaded, 0 rejected").contains("neo4j").contains("rdf").contains("triples");
  }

  @Test
  void loadsTheFixtureFactsIntoNeo4j() throws Exception {
    assertThat(count("MATCH (:Governor {name: 'Vladislav Shapsha'})-[:GOVERNS]->(:Region {name: 'Kaluga Oblast'}) RETURN count(*) AS n")).isEqualTo(1);
    assertThat(count("MATCH (:Governor {name: 'Dmitry Milyaev'})-[:GOVERNS]->(:Region {name: 'Tula Oblast'}) RETURN count(*) AS n")).isEqualTo(1);
    assertThat(count("MATCH (:Governor)-[:SPOKE_AT]->(:Forum)-[:HELD_IN]->(:City {name: 'Harbin'}) RETURN count(*) AS n")).isEqualTo(1);
    assertThat(count("MATCH (:Automaker {id: 'automaker/chery'})-[:OWNS_BRAND]->(b:Brand) RETURN count(b) AS n")).isEqualTo(4);
    assertThat(count("MATCH (:Automaker {id: 'automaker/avtotor'})-[:OPERATES]->(:Plant)-[:LOCATED_IN]->(:City {name: 'Kaliningrad'}) RETURN count(*) AS n")).isEqualTo(1);
    assertThat(count("MATCH (p:Partnership) WHERE p.crossBorder RETURN count(p) AS n")).isEqualTo(3);
    assertThat(count("MATCH (a:Article) WHERE a.source = 'Interfax' RETURN count(a) AS n")).isEqualTo(1);
    assertThat(count("MATCH ()-[r]->() WHERE type(r) <> 'MENTIONS' AND (r.sources IS NULL OR size(r.evidence) = 0) RETURN count(r) AS n")).isZero();
  }

  @Test
  void keepsPageNoiseAndMarketsOutOfTheFacts() throws Exception {
    assertThat(count("MATCH (c:Country)<-[r]-() WHERE c.name IN ['Brazil', 'Mexico'] AND type(r) <> 'MENTIONS' RETURN count(r) AS n")).isZero();
    // Hong Kong is named only in the "Next Article" teaser, which the page cleaner drops.
    assertThat(count("MATCH (n:Entity) WHERE n.id = 'country/hk' OR toLower(n.name) CONTAINS 'hong kong' RETURN count(n) AS n")).isZero();
  }

  @Test
  void runsNamedQueriesWithParameters() throws Exception {
    JsonNode rows = cypher(Files.readString(Path.of("cypher/queries/governors-meeting-automakers-from.cypher")), "country=China");
    assertThat(rows).extracting(r -> r.get("governor").asText() + " " + r.get("how").asText())
        .containsExactly("Dmitry Milyaev INVITED", "Dmitry Milyaev VISITED");
  }

  @Test
  void answersSparqlOverTheUnionOfArticleGraphs() throws Exception {
    CliRun run = CliRun.of("--data-dir", data.toString(), "sparql", "--format", "json",
        "PREFIX pg: <https://partnergraph.org/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "SELECT ?g ?r WHERE { ?gov pg:governs ?reg . ?gov rdfs:label ?g . ?reg rdfs:label ?r } ORDER BY ?g");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonNode bindings = JSON.readTree(run.out()).get("results").get("bindings");
    assertThat(bindings).extracting(b -> b.get("g").get("value").asText() + " governs " + b.get("r").get("value").asText())
        .containsExactly("Dmitry Milyaev governs Tula Oblast", "Vladislav Shapsha governs Kaluga Oblast");
  }

  @Test
  void exportsNQuadsWithOneGraphPerArticleThatJenaReadsBack() throws Exception {
    Path out = data.resolve("export.nq");
    CliRun run = CliRun.of("--data-dir", data.toString(), "export", "--format", "nquads", "-o", out.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    Dataset ds = DatasetFactory.create();
    RDFParser.source(out).lang(Lang.NQUADS).parse(ds);
    assertThat(ds.listModelNames()).toIterable().hasSize(2);
    Model union = ds.getUnionModel();
    assertThat(union.size()).isGreaterThan(100);
  }

  @Test
  void aSecondRunLeavesTheSameGraph() throws Exception {
    String countQuery = "MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS rels, "
        + "reduce(s = 0, x IN collect(size(coalesce(r.evidence, []))) | s + x) AS evidence";
    JsonNode before = cypher(countQuery);
    CliRun again = CliRun.of("--data-dir", data.toString(), "etl", "-q", Fixtures.dir().toString());
    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(cypher(countQuery)).isEqualTo(before);
    CliRun stats = CliRun.of("--data-dir", data.toString(), "stats");
    assertThat(stats.out()).contains("RDF named graphs: 2");
  }
}
