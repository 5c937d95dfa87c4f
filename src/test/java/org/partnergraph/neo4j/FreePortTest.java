package org.partnergraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ports picked for the embedded servers: outside the systems' ephemeral ranges, free, and never the same twice in a row. */
class FreePortTest {
  @Test
  void aPickedPortLiesBelowTheEphemeralRangesAndCanBeBound() throws IOException {
    for (int i = 0; i < 20; i++) {
      int port = EmbeddedNeo4j.freePort();
      assertThat(port).isBetween(EmbeddedNeo4j.FIRST_PICKED_PORT, EmbeddedNeo4j.LAST_PICKED_PORT).isLessThan(32_768);
      try (ServerSocket s = new ServerSocket()) {
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
      }
    }
  }

  @Test
  void picksInARowNeverAgree() {
    List<Integer> picked = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      picked.add(EmbeddedNeo4j.freePort());
    }
    assertThat(new HashSet<>(picked)).hasSize(picked.size());
  }

  @Test
  void aPortSomethingListensOnIsNotPicked() throws IOException {
    List<ServerSocket> held = new ArrayList<>();
    try {
      for (int port = EmbeddedNeo4j.FIRST_PICKED_PORT; port < EmbeddedNeo4j.FIRST_PICKED_PORT + 200; port++) {
        ServerSocket s = new ServerSocket();
        try {
          s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
          held.add(s);
        } catch (IOException taken) {
          s.close();
        }
      }
      List<Integer> heldPorts = held.stream().map(ServerSocket::getLocalPort).toList();
      for (int i = 0; i < 500; i++) { // with 200 of the range's ports held, about 8 draws land on one
        assertThat(heldPorts).doesNotContain(EmbeddedNeo4j.freePort());
      }
    } finally {
      for (ServerSocket s : held) {
        s.close();
      }
    }
  }
}
