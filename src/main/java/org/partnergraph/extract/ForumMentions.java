package org.partnergraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partnergraph.extract.Mention.How;
import org.partnergraph.extract.tokens.RuleMatch;
import org.partnergraph.extract.tokens.TokenRules;
import org.partnergraph.model.EntityType;
import org.partnergraph.resolve.ArticleEntities;

/** Forums and motor shows the reference data does not know, and the city a forum's name holds ("the Munich motor show"). */
final class ForumMentions {
  /** The rule in {@code rules/en/entities.rules} that finds a forum's name. */
  private static final String FORUM_RULE = "forum.named";

  /** A forum whose name holds its city, to be recorded as HELD_IN. */
  record HeldIn(String forum, String city) {}

  private final ArticleEntities entities;
  private final List<HeldIn> heldIn = new ArrayList<>();

  ForumMentions(ArticleEntities entities) {
    this.entities = entities;
  }

  void startSentence() {
    heldIn.clear();
  }

  /** Forums of the last sentence read whose name holds their city. */
  List<HeldIn> heldIn() {
    return List.copyOf(heldIn);
  }

  /**
   * Forums named by the pattern (rule {@code forum.named}, among the sentence's rule matches, which
   * the finder runs once per sentence for every reader) that no known forum overlaps, added to
   * {@code out}; their spans, so that a name inside one is not read on its own.
   */
  List<int[]> patternForums(String s, TokenRules.SentenceMatches ruleMatches, List<Mention> out, List<int[]> knownForums) {
    List<int[]> spans = new ArrayList<>();
    for (RuleMatch m : ruleMatches.of(FORUM_RULE)) {
      int start = m.group("name").orElseThrow().start();
      String name = s.substring(start, m.end());
      if (name.split("\\s+").length < 2 || knownForums.stream().anyMatch(k -> k[0] < m.end() && start < k[1])) {
        continue;
      }
      String canonical = PlaceMentions.titleCase(name);
      out.add(new Mention(EntityType.FORUM, entities.minted(EntityType.FORUM, canonical, name, null), start, m.end(), How.PATTERN));
      spans.add(new int[] {start, m.end()});
    }
    return spans;
  }

  /** A city named inside a forum's name: a place, and where the forum is held. */
  void cityInName(List<Mention> out, Mention city) {
    out.add(city);
    forumAt(out, city.start()).ifPresent(forum -> heldIn.add(new HeldIn(forum, city.id())));
  }

  private static Optional<String> forumAt(List<Mention> out, int at) {
    return out.stream().filter(x -> x.type() == EntityType.FORUM && x.start() <= at && at < x.end()).map(Mention::id).findFirst();
  }

  static boolean covered(List<int[]> spans, int start, int end) {
    for (int[] sp : spans) {
      if (start >= sp[0] && end <= sp[1]) {
        return true;
      }
    }
    return false;
  }
}
