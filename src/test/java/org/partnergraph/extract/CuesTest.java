package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.partnergraph.model.PartnershipStatus;

/** The cue phrases as compiled: what they find, and that compiling them faster changes nothing. */
class CuesTest {
  private final Cues cues = new Cues();

  @Test
  void theWordBoundaryIsTestedOnceForAllAlternatives() {
    assertThat(Cues.wordStartFirst("\\bsigned\\b|\\b(inked|sealed)\\b")).isEqualTo("\\b(?:signed\\b|(inked|sealed)\\b)");
  }

  @Test
  void alternativesInsideGroupsAndClassesAreNotSplit() {
    assertThat(Cues.wordStartFirst("\\b(a|b)[|x]\\b")).isEqualTo("\\b(a|b)[|x]\\b");
    assertThat(Cues.wordStartFirst("\\bnot\\b|n.t\\b")).isEqualTo("\\bnot\\b|n.t\\b");
  }

  @Test
  void theRewrittenPatternFindsWhatTheWrittenOneFinds() {
    String written = "\\b(launched|began) (serial )?production\\b|\\bis operating\\b|\\binaugurat(ed|es)\\b|\\bplant\\b";
    Pattern before = Pattern.compile(written, Pattern.CASE_INSENSITIVE);
    Pattern after = Pattern.compile(Cues.wordStartFirst(written), Pattern.CASE_INSENSITIVE);
    for (String s : List.of(
        "The governor inaugurated the plant, which launched serial production in May.",
        "Implanted sensors: the plant is operating; Began production.",
        "No cue here at all.")) {
      assertThat(spans(after, s)).as(s).isEqualTo(spans(before, s));
    }
  }

  @Test
  void theStrongestUnnegatedStatusWins() {
    assertThat(cues.status("The sides signed an agreement after long talks.")).contains(PartnershipStatus.SIGNED);
    assertThat(cues.status("The sides have not signed anything, but talks continue.")).contains(PartnershipStatus.NEGOTIATING);
  }

  @Test
  void aLaterVersionsStatusCuesAreReadFromThatVersionOnAndNotByDeciders() {
    String s = "BYD is building its first European car plant in Szeged.";
    assertThat(cues.status(s)).isEmpty();
    assertThat(cues.status(s, 18)).isEmpty();
    assertThat(cues.status(s, 19)).contains(PartnershipStatus.SIGNED);
    assertThat(cues.familiesIn(s)).doesNotContain("status:signed");
  }

  private static List<String> spans(Pattern p, String s) {
    Matcher m = p.matcher(s);
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(m.start() + "-" + m.end());
    }
    return out;
  }
}
