package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.extract.tokens.TokenRules;
import org.partnergraph.model.Article;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.reference.ReferenceData;

/** A token rule that backtracks too much on one sentence costs that rule that sentence, not the article. */
class RuleExtractorRunawayRuleTest {
  private static final String RUNAWAY_SENTENCE = "Aa Bb Cc Dd Ee Ff Gg Hh Ii Jj Kk Ll Mm Nn Oo Pp Qq Rr Ss Tt Uu Vv Ww Xx Yy Zz were listed.";

  private final List<String> warnings = new ArrayList<>();
  private final RuleExtractor extractor = new RuleExtractor(ReferenceData.bundled(), TokenRules.load("rules/runaway/", Lexicon.english()), warnings::add);

  @Test
  void theArticleIsStillReadTheSkippedSentenceIsCountedByRuleAndAWarningNamesTheArticle() {
    ArticleFacts facts = extractor.extract(new Article("runaway-article", "t",
        RUNAWAY_SENTENCE + " Geely will build a plant in Kaluga. " + RUNAWAY_SENTENCE, null, null, "2024-05-17", "news.jsonl:7"));

    assertThat(facts.entities()).anySatisfy(e -> assertThat(e.id()).isEqualTo("automaker/geely"));
    assertThat(extractor.dropped()).containsExactly(java.util.Map.entry("sentences skipped by rule runaway", 2L));
    assertThat(warnings).singleElement().asString()
        .contains("news.jsonl:7").contains("runaway-article").contains("token rule runaway").contains("2 sentence(s)");
  }

  @Test
  void theCountAddsUpOverTheRunAndAnArticleWithoutARunawaySentenceWarnsNothing() {
    extractor.extract(new Article("a", "t", RUNAWAY_SENTENCE, null, null, null, "a.txt"));
    extractor.extract(new Article("b", "t", "Geely will build a plant in Kaluga.", null, null, null, "b.txt"));
    extractor.extract(new Article("c", "t", RUNAWAY_SENTENCE, null, null, null, "c.txt"));

    assertThat(extractor.dropped()).containsExactly(java.util.Map.entry("sentences skipped by rule runaway", 2L));
    assertThat(warnings).hasSize(2).noneMatch(w -> w.contains("'b'"));
  }
}
