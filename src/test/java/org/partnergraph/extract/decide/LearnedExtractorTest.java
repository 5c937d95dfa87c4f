package org.partnergraph.extract.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partnergraph.extract.RuleExtractor;
import org.partnergraph.model.Article;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.Relation;

/** The bundled model with the real embedding model: rules propose, the model keeps a subset, with probabilities. */
class LearnedExtractorTest {
  private static final Article ARTICLE = new Article("kaluga-1", "Kaluga courts Chinese carmakers",
      "The governor of the Kaluga region, Vladislav Shapsha, visited the Geely plant in Minsk on Tuesday. "
          + "He said the region is in talks with a Chinese automaker on local assembly of crossovers. "
          + "The Kaluga region has more than 120 component suppliers and produced 180,000 cars last year.",
      null, "Wire", "2024-05-17", "test");

  @Test
  void keepsOnlyWhatTheRulesProposedAndGivesEachFactTheModelsProbability() {
    DecisionModel model = DecisionModel.bundled("/models/model-1.json");
    ArticleFacts proposed = new RuleExtractor(RuleExtractor.FIRST_PROPOSER).extract(ARTICLE);
    ArticleFacts decided = new LearnedExtractor(model).extract(ARTICLE);
    assertThat(decided.extractor()).isEqualTo("model/1");
    Set<String> proposedKeys = proposed.relations().stream().map(Relation::key).collect(Collectors.toSet());
    assertThat(decided.relations()).isNotEmpty().allSatisfy(r -> {
      assertThat(proposedKeys).contains(r.key());
      assertThat(r.confidence()).isBetween(0.0, 1.0);
      assertThat(r.rule()).isNotBlank();
    });
  }

  @Test
  void aWrittenModelReadsBackToTheSameDecisions() throws Exception {
    DecisionModel model = DecisionModel.bundled("/models/model-1.json");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.write(out);
    DecisionModel back = DecisionModel.read(new ByteArrayInputStream(out.toByteArray()));
    assertThat(back.name()).isEqualTo(model.name());
    assertThat(new LearnedExtractor(back).extract(ARTICLE).relations()).isEqualTo(new LearnedExtractor(model).extract(ARTICLE).relations());
  }

  @Test
  void aModelWithoutARelationDeciderKeepsTheRulesRelationsAtTheirRulesCalibratedPrecision() {
    DecisionModel model = DecisionModel.bundled("/models/model-4.json");
    assertThat(model.deciders()).doesNotContainKey(Candidate.Group.RELATION);
    assertThat(model.relationCalibration().isEmpty()).isFalse();
    ArticleFacts proposed = new RuleExtractor(RuleExtractor.FIRST_PROPOSER).extract(ARTICLE);
    ArticleFacts decided = new LearnedExtractor(model).extract(ARTICLE);
    Relation governs = decided.relations().stream().filter(r -> r.rule().equals("governs.titled")).findFirst().orElseThrow();
    Relation proposedGoverns = proposed.relations().stream().filter(r -> r.key().equals(governs.key())).findFirst().orElseThrow();
    assertThat(governs.confidence())
        .isEqualTo(model.relationCalibration().probability("governs.titled", proposedGoverns.confidence()))
        .isNotEqualTo(proposedGoverns.confidence());
    assertThat(decided.relations().stream().filter(r -> Candidates.DECIDED_RELATIONS.contains(r.type())).map(Relation::key))
        .containsExactlyInAnyOrderElementsOf(proposed.relations().stream()
            .filter(r -> Candidates.DECIDED_RELATIONS.contains(r.type())).map(Relation::key).toList());
  }

  @Test
  void model5DecidesAHostCountryCandidateForAForeignMakersPlantAndOlderModelsNeverSeeOne() {
    Article article = new Article("hyundai-1", "Hyundai plant in Alabama hits milestone",
        "The Hyundai plant in Montgomery, Alabama, built its five-millionth vehicle on Monday, the company said.",
        null, "Wire", "2024-05-17", "test");
    ArticleFacts rules = new RuleExtractor(RuleExtractor.FIRST_PROPOSER).extract(article);
    DecisionModel five = DecisionModel.bundled("/models/model-5.json");
    DecisionModel four = DecisionModel.bundled("/models/model-4.json");
    assertThat(five.hostCountryCandidates()).isTrue();
    assertThat(four.hostCountryCandidates()).isFalse();
    assertThat(four.proposals(rules)).isSameAs(rules);
    long candidates = five.proposals(rules).relations().stream().filter(r -> r.rule().equals(HostCountryCandidates.RULE)).count();
    assertThat(candidates).as("the rules' facts place Hyundai's plant in the United States").isGreaterThan(0);
    java.util.List<Candidate> decided = new Candidates(new org.partnergraph.extract.Cues(), true).of(five.proposals(rules)).stream()
        .filter(c -> c.rule().equals(HostCountryCandidates.RULE)).toList();
    assertThat(decided).isNotEmpty().allSatisfy(c -> assertThat(c.group()).isEqualTo(Candidate.Group.PARTNERSHIP));
  }
}
