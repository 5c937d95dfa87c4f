package org.partnergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageCleanerTest {
  private final PageCleaner cleaner = new PageCleaner();

  @Test
  void dropsTeaserHeadlinesAfterPreviousAndNextMarkers() {
    var cleaned = cleaner.clean("Story one.\n\nNo time to read?\nGet a summary\nPrevious Article\n\nOther story headline\n\nNext Article\n\nAnother teaser");
    assertThat(cleaned.text()).isEqualTo("Story one.");
  }

  @Test
  void collectsAttributionsAsTheSourceAndRemovesThemFromTheText() {
    var cleaned = cleaner.clean("A sentence. (Attribution: Moscow regional government)\nAnother one. Attribution: TASS");
    assertThat(cleaned.text()).isEqualTo("A sentence.\nAnother one.");
    assertThat(cleaned.source()).isEqualTo("Moscow regional government; TASS");
  }

  @Test
  void dropsSharePromptsAndReadMoreLinksByRuleNotByString() {
    var cleaned = cleaner.clean("Body text here.\nRead more: something else entirely\nShare this article\nSubscribe to our newsletter");
    assertThat(cleaned.text()).isEqualTo("Body text here.");
  }

  @Test
  void dropsTheHeadlinesListedUnderARelatedLinksHeading() {
    var cleaned = cleaner.clean("Body text here.\n\nRead more:\nBerlin airport passenger numbers rise 8 percent\nSaxony's Volkswagen plants face shift cuts");
    assertThat(cleaned.text()).isEqualTo("Body text here.");
  }

  @Test
  void dropsHeadlinesThatAPageSetsAsSeparateBlocksUnderTheHeading() {
    var cleaned = cleaner.clean("Body text here.\n\nRead more\n\nVolvo delays Košice start to 2027\n\nKia starts EV line\n\nThe story goes on here.");
    assertThat(cleaned.text()).isEqualTo("Body text here.\n\nThe story goes on here.");
  }

  @Test
  void dropsAOneLineListOfOtherStories() {
    var cleaned = cleaner.clean("Body text here.\nRelated: Kocaeli port volumes up 6% | Izmit Bay bridge toll raised\nMore from the region: Graz tram extension delayed");
    assertThat(cleaned.text()).isEqualTo("Body text here.");
  }

  @Test
  void dropsAWireSignOff() {
    var cleaned = cleaner.clean("Body text here.\n\n(Reporting by the Johannesburg newsroom; Editing by the desk)\n\nReporting by the Budapest bureau");
    assertThat(cleaned.text()).isEqualTo("Body text here.");
  }

  @Test
  void dropsAMostReadList() {
    var cleaned = cleaner.clean("Body text here.\n\nMost Read\n\nTyphoon signal raised over Quezon\n\nWater rates to rise in July");
    assertThat(cleaned.text()).isEqualTo("Body text here.");
  }

  @Test
  void keepsAStoryParagraphThatHappensToStartLikeAHeading() {
    var cleaned = cleaner.clean("More from the region came to the forum than ever before.");
    assertThat(cleaned.text()).isEqualTo("More from the region came to the forum than ever before.");
  }
}
