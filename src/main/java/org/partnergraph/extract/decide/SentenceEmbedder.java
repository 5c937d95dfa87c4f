package org.partnergraph.extract.decide;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantized, 384 dimensions), which ships inside its
 * Maven Central jar and runs offline in ONNX Runtime: nothing is downloaded at run time. "Inked a
 * deal on local assembly" lands near "signed an agreement to assemble", which no cue list covers.
 *
 * <p>Embedding a sentence costs tens of milliseconds, far more than the rules spend on a whole
 * article, so each distinct sentence of a call goes to the model once, and the vectors are kept in
 * a bounded least-recently-used cache keyed by the sentence's SHA-256 (syndicated copies, reruns
 * and {@code evaluate --compare} meet the same sentences again). The model embeds every sentence
 * on its own, so a vector does not depend on what else was in the call or in the cache: the
 * facts are the same with the cache as without. Thread-safe; the model is asked outside the lock.
 */
public final class SentenceEmbedder {
  public static final int DIMENSIONS = 384;
  /** About 12 MB of vectors (1.5 KB each): a night's new sentences rarely come back, so more buys little under -Xmx512m. */
  public static final int DEFAULT_CAPACITY = 8_192;

  /** What turns sentences into vectors, one per sentence in order: the ONNX model, or a stand-in in tests. */
  @FunctionalInterface
  public interface Encoder {
    List<float[]> encode(List<String> sentences);
  }

  private static final SentenceEmbedder SHARED = new SentenceEmbedder(SentenceEmbedder::miniLm, DEFAULT_CAPACITY);
  private static volatile EmbeddingModel model;

  private final Encoder encoder;
  private final Map<Digest, float[]> cache;

  /** A 256-bit SHA-256 of a sentence's UTF-8: a 32-byte key instead of the sentence itself. */
  private record Digest(long a, long b, long c, long d) {
    static Digest of(String sentence) {
      try {
        ByteBuffer h = ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(sentence.getBytes(StandardCharsets.UTF_8)));
        return new Digest(h.getLong(), h.getLong(), h.getLong(), h.getLong());
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every JDK has SHA-256", e);
      }
    }
  }

  /**
   * @param encoder what embeds the sentences the cache does not hold
   * @param capacity how many vectors the cache keeps; the least recently used goes first
   */
  public SentenceEmbedder(Encoder encoder, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("the cache should hold at least one vector: " + capacity);
    }
    this.encoder = encoder;
    this.cache = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Digest, float[]> eldest) {
        return size() > capacity;
      }
    };
  }

  /** The one the extractors share in a JVM: the model loads once, and what one extractor embedded another reuses. */
  public static SentenceEmbedder shared() {
    return SHARED;
  }

  /** The bundled model as an encoder, with no cache in front: for an embedder of one's own (a benchmark's cold cache). */
  public static Encoder bundledModel() {
    return SentenceEmbedder::miniLm;
  }

  /** One vector per sentence, in order; each distinct sentence not in the cache goes to the encoder once. */
  public List<float[]> embed(List<String> sentences) {
    List<Digest> keys = sentences.stream().map(Digest::of).toList();
    Map<Digest, float[]> found = new LinkedHashMap<>();
    Map<Digest, String> missing = new LinkedHashMap<>();
    synchronized (cache) {
      for (int i = 0; i < sentences.size(); i++) {
        Digest k = keys.get(i);
        float[] v = cache.get(k);
        if (v != null) {
          found.put(k, v);
        } else {
          missing.putIfAbsent(k, sentences.get(i));
        }
      }
    }
    if (!missing.isEmpty()) {
      List<float[]> vectors = encoder.encode(List.copyOf(missing.values()));
      if (vectors.size() != missing.size()) {
        throw new IllegalStateException("the encoder returned " + vectors.size() + " vectors for " + missing.size() + " sentences");
      }
      int i = 0;
      for (Digest k : missing.keySet()) {
        found.put(k, vectors.get(i++));
      }
      synchronized (cache) {
        missing.keySet().forEach(k -> cache.put(k, found.get(k)));
      }
    }
    List<float[]> out = new ArrayList<>(sentences.size());
    keys.forEach(k -> out.add(found.get(k)));
    return out;
  }

  /** How many vectors the cache holds now. */
  public int cached() {
    synchronized (cache) {
      return cache.size();
    }
  }

  /**
   * all-MiniLM-L6-v2 on the sentences. langchain4j embeds each on its own (no padded batch, so no
   * vector depends on its neighbours) and spreads a call of several over one thread per core.
   */
  private static List<float[]> miniLm(List<String> sentences) {
    return model().embedAll(sentences.stream().map(TextSegment::from).toList()).content().stream().map(e -> e.vector()).toList();
  }

  private static EmbeddingModel model() {
    if (model == null) {
      synchronized (SentenceEmbedder.class) {
        if (model == null) {
          model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        }
      }
    }
    return model;
  }
}
