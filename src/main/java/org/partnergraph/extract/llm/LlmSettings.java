package org.partnergraph.extract.llm;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

/**
 * Where the language model is and how long to wait for it, from the environment only, so that a
 * key never lands in a crontab line, a shell history or a report.
 *
 * @param apiKey sent as a bearer token when set; never printed ({@link #toString()} hides it)
 * @param maxChars the longest part of an article sent in one request; longer ones are split on paragraphs
 * @param cacheDir where answers are kept between runs, or {@code null} for none
 * @param maxTokens once the server has reported this many tokens in a run, no more requests are
 *     sent (the articles left are rejected and asked about next run); 0 for no limit
 */
public record LlmSettings(URI baseUrl, String model, String apiKey, Duration timeout, int maxChars, Path cacheDir, long maxTokens) {
  public static final String BASE_URL = "PARTNERGRAPH_LLM_BASE_URL";
  public static final String MODEL = "PARTNERGRAPH_LLM_MODEL";
  public static final String API_KEY = "PARTNERGRAPH_LLM_API_KEY";
  public static final String TIMEOUT = "PARTNERGRAPH_LLM_TIMEOUT";
  public static final String MAX_CHARS = "PARTNERGRAPH_LLM_MAX_CHARS";

  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
  static final int DEFAULT_MAX_CHARS = 12_000;

  /**
   * The settings from {@code environment}; a missing URL or model is the user's to fix, so it is an
   * {@link IllegalArgumentException} (a usage error) naming the variable to set.
   */
  public static LlmSettings from(Function<String, String> environment, Path cacheDir) {
    String base = required(environment, BASE_URL, "the endpoint, e.g. http://127.0.0.1:11434/v1");
    String model = required(environment, MODEL, "the model name, e.g. qwen2.5:7b-instruct");
    URI uri;
    try {
      uri = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(BASE_URL + " is not a URL: " + base);
    }
    if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
      throw new IllegalArgumentException(BASE_URL + " should be an http:// or https:// URL: " + base);
    }
    String key = environment.apply(API_KEY);
    Duration timeout = DEFAULT_TIMEOUT;
    String t = environment.apply(TIMEOUT);
    if (t != null && !t.isBlank()) {
      timeout = Duration.ofMillis(Math.round(positive(TIMEOUT, t) * 1000));
    }
    int maxChars = DEFAULT_MAX_CHARS;
    String m = environment.apply(MAX_CHARS);
    if (m != null && !m.isBlank()) {
      maxChars = (int) Math.max(500, positive(MAX_CHARS, m));
    }
    return new LlmSettings(uri, model, key == null || key.isBlank() ? null : key, timeout, maxChars, cacheDir, 0);
  }

  private static String required(Function<String, String> environment, String name, String what) {
    String v = environment.apply(name);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException("the llm extractor needs " + name + " set to " + what);
    }
    return v.strip();
  }

  private static double positive(String name, String value) {
    try {
      double d = Double.parseDouble(value.strip());
      if (d > 0) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(name + " should be a positive number: " + value);
  }

  public LlmSettings withMaxTokens(long budget) {
    if (budget < 0) {
      throw new IllegalArgumentException("--llm-max-tokens should be 0 (no limit) or more: " + budget);
    }
    return new LlmSettings(baseUrl, model, apiKey, timeout, maxChars, cacheDir, budget);
  }

  @Override
  public String toString() {
    return "LlmSettings[" + baseUrl + ", " + model + ", key " + (apiKey == null ? "none" : "set") + ", " + timeout + ", " + maxChars + "]";
  }
}
