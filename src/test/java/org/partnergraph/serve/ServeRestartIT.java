package org.partnergraph.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.partnergraph.cli.CliRun;
import org.partnergraph.neo4j.EmbeddedNeo4j;
import org.partnergraph.neo4j.Neo4jGraph;

/**
 * serve is restartable and says where it really is: the same password twice, every listener on
 * the address given, the real Bolt port on the discovery page, and a stale serve.json noticed.
 */
class ServeRestartIT {
  @TempDir Path data;

  private static boolean accepts(String host, int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(InetAddress.getByName(host), port), 2_000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int port(String url) {
    return URI.create(url.replace("bolt://", "http://")).getPort();
  }

  @Test
  void theSamePasswordServesTwiceOnOneDataDirAndTheDiscoveryPageAdvertisesTheRealBoltPort() throws Exception {
    String password = "same-password-twice";
    for (int run = 1; run <= 2; run++) {
      int bolt = EmbeddedNeo4j.freePort();
      int http = EmbeddedNeo4j.freePort();
      try (Server server = Server.start(new Server.Config(data, "0.0.0.0", bolt, http, EmbeddedNeo4j.freePort(), false, password))) {
        try (Neo4jGraph g = Neo4jGraph.connect(server.info().bolt(), AuthTokens.basic("neo4j", password), null)) {
          assertThat(g.query("RETURN 1 AS one", Map.of()).get(0).get("one").asLong()).as("run " + run).isEqualTo(1);
        }
        RawHttp discovery = RawHttp.send(http, "GET", "/", Map.of("Accept", "application/json"), null);
        assertThat(discovery.body()).as("run " + run).contains(":" + bolt).doesNotContain(":7687");
      }
      assertThat(data.resolve("serve/passwd")).as("run " + run).doesNotExist();
    }
  }

  @Test
  void aServeThatFailsToStartLeavesNoPasswordFileBehind() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      assertThatThrownBy(() -> Server.start(new Server.Config(data, "127.0.0.1", EmbeddedNeo4j.freePort(), 0, taken.getLocalPort(), false, null)))
          .hasMessageContaining(String.valueOf(taken.getLocalPort()));
    }
    assertThat(data.resolve("serve/passwd")).doesNotExist();
    assertThat(data.resolve(ServeInfo.FILE)).doesNotExist();
  }

  @Test
  void everyListenerBindsToTheAddressGiven() throws Exception {
    try (Server server = Server.start(new Server.Config(data, "127.0.0.2", EmbeddedNeo4j.freePort(), EmbeddedNeo4j.freePort(), EmbeddedNeo4j.freePort(), false, null))) {
      ServeInfo info = server.info();
      assertThat(info.sparql()).startsWith("http://127.0.0.2:");
      for (String url : new String[] {info.bolt(), info.browser(), info.sparql()}) {
        assertThat(accepts("127.0.0.2", port(url))).as(url + " on the address given").isTrue();
        assertThat(accepts("127.0.0.1", port(url))).as(url + " on no other address").isFalse();
      }
    }
  }

  @Test
  void bindingToIpv6LoopbackPutsSparqlThereAndSaysSo() throws Exception {
    try (Server server = Server.start(new Server.Config(data, "::1", EmbeddedNeo4j.freePort(), 0, EmbeddedNeo4j.freePort(), false, null))) {
      String sparql = server.info().sparql();
      assertThat(sparql).startsWith("http://[::1]:");
      assertThat(accepts("::1", port(sparql))).isTrue();
      assertThat(accepts("127.0.0.1", port(sparql))).isFalse();
    }
  }

  private void writeServeJson(long pid, int boltPort) throws IOException {
    Map<String, Object> json = Map.of("pid", pid, "bolt", "bolt://127.0.0.1:" + boltPort, "browser", "http://127.0.0.1:1/browser/",
        "sparql", "http://127.0.0.1:1/partnergraph", "authenticated", false, "ingestUser", "u", "ingestPassword", "p");
    Files.createDirectories(data);
    new ObjectMapper().writeValue(data.resolve(ServeInfo.FILE).toFile(), json);
  }

  @Test
  void aServeJsonWhosePidIsGoneIsRemovedWithANote() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    writeServeJson(gone.pid(), EmbeddedNeo4j.freePort());
    assertThat(ServeInfo.running(data)).isEmpty();
    assertThat(data.resolve(ServeInfo.FILE)).doesNotExist();
  }

  @Test
  void aServeJsonWhosePidWasReusedButWhosePortIsSilentIsRemovedAndCommandsUseTheStores() throws Exception {
    writeServeJson(ProcessHandle.current().pid(), EmbeddedNeo4j.freePort()); // alive, but no server on that port
    CliRun run = CliRun.of("--data-dir", data.toString(), "cypher", "--format", "csv", "RETURN 1 AS one");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("1");
    assertThat(run.err()).contains("removed the stale").contains(ServeInfo.FILE).doesNotContain("unreachable");
    assertThat(data.resolve(ServeInfo.FILE)).doesNotExist();
  }
}
