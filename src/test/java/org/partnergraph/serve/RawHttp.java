package org.partnergraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 request written by hand, so that a test can send the {@code Host} and
 * {@code Origin} a hostile page or a rebound DNS name would (java.net.http forbids setting Host).
 */
record RawHttp(int status, String head, String body) {
  static RawHttp send(int port, String method, String path, Map<String, String> headers, String body) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(30_000);
      byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
      if (!headers.containsKey("Host")) {
        request.append("Host: 127.0.0.1:").append(port).append("\r\n");
      }
      headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
      request.append("Content-Length: ").append(payload.length).append("\r\nConnection: close\r\n\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(payload);
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int split = response.indexOf("\r\n\r\n");
      String head = split < 0 ? response : response.substring(0, split);
      int status = Integer.parseInt(head.split(" ", 3)[1]);
      return new RawHttp(status, head, split < 0 ? "" : response.substring(split + 4));
    }
  }

  /**
   * A WebSocket upgrade request (what Neo4j Browser sends to the Bolt port); only the status of
   * the answer is read, since an accepted upgrade keeps the connection open.
   */
  static int webSocketUpgrade(int port, Map<String, String> headers) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(30_000);
      StringBuilder request = new StringBuilder("GET / HTTP/1.1\r\n");
      if (!headers.containsKey("Host")) {
        request.append("Host: 127.0.0.1:").append(port).append("\r\n");
      }
      headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
      request.append("Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
      socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      StringBuilder line = new StringBuilder();
      InputStream in = socket.getInputStream();
      for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
        line.append((char) b);
      }
      String[] parts = line.toString().split(" ", 3);
      return parts.length < 2 ? -1 : Integer.parseInt(parts[1]);
    }
  }

  /** The value of a response header, or null. */
  String header(String name) {
    for (String line : head.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return line.substring(colon + 1).strip();
      }
    }
    return null;
  }
}
