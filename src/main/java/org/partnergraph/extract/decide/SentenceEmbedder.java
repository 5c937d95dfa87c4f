package org.partnergraph.extract.decide;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantized, 384 dimensions), which ships inside its
 * Maven Central jar and runs offline in ONNX Runtime: nothing is downloaded at run time. "Inked a
 * deal on local assembly" lands near "signed an agreement to assemble", which no cue list covers.
 * The model loads once per JVM (about a second); sentences already embedded come from a cache.
 */
public final class SentenceEmbedder {
  public static final int DIMENSIONS = 384;
  private static volatile EmbeddingModel model;
  private static final Map<String, float[]> CACHE = new ConcurrentHashMap<>();
  private static final int CACHE_LIMIT = 50_000;

  private SentenceEmbedder() {}

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

  /** One vector per sentence, in order; each distinct sentence is embedded once. */
  public static List<float[]> embed(List<String> sentences) {
    Map<String, float[]> missing = new LinkedHashMap<>();
    for (String s : sentences) {
      if (!CACHE.containsKey(s)) {
        missing.put(s, null);
      }
    }
    if (!missing.isEmpty()) {
      List<String> texts = new ArrayList<>(missing.keySet());
      var vectors = model().embedAll(texts.stream().map(TextSegment::from).toList()).content();
      if (CACHE.size() > CACHE_LIMIT) {
        CACHE.clear(); // a long nightly run: bounded memory beats a perfect cache
      }
      for (int i = 0; i < texts.size(); i++) {
        CACHE.put(texts.get(i), vectors.get(i).vector());
      }
    }
    List<float[]> out = new ArrayList<>(sentences.size());
    sentences.forEach(s -> out.add(CACHE.get(s)));
    return out;
  }
}
