package org.partnergraph.extract.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code POST {base}/chat/completions} on any OpenAI-compatible server (Ollama, llama.cpp, vLLM,
 * a hosted API). A timeout, a refused connection, 429 or 5xx is tried again, {@value #TRIES} tries
 * in all, waiting what {@code Retry-After} asks or a doubling backoff; then the article fails.
 */
final class ChatClient {
  static final int TRIES = 3;
  private static final Duration LONGEST_WAIT = Duration.ofSeconds(60);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the server answered: the message content and the tokens it reports, 0 when it reports none. */
  record Answer(String content, long promptTokens, long completionTokens) {}

  private final LlmSettings settings;
  private final Duration firstBackoff;
  private final HttpClient http;

  ChatClient(LlmSettings settings, Duration firstBackoff) {
    this.settings = settings;
    this.firstBackoff = firstBackoff;
    this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
  }

  Answer complete(ObjectNode request) {
    URI uri = URI.create(settings.baseUrl() + "/chat/completions");
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
        .timeout(settings.timeout())
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(request.toString(), StandardCharsets.UTF_8));
    if (settings.apiKey() != null) {
      builder.header("Authorization", "Bearer " + settings.apiKey());
    }
    HttpRequest httpRequest = builder.build();
    String last = "";
    Duration backoff = firstBackoff;
    for (int attempt = 1; attempt <= TRIES; attempt++) {
      Duration wait = backoff;
      try {
        HttpResponse<String> response = http.send(httpRequest, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        int status = response.statusCode();
        if (status / 100 == 2) {
          return answer(response.body());
        }
        last = "HTTP " + status + " from " + uri;
        if (status != 429 && status / 100 != 5) {
          throw new LlmException(last + ": " + firstLine(response.body()));
        }
        wait = retryAfter(response).orElse(backoff);
      } catch (HttpTimeoutException e) {
        last = "no answer from " + uri + " within " + settings.timeout().toSeconds() + " s";
      } catch (IOException e) {
        last = "cannot reach " + uri + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new LlmException("interrupted while asking " + uri);
      }
      if (attempt < TRIES) {
        sleep(wait);
        backoff = backoff.multipliedBy(2);
      }
    }
    throw new LlmException(last + " (" + TRIES + " tries)");
  }

  private static Answer answer(String body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException e) {
      throw new LlmException("the server's response is not JSON: " + firstLine(body));
    }
    JsonNode content = root.path("choices").path(0).path("message").path("content");
    if (!content.isTextual()) {
      throw new LlmException("the server's response has no choices[0].message.content: " + firstLine(body));
    }
    JsonNode usage = root.path("usage");
    return new Answer(content.asText(), usage.path("prompt_tokens").asLong(0), usage.path("completion_tokens").asLong(0));
  }

  /** {@code Retry-After} in seconds (the form model servers send), capped so one answer cannot stall a night. */
  private static Optional<Duration> retryAfter(HttpResponse<?> response) {
    return response.headers().firstValue("Retry-After").flatMap(v -> {
      try {
        Duration d = Duration.ofMillis(Math.round(Double.parseDouble(v.strip()) * 1000));
        return Optional.of(d.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : d.isNegative() ? Duration.ZERO : d);
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    });
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LlmException("interrupted while waiting to retry");
    }
  }

  private static String firstLine(String s) {
    if (s == null || s.isBlank()) {
      return "(empty)";
    }
    String line = s.strip().lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}
