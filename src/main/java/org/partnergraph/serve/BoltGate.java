package org.partnergraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.partnergraph.model.StoreException;

/**
 * The public Bolt port of {@code serve}, in front of Neo4j's own (on a private loopback port).
 * Neo4j accepts Bolt over WebSocket from any web page, and has no setting to check where the
 * page came from; the gate passes plain Bolt through untouched and a WebSocket upgrade only when
 * its {@code Origin} and {@code Host} pass {@link LocalOrigins}, so a page on another site cannot
 * run Cypher against a loopback server that has no password, while Neo4j Browser served by the
 * same process still connects.
 */
final class BoltGate implements AutoCloseable {
  /** The four bytes every plain Bolt connection starts with. */
  private static final byte[] BOLT_MAGIC = {0x60, 0x60, (byte) 0xB0, 0x17};
  private static final int MAX_HEAD_BYTES = 16 * 1024;
  private static final int HANDSHAKE_MILLIS = 30_000;

  private final ServerSocket listener;
  private final InetSocketAddress target;
  private final LocalOrigins policy;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "partnergraph-bolt-gate");
    t.setDaemon(true);
    return t;
  });
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();

  private BoltGate(ServerSocket listener, InetSocketAddress target, LocalOrigins policy) {
    this.listener = listener;
    this.target = target;
    this.policy = policy;
  }

  /** Listens on {@code host:port} and forwards what it admits to Neo4j's Bolt at {@code target}. */
  static BoltGate open(String host, int port, InetSocketAddress target, LocalOrigins policy) {
    try {
      ServerSocket listener = new ServerSocket();
      listener.setReuseAddress(true);
      listener.bind(new InetSocketAddress(InetAddress.getByName(host), port), 128);
      BoltGate gate = new BoltGate(listener, target, policy);
      gate.threads.execute(gate::acceptLoop);
      return gate;
    } catch (IOException e) {
      throw new StoreException("cannot listen for Bolt on " + host + ":" + port + ": " + e.getMessage(), e);
    }
  }

  int port() {
    return listener.getLocalPort();
  }

  private void acceptLoop() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        open.add(client);
        threads.execute(() -> serve(client));
      } catch (IOException e) {
        if (listener.isClosed()) {
          return;
        }
      }
    }
  }

  private void serve(Socket client) {
    Socket server = null;
    try {
      client.setSoTimeout(HANDSHAKE_MILLIS);
      InputStream in = client.getInputStream();
      byte[] first = in.readNBytes(4);
      byte[] head = first;
      if (!Arrays.equals(first, BOLT_MAGIC)) {
        head = readHttpHead(in, first);
        if (head == null || !admitted(new String(head, StandardCharsets.ISO_8859_1))) {
          refuse(client);
          return;
        }
      }
      client.setSoTimeout(0);
      server = new Socket();
      open.add(server);
      server.connect(target, 10_000);
      server.getOutputStream().write(head);
      server.getOutputStream().flush();
      Socket upstream = server;
      threads.execute(() -> pipe(upstream, client));
      pipe(client, upstream);
    } catch (IOException e) {
      close(client);
      close(server);
    }
  }

  /** The request head up to and including the blank line, or null if it is not one. */
  private static byte[] readHttpHead(InputStream in, byte[] first) throws IOException {
    byte[] head = Arrays.copyOf(first, MAX_HEAD_BYTES);
    int n = first.length;
    try {
      while (n < MAX_HEAD_BYTES) {
        if (n >= 4 && head[n - 4] == '\r' && head[n - 3] == '\n' && head[n - 2] == '\r' && head[n - 1] == '\n') {
          return Arrays.copyOf(head, n);
        }
        int b = in.read();
        if (b < 0) {
          return null;
        }
        head[n++] = (byte) b;
      }
    } catch (SocketTimeoutException e) {
      return null;
    }
    return null;
  }

  /** Whether an HTTP request (the WebSocket upgrade of Neo4j Browser) comes from this server's own pages. */
  private boolean admitted(String head) {
    String host = null;
    String origin = null;
    for (String line : head.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (name.equals("host")) {
        host = value;
      } else if (name.equals("origin")) {
        origin = value;
      }
    }
    return policy.hostAllowed(host) && policy.originAllowed(origin);
  }

  private void refuse(Socket client) {
    try {
      OutputStream out = client.getOutputStream();
      out.write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
    } catch (IOException ignored) {
      // the client has gone: nothing to tell it
    } finally {
      close(client);
    }
  }

  /** Copies one direction until either side ends, then ends the connection both ways. */
  private void pipe(Socket from, Socket to) {
    try {
      from.getInputStream().transferTo(to.getOutputStream());
    } catch (IOException ignored) {
      // a side closed or reset: the connection is over
    } finally {
      close(from);
      close(to);
    }
  }

  private void close(Socket s) {
    if (s == null) {
      return;
    }
    open.remove(s);
    try {
      s.close();
    } catch (IOException ignored) {
      // already closed
    }
  }

  @Override
  public void close() {
    try {
      listener.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    open.forEach(this::close);
    threads.shutdownNow();
  }
}
