package org.partnergraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A query with a keep-alive starts a loopback server for the data dir in the background; the next
 * query uses it instead of starting an embedded DBMS, and it stops by itself once idle. Runs the
 * packaged CLI in child processes, as the launcher does.
 */
class BackgroundServerIT {
  @TempDir Path data;

  private record Run(int exit, String out, String err) {}

  private Run cli(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
        "-cp", "target/partnergraph.jar" + File.pathSeparator + "target/lib/*", Main.class.getName(), "--data-dir", data.toString(),
        "--keep-alive", "20s"));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("pg-out", ".txt");
    Path err = Files.createTempFile("pg-err", ".txt");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("the command finished").isTrue();
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  private long serverPid() throws Exception {
    return new ObjectMapper().readTree(data.resolve("serve.json").toFile()).get("pid").asLong();
  }

  @Test
  void theFirstQueryStartsAServerTheNextUsesItAndItStopsWhenIdle() throws Exception {
    Run etl = cli("etl", "-q", "samples/articles/kaluga-geely.txt");
    assertThat(etl.exit()).as(etl.err()).isZero();
    assertThat(data.resolve("serve.json")).as("etl writes; it starts no server").doesNotExist();

    Run first = cli("cypher", "MATCH (g:Governor) RETURN g.name AS name");
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.err()).contains("starting a server");
    assertThat(first.out()).contains("Shapsha");
    long pid = serverPid();
    assertThat(ProcessHandle.of(pid)).hasValueSatisfying(h -> assertThat(h.isAlive()).isTrue());

    Run second = cli("sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(second.err()).doesNotContain("starting a server");
    assertThat(serverPid()).isEqualTo(pid);

    ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
    server.onExit().get(150, TimeUnit.SECONDS);
    assertThat(server.isAlive()).isFalse();
    assertThat(data.resolve("serve.json")).doesNotExist();
  }
}
