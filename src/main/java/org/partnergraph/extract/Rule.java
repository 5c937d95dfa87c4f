package org.partnergraph.extract;

/**
 * The rules of the built-in extractor that state a fact, each with a stable id recorded on every
 * relation it produces ({@code rule} in the facts format, on Neo4j edges and RDF statements), so
 * that {@code evaluate --by-rule} can say which rule a wrong edge came from. An id never changes
 * meaning: a rule that changes what it does gets a new one.
 */
enum Rule {
  GOVERNOR_TITLED("governs.titled", "a governor named with the title of a region: 'the governor of the Kaluga region, Vladislav Shapsha'"),
  GOVERNOR_OF_ONLY_REGION("governs.only-region", "a governor without a region, in an article that names only one region"),
  PLANT_OPERATOR("operates.plant-name", "the maker in a plant's name or possessive: 'Geely's plant in Minsk', 'the Haval plant'"),
  PLANT_PLACE("located-in.plant-name", "the place in a plant's name or after it: 'its factory in Szeged'"),
  PLANT_IN_TOWN_REGION("located-in.town-region", "a plant in a town the article places in a region is in that region too"),
  FORUM_PLACE("held-in.forum-name", "the place in a forum's name: 'the Shanghai forum'"),
  FORUM_HELD_IN("held-in.cue", "a held-in cue between a forum and a place: 'the expo, held in Kazan'"),
  SPOKE_AT("spoke-at.cue", "a speaking cue before a forum, with a governor in the sentence"),
  ATTENDED("attended.cue", "an attending cue before a forum, with a governor in the sentence"),
  VISITED("visited.cue", "a visit or tour cue between a governor and a place, maker or plant"),
  INVITED("invited.cue", "an invitation cue between a governor and an automaker"),
  BRAND_OF_LISTED_OWNER("owns-brand.reference", "a brand whose owner the reference data lists, both named, in a sentence about brands"),
  BRAND_AFTER_OWNER("owns-brand.cue", "a brand after its maker and a brand cue: 'under the Changan brand', 'its Haval and Tank brands'"),
  FIGURE_OWNER("figure.owner", "a figure and the subject of its clause"),
  IN_COUNTRY("reference.in-country", "a region's or town's country, from the reference data"),
  HEADQUARTERS("reference.headquartered-in", "an automaker's home country, from the reference data"),
  PARTNERSHIP_COOPERATION("partnership.cooperation", "local parties and a foreign counterpart with a cooperation cue in one sentence"),
  PARTNERSHIP_MAKER_IN_HOST("partnership.maker-in-host", "a foreign maker's deal in a host country: 'talks with Chery on a plant in Algeria'"),
  PARTNERSHIP_FOREIGN_PLANT("partnership.foreign-plant", "a foreign maker's plant in a region or country"),
  PARTNERSHIP_JOINT_VENTURE("partnership.joint-venture", "two makers of different countries in a joint-venture cue"),
  PARTNERSHIP_ASSEMBLY_FOR("partnership.assembly-for", "a local maker that assembles a foreign brand's vehicles"),
  PARTNERSHIP_SIGNED_WITH_GOVERNMENT("partnership.signed-with-government", "an agreement a foreign maker signed with a region's government"),
  PARTNERSHIP_PLANT_RUNNING("partnership.plant-running", "a plant the article says runs now makes its partnerships operating"),
  PARTNERSHIP_SIGNED_WITH_HOST("partnership.signed-with-host", "a maker's deal with its host's ministry makes its partnership with the region signed"),
  PARTNERSHIP_INVITED("partnership.invited", "a governor's invitation to a foreign automaker makes an invited partnership of the region");

  private final String id;
  private final String description;

  Rule(String id, String description) {
    this.id = id;
    this.description = description;
  }

  /** The stable id recorded on facts. */
  String id() {
    return id;
  }

  String description() {
    return description;
  }
}
