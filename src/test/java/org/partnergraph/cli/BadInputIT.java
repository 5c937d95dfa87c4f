package org.partnergraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.partnergraph.Fixtures;
import org.partnergraph.neo4j.Neo4jGraph;
import org.partnergraph.neo4j.SharedNeo4j;

/** Bad input gets a one-line error with file and line, exit 1, and loses nothing already loaded. */
@ExtendWith(SharedNeo4j.class)
class BadInputIT {
  @TempDir Path data;
  @TempDir Path input;

  @BeforeEach
  void loadFixturesFirst() {
    SharedNeo4j.wipe();
    CliRun run = etl(Fixtures.dir());
    assertThat(run.exitCode()).as(run.toString()).isZero();
  }

  private CliRun etl(Path path) {
    return CliRun.of("--data-dir", data.toString(), "--neo4j-uri", SharedNeo4j.uri(), "etl", "-q", path.toString());
  }

  private static long articles() {
    try (Neo4jGraph g = SharedNeo4j.graph()) {
      return g.query("MATCH (a:Article) RETURN count(a) AS n", Map.of()).get(0).get("n").asLong();
    }
  }

  @Test
  void rejectsEachBadFileOrLineAndKeepsTheRest() throws Exception {
    Files.writeString(input.resolve("feed.jsonl"),
        "{\"id\": \"good-1\", \"title\": \"Kaluga\", \"text\": \"The governor of the Kaluga region, Vladislav Shapsha, spoke.\"}\n"
            + "{\"id\": \"broken\", \"text\": \"unterminated\n"
            + "{\"id\": \"no-text\"}\n");
    Files.write(input.resolve("binary.txt"), new byte[] {'a', 'b', 0, 1, 2});
    Files.write(input.resolve("empty.txt"), new byte[0]);
    Files.write(input.resolve("latin1.txt"), "Headline\n\nGr\u00fc\u00dfe aus K\u00f6ln.".getBytes(StandardCharsets.ISO_8859_1));
    CliRun run = etl(input);
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err()).contains("feed.jsonl:2: malformed JSON")
        .contains("feed.jsonl:3: missing or empty \"text\"")
        .contains("binary.txt:1: binary file")
        .contains("empty.txt: empty file")
        .contains("latin1.txt:3: not valid UTF-8");
    assertThat(run.out()).contains("5 rejected");
    assertThat(articles()).isEqualTo(3);
  }

  @Test
  void loadRejectsLinesThatBreakTheSchemaAndDropsFactsThatBreakTheShapes() throws Exception {
    Path facts = input.resolve("facts.jsonl");
    String ok = "{\"article\":{\"id\":\"curated-1\",\"title\":\"Curated\"},\"entities\":["
        + "{\"id\":\"governor/jane-roe\",\"type\":\"Governor\",\"name\":\"Jane Roe\"},"
        + "{\"id\":\"region/ru-tul\",\"type\":\"Region\",\"name\":\"Tula Oblast\"},"
        + "{\"id\":\"brand/haval\",\"type\":\"Brand\",\"name\":\"Haval\"}],\"relations\":["
        + "{\"type\":\"GOVERNS\",\"from\":\"governor/jane-roe\",\"to\":\"region/ru-tul\",\"evidence\":\"Jane Roe governs Tula.\",\"confidence\":0.9},"
        + "{\"type\":\"GOVERNS\",\"from\":\"brand/haval\",\"to\":\"region/ru-tul\",\"evidence\":\"nonsense\",\"confidence\":0.9}]}";
    String badSchema = "{\"article\":{\"id\":\"x\"},\"entities\":[{\"id\":\"governor/a\",\"type\":\"Dragon\",\"name\":\"A\"}],\"relations\":[]}";
    String dangling = "{\"article\":{\"id\":\"y\"},\"entities\":[],\"relations\":[{\"type\":\"GOVERNS\",\"from\":\"governor/a\",\"to\":\"region/b\",\"evidence\":\"e\"}]}";
    Files.writeString(facts, ok + "\n" + badSchema + "\n" + dangling + "\n");
    CliRun run = CliRun.of("--data-dir", data.toString(), "--neo4j-uri", SharedNeo4j.uri(), "load", "-q", facts.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err()).contains("facts.jsonl:2: does not match facts.schema.json")
        .contains("facts.jsonl:3: GOVERNS refers to 'governor/a'")
        .contains("dropped by shapes: article 'curated-1': brand/haval");
    try (Neo4jGraph g = SharedNeo4j.graph()) {
      assertThat(g.query("MATCH (:Governor {id:'governor/jane-roe'})-[r:GOVERNS]->(:Region) RETURN count(r) AS n", Map.of()).get(0).get("n").asLong()).isEqualTo(1);
      assertThat(g.query("MATCH (:Brand)-[r:GOVERNS]->() RETURN count(r) AS n", Map.of()).get(0).get("n").asLong()).isZero();
    }
    assertThat(articles()).isEqualTo(3);
  }

  @Test
  void anUnreachableServerIsAOneLineErrorAndExitOne() {
    CliRun run = CliRun.of("--data-dir", data.toString(), "--neo4j-uri", "bolt://127.0.0.1:1", "cypher", "RETURN 1");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().strip()).startsWith("partnergraph: error: Neo4j at bolt://127.0.0.1:1 is unreachable").doesNotContain("\n");
  }

  @Test
  void aUsageErrorExitsTwo() {
    assertThat(CliRun.of("cypher", "--format", "yaml", "RETURN 1").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("etl").exitCode()).isEqualTo(2);
  }
}
