package org.partnergraph.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IrisTest {
  @Test
  void anEntityIriEncodesEachSegmentAndKeepsTheSlashesBetweenThem() {
    assertThat(Iris.entityIri("region/ru-niz")).isEqualTo("https://partnergraph.org/id/region/ru-niz");
    assertThat(Iris.entityIri("metric/byd/vehicles/2025")).isEqualTo("https://partnergraph.org/id/metric/byd/vehicles/2025");
    assertThat(Iris.entityIri("city/s\u00E3o paulo*")).isEqualTo("https://partnergraph.org/id/city/s%C3%A3o%20paulo%2A");
  }

  @Test
  void anArticleIdIsOneSegmentEvenWithASlash() {
    assertThat(Iris.articleIri("feed/42")).isEqualTo("https://partnergraph.org/id/article/feed%2F42");
    assertThat(Iris.graphIri("feed/42")).isEqualTo("https://partnergraph.org/graph/article/feed%2F42");
  }

  @Test
  void theArticleIdOfItsGraphComesBackAndOtherGraphsHaveNone() {
    for (String id : new String[] {"a-kaluga-harbin-forum", "feed/42", "with space+plus*"}) {
      assertThat(Iris.articleIdOfGraph(Iris.graphIri(id))).as(id).isEqualTo(id);
    }
    assertThat(Iris.articleIdOfGraph("https://example.org/graph/other")).isNull();
  }
}
