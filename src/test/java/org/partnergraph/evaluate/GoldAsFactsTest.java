package org.partnergraph.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.extract.annotation.AnnotationFacts;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.rdf.ShapeGate;
import org.partnergraph.reference.ReferenceData;

/**
 * The one converter from the annotation format to facts, held against the scorer: every dev gold
 * file, turned into facts, must score as a perfect extraction of itself and pass the shape gate.
 * A converter that drops, misresolves or mis-keys anything fails here.
 */
class GoldAsFactsTest {
  private static final AnnotationFacts.Provenance GOLD = new AnnotationFacts.Provenance("gold", "gold", 1.0);

  @Test
  void everyDevGoldFileTurnedIntoFactsScoresPerfectlyAgainstItself() {
    AnnotationFacts converter = new AnnotationFacts(ReferenceData.bundled());
    ShapeGate gate = new ShapeGate();
    Score total = new Score();
    List<String> rejected = new ArrayList<>();
    for (Evaluation.Annotated a : Evaluation.read(Path.of("src/test/resources/eval/dev"))) {
      ArticleFacts facts = converter.toFacts(a.gold(), a.article(), GOLD);
      gate.check(facts).violations().forEach(problem -> rejected.add(a.gold().article() + ": " + problem));
      total.add(Evaluator.score(facts, a.gold()));
    }
    assertThat(rejected).isEmpty();
    // no gold relation is one the schema forbids (a plant LOCATED_IN a country): nothing is left out
    assertThat(total.relations.misses()).isEmpty();
    assertThat(total.relations.falsePositives()).isEmpty();
    assertThat(total.partnerships.misses()).isEmpty();
    assertThat(total.partnerships.falsePositives()).isEmpty();
    assertThat(total.metrics.misses()).isEmpty();
    assertThat(total.metrics.falsePositives()).isEmpty();
    // the reference data holds Hyundai Motor Group and Hyundai Motor Company as one automaker: one entity, as the rules find it
    assertThat(total.entities.misses()).containsExactly("Automaker: Hyundai Motor Company");
  }
}
