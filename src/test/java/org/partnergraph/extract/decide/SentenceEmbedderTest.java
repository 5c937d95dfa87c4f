package org.partnergraph.extract.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.model.Article;

/** The cache in front of the model, through a stand-in encoder that records what it is asked to embed. */
class SentenceEmbedderTest {
  /** Records every call; a sentence's vector starts with its length, so a vector shows which sentence it belongs to. */
  private static final class CountingEncoder implements SentenceEmbedder.Encoder {
    final List<List<String>> calls = new ArrayList<>();

    @Override
    public List<float[]> encode(List<String> sentences) {
      calls.add(List.copyOf(sentences));
      return sentences.stream().map(s -> {
        float[] v = new float[SentenceEmbedder.DIMENSIONS];
        v[0] = s.length();
        return v;
      }).toList();
    }

    int sentencesEmbedded() {
      return calls.stream().mapToInt(List::size).sum();
    }
  }

  @Test
  void theSameSentenceTwiceInOneCallIsEmbeddedOnce() {
    CountingEncoder encoder = new CountingEncoder();
    List<float[]> vectors = new SentenceEmbedder(encoder, 10).embed(List.of("Geely opened a plant.", "It employs 900.", "Geely opened a plant."));
    assertThat(encoder.calls).containsExactly(List.of("Geely opened a plant.", "It employs 900."));
    assertThat(vectors).extracting(v -> v[0]).containsExactly(21f, 15f, 21f);
  }

  @Test
  void aSentenceEmbeddedInAnEarlierCallComesFromTheCache() {
    CountingEncoder encoder = new CountingEncoder();
    SentenceEmbedder embedder = new SentenceEmbedder(encoder, 10);
    embedder.embed(List.of("Geely opened a plant."));
    List<float[]> again = embedder.embed(List.of("Geely opened a plant.", "Haval signed."));
    assertThat(encoder.calls).containsExactly(List.of("Geely opened a plant."), List.of("Haval signed."));
    assertThat(again).extracting(v -> v[0]).containsExactly(21f, 13f);
  }

  @Test
  void aCallWhoseSentencesAreAllCachedDoesNotReachTheEncoder() {
    CountingEncoder encoder = new CountingEncoder();
    SentenceEmbedder embedder = new SentenceEmbedder(encoder, 10);
    embedder.embed(List.of("a", "b"));
    embedder.embed(List.of("b", "a", "b"));
    embedder.embed(List.of());
    assertThat(encoder.calls).hasSize(1);
  }

  @Test
  void theCacheKeepsAtMostItsCapacityAndDropsTheLeastRecentlyUsed() {
    CountingEncoder encoder = new CountingEncoder();
    SentenceEmbedder embedder = new SentenceEmbedder(encoder, 2);
    embedder.embed(List.of("one"));
    embedder.embed(List.of("two"));
    embedder.embed(List.of("one")); // "one" is now the most recently used
    embedder.embed(List.of("three")); // evicts "two"
    assertThat(embedder.cached()).isEqualTo(2);
    assertThat(encoder.sentencesEmbedded()).isEqualTo(3);
    embedder.embed(List.of("one", "three"));
    assertThat(encoder.sentencesEmbedded()).isEqualTo(3);
    embedder.embed(List.of("two"));
    assertThat(encoder.sentencesEmbedded()).isEqualTo(4);
  }

  @Test
  void sentencesThatDifferOnlyInCaseOrSpacingAreDifferentSentences() {
    CountingEncoder encoder = new CountingEncoder();
    SentenceEmbedder embedder = new SentenceEmbedder(encoder, 10);
    embedder.embed(List.of("Geely opened a plant.", "geely opened a plant.", "Geely opened a plant. "));
    assertThat(encoder.sentencesEmbedded()).isEqualTo(3);
  }

  @Test
  void theLearnedExtractorEmbedsEachSentenceOfAnArticleOnceAndNothingOnARerun() {
    CountingEncoder encoder = new CountingEncoder();
    SentenceEmbedder embedder = new SentenceEmbedder(encoder, 100);
    LearnedExtractor extractor = new LearnedExtractor(DecisionModel.bundled("/models/model-2.json"), embedder);
    Article article = new Article("kaluga-1", "Kaluga courts Chinese carmakers",
        "The governor of the Kaluga region, Vladislav Shapsha, visited the Geely plant in Minsk on Tuesday. "
            + "The governor of the Kaluga region, Vladislav Shapsha, said the Kaluga region and Geely signed an agreement on local assembly.",
        null, "Wire", "2024-05-17", "test");
    extractor.extract(article);
    assertThat(encoder.calls).hasSize(1);
    assertThat(encoder.calls.get(0)).doesNotHaveDuplicates();
    extractor.extract(article);
    assertThat(encoder.calls).hasSize(1);
  }
}
