package org.partnergraph.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnergraph.Fixtures;
import org.partnergraph.cli.CliRun;
import org.partnergraph.cli.Main;
import org.neo4j.driver.AuthTokens;
import org.partnergraph.neo4j.EmbeddedNeo4j;
import org.partnergraph.neo4j.Neo4jGraph;
import picocli.CommandLine;

/** The promises of SECURITY.md, one test each (read-only SPARQL and auth off loopback: ServeIT, AuthenticatedServeIT). */
class SecurityIT {
  @TempDir Path data;

  private static String defaultBind() {
    return new CommandLine(new Main()).getSubcommands().get("serve").getCommandSpec().findOption("--bind").defaultValue();
  }

  /** Every IPv4 address of this machine that is not loopback (where a remote client would connect). */
  private static List<InetAddress> externalAddresses() throws SocketException {
    List<InetAddress> out = new ArrayList<>();
    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (nic.isUp()) {
        nic.inetAddresses().filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).forEach(out::add);
      }
    }
    return out;
  }

  private static boolean accepts(InetAddress address, int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(address, port), 2_000);
      return true;
    } catch (ConnectException refused) {
      return false;
    } catch (IOException other) {
      return false;
    }
  }

  private static int port(String url) {
    return URI.create(url.replace("bolt://", "http://")).getPort();
  }

  @Test
  void serveListensOnLoopbackOnlyByDefault() throws Exception {
    assertThat(defaultBind()).isEqualTo("127.0.0.1");
    List<InetAddress> external = externalAddresses();
    assumeFalse(external.isEmpty(), "this machine has no non-loopback address to probe");
    try (Server server = Server.start(new Server.Config(data, defaultBind(), EmbeddedNeo4j.freePort(), EmbeddedNeo4j.freePort(), EmbeddedNeo4j.freePort(), false, null))) {
      ServeInfo info = server.info();
      for (int port : List.of(port(info.bolt()), port(info.browser()), port(info.sparql()))) {
        assertThat(accepts(InetAddress.getLoopbackAddress(), port)).as("loopback port " + port).isTrue();
        for (InetAddress a : external) {
          assertThat(accepts(a, port)).as(a + ":" + port + " must refuse").isFalse();
        }
      }
    }
  }

  @Test
  void theEmbeddedNeo4jOfAnEtlRunListensOnLoopbackOnly() throws Exception {
    List<InetAddress> external = externalAddresses();
    assumeFalse(external.isEmpty(), "this machine has no non-loopback address to probe");
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(data.resolve("neo4j"))) {
      int bolt = port(neo4j.boltUri());
      assertThat(accepts(InetAddress.getLoopbackAddress(), bolt)).isTrue();
      for (InetAddress a : external) {
        assertThat(accepts(a, bolt)).as(a + ":" + bolt + " must refuse").isFalse();
      }
    }
  }

  @Test
  void noCommandTakesAPasswordOnTheCommandLine() {
    CommandLine cli = new CommandLine(new Main());
    List<String> options = new ArrayList<>(cli.getCommandSpec().optionsMap().keySet());
    cli.getSubcommands().values().forEach(c -> options.addAll(c.getCommandSpec().optionsMap().keySet()));
    assertThat(options).filteredOn(o -> o.toLowerCase().contains("pass"))
        .allSatisfy(o -> assertThat(o).isEqualTo("--password-file"));
    assertThat(CliRun.of("serve", "--password", "hunter2").exitCode()).isEqualTo(2);
  }

  @Test
  void thePasswordIsNeverWrittenToOutputLogsOrFilesInThePlainText() throws Exception {
    String password = "pw-" + Long.toHexString(System.nanoTime()) + "-never-logged";
    CliRun etl = CliRun.of("--data-dir", data.toString(), "etl", "-q", Fixtures.dir().toString());
    assertThat(etl.exitCode()).as(etl.toString()).isZero();
    List<String> outputs = new ArrayList<>();
    try (Server server = Server.start(new Server.Config(data, "0.0.0.0", EmbeddedNeo4j.freePort(), 0, EmbeddedNeo4j.freePort(), false, password))) {
      assertThat(server.info().authenticated()).isTrue();
      try (Neo4jGraph g = Neo4jGraph.connect(server.info().bolt(), AuthTokens.basic("neo4j", password), null)) {
        g.query("MATCH (n) RETURN count(n) AS n", java.util.Map.of());
      }
      assertThatThrownBy(() -> Neo4jGraph.connect(server.info().bolt(), AuthTokens.basic("neo4j", password + "-wrong"), null).close())
          .satisfies(e -> outputs.add(String.valueOf(e.getMessage())));
      assertThat(filesContaining(data, password)).as("files under the data dir while serving").isEmpty();
    }
    assertThat(filesContaining(data, password)).as("files under the data dir after serving").isEmpty();
    assertThat(outputs).noneMatch(o -> o.contains(password));
  }

  @Test
  void everyBundledQueryTakesItsValuesAsParameters() throws IOException {
    Pattern stringLiteral = Pattern.compile("'[^']*'|\"[^\"]*\"");
    try (Stream<Path> files = Files.list(Path.of("cypher", "queries"))) {
      List<Path> queries = files.filter(p -> p.toString().endsWith(".cypher")).toList();
      assertThat(queries).isNotEmpty();
      assertThat(queries).as("queries that take values").anySatisfy(q -> assertThat(Files.readString(q)).containsPattern("\\$[A-Za-z_]\\w*"));
      for (Path q : queries) {
        String text = Files.readString(q).replaceAll("(?m)//.*$", "");
        Matcher m = stringLiteral.matcher(text);
        while (m.find()) {
          assertThat(m.group()).as(q + ": a literal in a query is a constant, never a value to fill in")
              .doesNotContainPattern("\\{\\{|<[A-Z_]+>|%s");
        }
        assertThat(text).as(q + ": no string building").doesNotContain("+ $").doesNotContain("$ +");
      }
    }
  }

  private static List<Path> filesContaining(Path dir, String secret) throws IOException {
    byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
    List<Path> hits = new ArrayList<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        if (Files.size(p) < 64 << 20 && indexOf(Files.readAllBytes(p), needle) >= 0) {
          hits.add(p);
        }
      }
    }
    return hits;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
