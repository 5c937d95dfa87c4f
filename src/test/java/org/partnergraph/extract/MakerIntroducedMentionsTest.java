package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.model.EntityType;

/** Companies introduced by what they make, read from rule {@code maker.introduced-by-kind}'s matches by the mention finder. */
class MakerIntroducedMentionsTest {
  private final OneSentence sentence = new OneSentence();

  private List<String> makers(String s) {
    return sentence.mentions(EntityType.AUTOMAKER, s);
  }

  @Test
  void mintsTheCompanyWithoutItsPossessive() {
    assertThat(makers("The electric carmaker Zorka's plant will open in May.")).containsExactly("Zorka");
  }

  @Test
  void mintsNoCompanyOverAWordAlreadyReadAsSomethingElse() {
    assertThat(makers("the carmaker Chinese Zorka")).isEmpty();
  }
}
