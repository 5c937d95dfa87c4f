package org.partnergraph.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnergraph.extract.Lexicon.Form;
import org.partnergraph.extract.Mention.How;
import org.partnergraph.model.EntityId;
import org.partnergraph.model.EntityType;
import org.partnergraph.resolve.ArticleEntities;

/**
 * Short coreferences ("the governor", "he", "the region", "the company", "the plant") resolved to
 * what the sentence named before them, else to what the article named last.
 */
final class Coreference {
  private static final Pattern GOVERNOR_COREF = Pattern.compile(
      "\\b(?:the|The)\\s+(?:" + RegionWords.titles("coref", Form.AS_WRITTEN) + "|" + RegionWords.titles("coref-capitalised", Form.CAPITALISED) + ")"
          + "(?:\\s+of\\s+the\\s+(?:" + RegionWords.suffixes("same-region", Form.AS_WRITTEN) + "))?\\b(?!\\s+of)");
  private static final Pattern PRONOUN = Pattern.compile("\\b(He|he|She|she)\\b");
  /** "the region", "the State", "the wilaya", "the regional government": the region the article is about; not "the state investment fund". */
  private static final Pattern REGION_COREF = Pattern.compile(
      "\\b(?:the|The)\\s+(?:(?:" + RegionWords.suffixes("of-government", Form.AS_WRITTEN) + ")\\s+(?:" + RegionWords.governments("coref") + ")|" + RegionWords.suffixes("coref", Form.AS_WRITTEN) + "|"
          + RegionWords.suffixes("coref-capitalised", Form.CAPITALISED) + ")(?:'s)?\\b"
          + "(?!\\s+of|-|\\s+(?:investment|fund|company|enterprise|bank|agency|media|news|oil|railway|broadcaster|secretary|department)\\b)");
  private static final Pattern SAME_REGION = Pattern.compile("\\b(?:the|The)\\s+same\\s+(?:" + RegionWords.suffixes("same-region", Form.AS_WRITTEN) + ")\\b");
  private static final Pattern PLANT_COREF =
      Pattern.compile("\\b(?:the|The)\\s+(?:(?:" + PlantWords.modifiers("coref") + ")\\s+)?(?:" + PlantWords.nouns("coref") + ")(?:'s)?\\b(?!\\s+(?:of|in|at|near)\\b)");
  /** "The South Korean carmaker's plant", "the company's factory": the plant last named, not its owner. */
  private static final Pattern OWNED_PLANT_COREF = Pattern.compile(
      "\\b(?:the|The)\\s+(?:\\p{Lu}[\\p{L}-]+\\s+){0,2}(?:" + CompanyWords.nouns("owned-plant-coref") + ")'s\\s+(?:(?:" + PlantWords.modifiers("coref") + ")\\s+)?"
          + "(?:" + PlantWords.nouns("owned-coref") + ")\\b(?!\\s+(?:of|in|at|near)\\b)");
  private static final Pattern AUTOMAKER_COREF =
      Pattern.compile(
          "\\b(?:the|The)\\s+(?:(?:\\p{Lu}[\\p{L}]+-based|\\p{Lu}[\\p{L}]+(?:an|ese|ish|ian|i|ch)|[a-z]+-owned|" + Lexicon.english().alternation(Lexicon.Family.PRODUCT_WORDS, "before-the-company", Form.AS_WRITTEN) + ")\\s+)?"
              + "(?:" + CompanyWords.nouns("automaker-coref") + ")(?:'s)?\\b(?!\\s+of)");
  private static final Pattern NAME_FOLLOWS = Pattern.compile(",?\\s+");

  private final ArticleEntities entities;
  private final ArticleMemory memory;

  Coreference(ArticleEntities entities, ArticleMemory memory) {
    this.entities = entities;
    this.memory = memory;
  }

  /** "its Thai plant in the same province": resolved before plants are placed, so that they can be placed there. */
  void sameRegion(String s, List<Mention> out) {
    coref(s, out, SAME_REGION, EntityType.REGION);
  }

  void corefs(String s, List<Mention> out) {
    coref(s, out, GOVERNOR_COREF, EntityType.GOVERNOR);
    coref(s, out, PRONOUN, EntityType.GOVERNOR);
    coref(s, out, REGION_COREF, EntityType.REGION);
    coref(s, out, OWNED_PLANT_COREF, EntityType.PLANT);
    coref(s, out, AUTOMAKER_COREF, EntityType.AUTOMAKER);
    coref(s, out, PLANT_COREF, EntityType.PLANT);
  }

  private void coref(String s, List<Mention> out, Pattern p, EntityType type) {
    Matcher m = p.matcher(s);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      // "the Vietnamese automaker": the nationality inside the phrase does not stop it
      if (out.stream().anyMatch(x -> x.overlaps(start, end)
          && !((type == EntityType.AUTOMAKER || type == EntityType.PLANT) && (x.how() == How.DEMONYM || x.type() == EntityType.CITY)))) {
        continue;
      }
      if (out.stream().anyMatch(x -> x.type() == type && x.how() != How.COREF && x.start() > end && NAME_FOLLOWS.matcher(s.substring(end, x.start())).matches())) {
        continue; // "the Chinese manufacturer Chery": the name follows
      }
      String id = out.stream()
          .filter(x -> x.type() == type && x.end() <= start && x.how() != How.COREF)
          .reduce((a, b) -> b)
          .map(Mention::id)
          .orElseGet(() -> type == EntityType.REGION ? memory.governorsRegion().or(() -> memory.last(type)).orElse(null) : memory.last(type).orElse(null));
      Optional<String> said = out.stream().filter(x -> x.how() == How.DEMONYM && x.start() >= start && x.end() <= end)
          .map(x -> EntityId.parse(x.id()).isoCode()).findFirst();
      if (id != null && said.isPresent() && entities.countryCode(id).map(c -> !c.equals(said.get())).orElse(false)) {
        continue; // "the Chinese manufacturer" after Stellantis: another company
      }
      if (id != null) {
        out.add(new Mention(type, id, start, end, How.COREF));
      }
    }
  }
}
