package org.partnergraph.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.partnergraph.extract.RuleExtractor;
import org.partnergraph.model.Article;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.InputException;

class FactsJsonRoundTripTest {
  private final FactsReader reader = new FactsReader();

  @Test
  void whatExtractWritesLoadReadsBackUnchanged() {
    Article article = new Article("a-1", "Title", "The governor of the Kaluga region, Vladislav Shapsha, said the region is in talks with a Chinese automaker on local assembly. The region has more than 120 suppliers.",
        "https://example.org/a-1", "Wire", "2024-05-17", "test");
    ArticleFacts facts = new RuleExtractor().extract(article);
    String line = FactsJson.toLine(facts);
    ArticleFacts back = reader.parse("f.jsonl:1", line);
    assertThat(back.entities()).isEqualTo(facts.entities());
    assertThat(back.relations()).isEqualTo(facts.relations());
    assertThat(FactsJson.toLine(back)).isEqualTo(line);
  }

  @Test
  void aRelationFromAnotherToolWithoutARuleIsCreditedToThatToolsExtractor() {
    String line = "{\"article\":{\"id\":\"x\"},\"extractor\":\"curator/2\",\"entities\":["
        + "{\"id\":\"governor/jane-roe\",\"type\":\"Governor\",\"name\":\"Jane Roe\"},"
        + "{\"id\":\"region/ru-tul\",\"type\":\"Region\",\"name\":\"Tula Oblast\"}],\"relations\":["
        + "{\"type\":\"GOVERNS\",\"from\":\"governor/jane-roe\",\"to\":\"region/ru-tul\",\"evidence\":\"Jane Roe governs Tula.\"},"
        + "{\"type\":\"GOVERNS\",\"from\":\"governor/jane-roe\",\"to\":\"region/ru-tul\",\"evidence\":\"Roe, governor.\",\"rule\":\"desk-check\"}]}";
    ArticleFacts facts = reader.parse("f.jsonl:1", line);
    assertThat(facts.relations()).extracting(r -> r.rule()).containsExactly("curator/2", "desk-check");
  }

  @Test
  void rejectsAControlCharacterInAnyValueNamingTheFieldAndNormalisesNames() {
    String line = "{\"article\":{\"id\":\"x\",\"title\":\"Kaluga\\u0000 plant\"},\"entities\":[],\"relations\":[]}";
    assertThatThrownBy(() -> reader.parse("f.jsonl:3", line)).isInstanceOf(InputException.class)
        .hasMessage("f.jsonl:3: \"article.title\" has the control character U+0000 at position 6, which no export format can carry");
    String named = "{\"article\":{\"id\":\"x\"},\"entities\":[{\"id\":\"automaker/geely\",\"type\":\"Automaker\","
        + "\"name\":\"Gee\\u200dly\",\"aliases\":[\"\\uff27\\uff45\\uff45\\uff4c\\uff59\"]}],\"relations\":[]}";
    assertThat(reader.parse("f.jsonl:4", named).entities()).singleElement()
        .satisfies(e -> assertThat(e.name()).isEqualTo("Geely"))
        .satisfies(e -> assertThat(e.aliases()).containsExactly("Geely"));
  }

  @Test
  void rejectsAnIdThatDoesNotMatchItsType() {
    String line = "{\"article\":{\"id\":\"x\"},\"entities\":[{\"id\":\"brand/kaluga\",\"type\":\"Region\",\"name\":\"Kaluga\"}],\"relations\":[]}";
    assertThatThrownBy(() -> reader.parse("f.jsonl:7", line)).isInstanceOf(InputException.class)
        .hasMessageStartingWith("f.jsonl:7: entity id 'brand/kaluga' should start with 'region/'");
  }

  @Test
  void rejectsAMetricWithoutAValue() {
    String line = "{\"article\":{\"id\":\"x\"},\"entities\":[{\"id\":\"metric/a/b\",\"type\":\"Metric\",\"name\":\"b\",\"attributes\":{\"name\":\"b\",\"kind\":\"actual\"}}],\"relations\":[]}";
    assertThatThrownBy(() -> reader.parse("f.jsonl:2", line)).hasMessageContaining("f.jsonl:2: does not match facts.schema.json").hasMessageContaining("value");
  }
}
