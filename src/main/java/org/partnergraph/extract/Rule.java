package org.partnergraph.extract;

/**
 * The rules of the built-in extractor that state a fact, each with a stable id recorded on every
 * relation it produces ({@code rule} in the facts format, on Neo4j edges and RDF statements), so
 * that {@code evaluate --by-rule} can say which rule a wrong edge came from. An id never changes
 * meaning: a rule that changes what it does gets a new one.
 *
 * <p>Each rule also carries the first rules version it belongs to ({@code since}), and the last for a
 * rule a newer one replaces, so that an older version stays runnable by name and extracts exactly
 * what it did: {@link RuleExtractor} at version N skips every rule not of N.
 *
 * <p>What the reference data knows of a named entity (a region's country, a maker's home) is not a
 * reading of the text: resolution states it for every extractor, under the ids in
 * {@link org.partnergraph.resolve.ReferenceFacts}.
 */
enum Rule {
  /** a governor named with the title of a region: 'the governor of the Kaluga region, Vladislav Shapsha' */
  GOVERNOR_TITLED("governs.titled"),
  /** a governor without a region, in an article that names only one region */
  GOVERNOR_OF_ONLY_REGION("governs.only-region"),
  /** the maker in a plant's name or possessive: 'Geely's plant in Minsk', 'the Haval plant' (up to rules/12) */
  PLANT_OPERATOR("operates.plant-name", RuleExtractor.FIRST_VERSION, 12),
  /**
   * as {@link #PLANT_OPERATOR}, but not where the plant's clause says the maker no longer runs it:
   * 'close its factories in Camaçari', 'its idle plant', 'was sold to', 'the former Nissan factory' (rules/13)
   */
  PLANT_OPERATOR_RUNNING("operates.plant-name-running", 13),
  /** the place in a plant's name or after it: 'its factory in Szeged' */
  PLANT_PLACE("located-in.plant-name"),
  /** a plant in a town the article places in a region is in that region too */
  PLANT_IN_TOWN_REGION("located-in.town-region"),
  /** the place in a forum's name: 'the Shanghai forum' */
  FORUM_PLACE("held-in.forum-name"),
  /** a held-in cue between a forum and a place: 'the expo, held in Kazan' */
  FORUM_HELD_IN("held-in.cue"),
  /** a speaking cue before a forum, with a governor in the sentence */
  SPOKE_AT("spoke-at.cue"),
  /** an attending cue before a forum, with a governor in the sentence */
  ATTENDED("attended.cue"),
  /** a visit or tour cue between a governor and a place, maker or plant */
  VISITED("visited.cue"),
  /** a governor as the subject of a visit cue, and the place, maker or plant it leads to: 'Governor X on Monday toured the plant' (rules/12) */
  VISITED_SUBJECT_CUE("visited.subject-cue", 12),
  /** a governor as the subject of a speaking cue, and the forum it leads to: 'X spoke at a session of the Expo' (rules/12) */
  SPOKE_AT_SUBJECT_CUE("spoke-at.subject-cue", 12),
  /** a governor as the subject of an attending cue, and the forum it leads to: 'X took part in the forum' (rules/12) */
  ATTENDED_SUBJECT_CUE("attended.subject-cue", 12),
  /** an invitation cue between a governor and an automaker */
  INVITED("invited.cue"),
  /** a brand whose owner the reference data lists, both named, in a sentence about brands */
  BRAND_OF_LISTED_OWNER("owns-brand.reference"),
  /** a brand after its maker and a brand cue: 'under the Changan brand', 'its Haval and Tank brands' */
  BRAND_AFTER_OWNER("owns-brand.cue"),
  /** a figure and the subject of its clause (from rules/18 never a town: see {@link #FIGURE_PLANT_OF_THE_TOWN}) */
  FIGURE_OWNER("figure.owner"),
  /**
   * a figure of what a plant turns out or employs whose clause's subject is a town, and the one plant
   * the article places there: 'The Vigo centre manufactured 522,000 vehicles'; any other figure of a
   * town, or one of a town with no plant or several, is not kept (rules/18)
   */
  FIGURE_PLANT_OF_THE_TOWN("figure.plant-of-the-town", 18),
  /**
   * local parties and a foreign counterpart with a cooperation cue in one sentence (from rules/17 not
   * with suppliers named by their country: 'Korean component makers')
   */
  PARTNERSHIP_COOPERATION("partnership.cooperation"),
  /** a foreign maker's deal in a host country: 'talks with Chery on a plant in Algeria' */
  PARTNERSHIP_MAKER_IN_HOST("partnership.maker-in-host"),
  /**
   * a foreign maker's plant in a region or country (from rules/17 operating where the article gives
   * no status, its clause no word of what is to come and no clause one of output that stopped:
   * 'Hyundai's plant in Nošovice'; from rules/18 also in a town the reference data does not know, in
   * the one country the article names that is no automaker's home: 'the Stellantis factory in Kragujevac')
   */
  PARTNERSHIP_FOREIGN_PLANT("partnership.foreign-plant"),
  /** two makers of different countries in a joint-venture cue */
  PARTNERSHIP_JOINT_VENTURE("partnership.joint-venture"),
  /** a local maker that assembles a foreign brand's vehicles */
  PARTNERSHIP_ASSEMBLY_FOR("partnership.assembly-for"),
  /** an agreement a foreign maker signed with a region's government */
  PARTNERSHIP_SIGNED_WITH_GOVERNMENT("partnership.signed-with-government"),
  /** a plant the article says runs now makes its partnerships operating */
  PARTNERSHIP_PLANT_RUNNING("partnership.plant-running"),
  /** a maker's deal with its host's ministry makes its partnership with the region signed */
  PARTNERSHIP_SIGNED_WITH_HOST("partnership.signed-with-host"),
  /** a governor's invitation to a foreign automaker makes an invited partnership of the region */
  PARTNERSHIP_INVITED("partnership.invited");

  private final String id;
  private final int since;
  /** The last version that runs it: a rule a newer version replaces stops there. */
  private final int until;

  /** A rule of the first versioned rules, rules/11. */
  Rule(String id) {
    this(id, RuleExtractor.FIRST_VERSION);
  }

  Rule(String id, int since) {
    this(id, since, Integer.MAX_VALUE);
  }

  Rule(String id, int since, int until) {
    this.id = id;
    this.since = since;
    this.until = until;
  }

  /** Whether rules/{@code version} runs this rule. */
  boolean runsIn(int version) {
    return since <= version && version <= until;
  }

  /** The stable id recorded on facts. */
  String id() {
    return id;
  }
}
