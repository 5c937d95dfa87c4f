package org.partnergraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which Host and Origin a loopback serve accepts: its own names and pages, nothing else. */
class LocalOriginsTest {
  private final LocalOrigins policy = LocalOrigins.loopback("127.0.0.1", List.of(7474, 3030));

  @Test
  void acceptsEveryLoopbackNameWithOrWithoutAPortInAnyCase() {
    assertThat(List.of("127.0.0.1:3030", "localhost", "LOCALHOST:7474", "[::1]:3030")).allMatch(policy::hostAllowed);
  }

  @Test
  void refusesAForeignOrMissingHost() {
    assertThat(List.of("evil.example:3030", "evil.example", "127.0.0.1.evil.example", "", "localhost@evil.example")).noneMatch(policy::hostAllowed);
    assertThat(policy.hostAllowed(null)).isFalse();
  }

  @Test
  void acceptsNoOriginAndTheServersOwnPagesOnly() {
    assertThat(policy.originAllowed(null)).isTrue();
    assertThat(List.of("http://127.0.0.1:7474", "http://localhost:3030", "http://[::1]:7474")).allMatch(policy::originAllowed);
    assertThat(List.of("http://evil.example", "http://127.0.0.1:8080", "https://127.0.0.1:7474", "null")).noneMatch(policy::originAllowed);
  }

  @Test
  void acceptsTheBoundAddressBesideTheLoopbackNames() {
    LocalOrigins ipv6 = LocalOrigins.loopback("::1", List.of(7474));
    assertThat(ipv6.hostAllowed("[::1]:7687")).isTrue();
    LocalOrigins other = LocalOrigins.loopback("127.0.0.2", List.of(7474));
    assertThat(other.hostAllowed("127.0.0.2:7474")).isTrue();
    assertThat(other.originAllowed("http://127.0.0.2:7474")).isTrue();
  }

  @Test
  void offLoopbackAuthenticationGuardsInsteadSoAnyNameIsAccepted() {
    assertThat(LocalOrigins.OPEN.hostAllowed("partnergraph.example.org:7474")).isTrue();
    assertThat(LocalOrigins.OPEN.originAllowed("http://partnergraph.example.org:7474")).isTrue();
  }
}
