package org.partnergraph.serve;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who may talk to a {@code serve}: a request whose {@code Host} names this machine (a loopback
 * name or the bound address) and whose {@code Origin}, when a browser sends one, is one of this
 * server's own pages. A page on any other site, or reached through a rebound DNS name, is refused,
 * so that "loopback, no password" does not mean "open to every web page the analyst has open".
 *
 * <p>Only a loopback server, which has no password, is guarded so: off loopback, authentication
 * is on and the server is meant to be reached under names this process cannot know.
 *
 * @param open whether any Host and Origin is accepted (a server off loopback)
 * @param hosts host names accepted in {@code Host}, lower case, IPv6 in brackets
 * @param origins origins accepted in {@code Origin} ({@code http://host:port})
 */
record LocalOrigins(boolean open, Set<String> hosts, Set<String> origins) {
  /** The policy of a server off loopback, where authentication guards it instead. */
  static final LocalOrigins OPEN = new LocalOrigins(true, Set.of(), Set.of());

  /** The names every loopback client may use for this machine. */
  static final List<String> LOOPBACK_NAMES = List.of("localhost", "127.0.0.1", "[::1]");

  /** The policy for a loopback server bound to {@code bind} whose own pages are served on {@code ports}. */
  static LocalOrigins loopback(String bind, List<Integer> ports) {
    Set<String> hosts = new LinkedHashSet<>(LOOPBACK_NAMES);
    hosts.add(hostForUrl(bind).toLowerCase(Locale.ROOT));
    Set<String> origins = new LinkedHashSet<>();
    for (String name : hosts) {
      for (int port : ports) {
        if (port > 0) {
          origins.add("http://" + name + ":" + port);
        }
      }
    }
    return new LocalOrigins(false, Set.copyOf(hosts), Set.copyOf(origins));
  }

  /** Whether a {@code Host} header (name and optional port) names this machine. */
  boolean hostAllowed(String hostHeader) {
    if (open) {
      return true;
    }
    if (hostHeader == null || hostHeader.isBlank()) {
      return false;
    }
    try {
      String name = URI.create("http://" + hostHeader.strip()).getHost();
      return name != null && hosts.contains(name.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Whether an {@code Origin} header is absent (not a browser page) or one of this server's own. */
  boolean originAllowed(String origin) {
    return open || origin == null || origins.contains(origin.strip().toLowerCase(Locale.ROOT));
  }

  static String hostForUrl(String bind) {
    return bind.equals("0.0.0.0") ? "127.0.0.1" : bind.contains(":") && !bind.startsWith("[") ? "[" + bind + "]" : bind;
  }
}
