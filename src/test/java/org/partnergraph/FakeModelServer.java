package org.partnergraph;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * An OpenAI-compatible chat completions server on loopback that answers with crafted responses
 * (src/test/resources/llm, written by hand), so the llm extractor's plumbing is tested with no
 * model running. Records every request it receives.
 */
public final class FakeModelServer implements AutoCloseable {

  /** One crafted response: a status, headers, a body, and how long to stall before sending it. */
  public record Reply(int status, Map<String, String> headers, String body, long delayMillis) {
    /** A 200 whose {@code choices[0].message.content} is {@code content}. */
    public static Reply content(String content) {
      ObjectNode root = JSON.createObjectNode();
      ObjectNode message = root.putArray("choices").addObject().putObject("message");
      message.put("role", "assistant").put("content", content);
      root.putObject("usage").put("prompt_tokens", 1000).put("completion_tokens", 200);
      return new Reply(200, Map.of("Content-Type", "application/json"), root.toString(), 0);
    }

    public static Reply status(int status, Map<String, String> headers) {
      return new Reply(status, headers, "{\"error\": {\"message\": \"crafted " + status + "\"}}", 0);
    }

    public Reply after(long millis) {
      return new Reply(status, headers, body, millis);
    }
  }

  /** A request as received: its body and its Authorization header. */
  public record Request(String body, String authorization) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  /** Answers each request with what {@code replies} gives for it (the request number starts at 0). */
  public FakeModelServer(Function<Integer, Function<String, Reply>> replies) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/v1/chat/completions", exchange -> {
      String body;
      try (InputStream in = exchange.getRequestBody()) {
        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      int n = requests.size();
      requests.add(new Request(body, exchange.getRequestHeaders().getFirst("Authorization")));
      Reply reply = replies.apply(n).apply(body);
      try {
        Thread.sleep(reply.delayMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
      byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
      try {
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      } catch (IOException e) {
        // the client gave up (a timeout test): nothing to answer
      }
    });
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
  }

  /** The base URL the extractor is given, {@code http://127.0.0.1:PORT/v1}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  /** A crafted answer from src/test/resources/llm. */
  public static String fixture(String name) {
    try (InputStream in = FakeModelServer.class.getResourceAsStream("/llm/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no such llm fixture: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
