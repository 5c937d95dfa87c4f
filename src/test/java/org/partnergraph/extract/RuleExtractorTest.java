package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.extract.tokens.TokenRules;
import org.partnergraph.model.Article;
import org.partnergraph.model.ArticleFacts;
import org.partnergraph.model.EntityType;
import org.partnergraph.model.Relation;
import org.partnergraph.model.RelationType;

/** The rules on sentences they were not written for. */
class RuleExtractorTest {
  private final RuleExtractor extractor = new RuleExtractor();
  /** The version that gives a foreign maker's own plant to the plant's region, as rules/16 no longer does. */
  private final RuleExtractor rules11 = new RuleExtractor("rules/11");

  private ArticleFacts read(String text) {
    return extractor.extract(new Article("t", "t", text, null, null, "2024-05-17", "test"));
  }

  private ArticleFacts readAsRules11(String text) {
    return rules11.extract(new Article("t", "t", text, null, null, "2024-05-17", "test"));
  }

  private static List<String> partnerCountries(ArticleFacts f) {
    return f.relations().stream().filter(r -> r.type() == RelationType.PARTNER_COUNTRY).map(r -> r.to()).toList();
  }

  private static List<String> edges(ArticleFacts f, RelationType type) {
    return f.relations().stream().filter(r -> r.type() == type).map(r -> r.from() + " -> " + r.to()).toList();
  }

  private static List<String> parties(ArticleFacts f) {
    return f.relations().stream().filter(r -> r.type() == RelationType.PARTY).map(r -> r.to()).toList();
  }

  @Test
  void everyRulesVersionTheEnglishRuleFilesNameIsOneTheExtractorRuns() {
    assertThat(TokenRules.english().versionsNamed())
        .allSatisfy(v -> assertThat(RuleExtractor.VERSIONS).contains("rules/" + v));
  }

  @Test
  void aViceGovernorIsNotAGovernor() {
    ArticleFacts f = read("The vice-governor of the Kaluga region, Ivan Petrov, met investors.");
    assertThat(edges(f, RelationType.GOVERNS)).isEmpty();
  }

  @Test
  void readsRegionGovernorNameAndAnInvitationToANamedForeignAutomaker() {
    ArticleFacts f = read("Kaluga Region Governor Vladislav Shapsha invited Geely to localize production in the region.");
    assertThat(edges(f, RelationType.GOVERNS)).containsExactly("governor/vladislav-shapsha -> region/ru-klu");
    assertThat(edges(f, RelationType.INVITED)).containsExactly("governor/vladislav-shapsha -> automaker/geely");
    assertThat(f.entities()).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo(EntityType.PARTNERSHIP);
      assertThat(e.attribute("status")).isEqualTo("invited");
      assertThat(e.attribute("kind")).isEqualTo("production");
    });
  }

  @Test
  void aNegatedSigningIsNotASignedDeal() {
    ArticleFacts f = read("The Tula region has not signed an agreement with a Chinese carmaker, but talks continue.");
    assertThat(f.entities()).filteredOn(e -> e.type() == EntityType.PARTNERSHIP)
        .singleElement().satisfies(e -> assertThat(e.attribute("status")).isEqualTo("negotiating"));
  }

  @Test
  void resolvesLastYearAgainstThePublicationDate() {
    ArticleFacts f = read("Changan Automobile Group sold about 2.5 million vehicles last year.");
    assertThat(f.entities()).filteredOn(e -> e.type() == EntityType.METRIC)
        .singleElement().satisfies(e -> assertThat(e.attribute("period")).isEqualTo("2023"));
  }

  @Test
  void countriesNamedWithoutAPartnerNounAreNotCounterparts() {
    ArticleFacts f = read("The Moscow region is expanding production, in line with the interests of Canada and the United States.");
    assertThat(f.entities()).noneMatch(e -> e.type() == EntityType.PARTNERSHIP);
  }

  @Test
  void aFormerOperatorIsNotAPartnership() {
    ArticleFacts f = read("The Kaluga region built its industry around the assembly plant that Volkswagen Group ran for a decade before selling it to a Russian dealer group.");
    assertThat(f.entities()).noneMatch(e -> e.type() == EntityType.PARTNERSHIP);
  }

  @Test
  void aTitleWithAGlossStillNamesTheGovernor() {
    ArticleFacts f = read("The Rais (head) of the Republic of Tatarstan Rustam Minnikhanov invited Dongfeng Motor Corporation to consider localising production.");
    assertThat(edges(f, RelationType.GOVERNS)).containsExactly("governor/rustam-minnikhanov -> region/ru-ta");
    assertThat(f.entities()).filteredOn(e -> e.type() == EntityType.PARTNERSHIP)
        .singleElement().satisfies(e -> assertThat(e.attribute("status")).isEqualTo("invited"));
  }

  @Test
  void anOpenedFactoryIsOperatingEvenInBrokenEnglish() {
    ArticleFacts f = read("BYD has open its factory in Rayong province in July, and Chinese partners plan more plants in the Rayong province.");
    assertThat(f.entities()).filteredOn(e -> e.type() == EntityType.PARTNERSHIP)
        .isNotEmpty().allSatisfy(e -> assertThat(e.attribute("status")).isEqualTo("operating"));
  }

  @Test
  void aVisitToAnAutomakersNamedPlantIsAVisitToThePlant() {
    ArticleFacts f = read("South Carolina Gov. Henry McMaster used a visit to BMW's Plant Spartanburg on Thursday to talk about tariffs.");
    assertThat(edges(f, RelationType.VISITED)).singleElement().asString().startsWith("governor/henry-mcmaster -> plant/");
  }

  @Test
  void aGovernorWhoSaidSomethingAtAForumsSessionSpokeThere() {
    ArticleFacts f = read("Primorsky Krai Governor Oleg Kozhemyako declared on the sessions of the Eastern Economic Forum that the plant will restart.");
    assertThat(edges(f, RelationType.SPOKE_AT)).containsExactly("governor/oleg-kozhemyako -> forum/eef");
  }

  @Test
  void aGermanMinisterPresidentHeadsHisState() {
    ArticleFacts f = read("Brandenburg's Minister-President Dietmar Woidke on Friday visited the Tesla plant in Grünheide.");
    assertThat(edges(f, RelationType.GOVERNS)).singleElement().asString().startsWith("governor/dietmar-woidke -> region/");
  }

  @Test
  void anAbbreviatedTitleAfterAnAmbiguousNameMeansTheRegion() {
    ArticleFacts f = read("Georgia Gov. Brian Kemp toured the plant on Monday.");
    assertThat(edges(f, RelationType.GOVERNS)).containsExactly("governor/brian-kemp -> region/us-ga");
  }

  @Test
  void aTwoLetterInitialWithoutASpaceIsPartOfTheName() {
    ArticleFacts f = read("The hokim of Andijan region Sh.Abdurakhmanov visited the plant.");
    assertThat(edges(f, RelationType.GOVERNS)).singleElement().asString().startsWith("governor/sh-abdurakhmanov -> ");
  }

  @Test
  void aPlantOfAnAutomakerIsThatAutomakersPlantWhereTheSentencePlacesIt() {
    ArticleFacts f = read("A new full-cycle car plant of South Korea's Kia Corporation has been officially opened in Kostanay, in northern Kazakhstan.");
    assertThat(edges(f, RelationType.OPERATES)).containsExactly("automaker/kia -> plant/kia-kostanay");
    assertThat(edges(f, RelationType.LOCATED_IN)).containsExactly("plant/kia-kostanay -> city/kostanay");
  }

  @Test
  void aPlantNamedByATownTheReferenceDataDoesNotKnowIsPlacedThere() {
    ArticleFacts f = read("Stellantis began assembling the T03 at its Tychy plant, in the Silesian Voivodeship, in June 2024.");
    assertThat(f.entities()).anySatisfy(e -> assertThat(e.id()).isEqualTo("plant/stellantis-tychy"));
    assertThat(edges(f, RelationType.LOCATED_IN)).contains("plant/stellantis-tychy -> city/tychy");
  }

  @Test
  void aCapitalisedTitleBeforeANameIsAGovernorEvenWithoutARegionInTheSentence() {
    ArticleFacts f = read("Lipetsk Oblast is home to a special economic zone.\n\nThe press office of Governor Igor Artamonov said no talks were held.");
    assertThat(edges(f, RelationType.GOVERNS)).containsExactly("governor/igor-artamonov -> region/ru-lip");
  }

  @Test
  void aFormerHeadIsAGovernorWhoNoLongerGoverns() {
    ArticleFacts f = read("The deal was supported by the then akim Arkhimed Mukhambetov, who headed the region until 2022.");
    assertThat(f.entities()).anyMatch(e -> e.id().equals("governor/arkhimed-mukhambetov"));
    assertThat(edges(f, RelationType.GOVERNS)).isEmpty();
  }

  @Test
  void aForeignAutomakersPlantThatIsRunningIsAnOperatingPartnershipWithTheRegionTheArticleNamed() {
    String text = "Brandenburg has backed the expansion.\n\nDietmar Woidke toured Tesla's Gigafactory Berlin-Brandenburg in Grünheide, which employs 11,000 people.";
    ArticleFacts f = readAsRules11(text);
    assertThat(f.entities()).filteredOn(e -> e.type() == EntityType.PARTNERSHIP)
        .singleElement().satisfies(e -> assertThat(e.attribute("status")).isEqualTo("operating"));
    assertThat(parties(f)).containsExactlyInAnyOrder("region/de-bb", "automaker/tesla");
    assertThat(parties(read(text))).containsExactly("automaker/tesla");
    assertThat(partnerCountries(read(text))).containsExactly("country/de");
  }

  @Test
  void aPlantStillToBeBuiltIsNotOperating() {
    ArticleFacts f = read("Brandenburg has backed the plan.\n\nTesla will build a factory in Grünheide.");
    assertThat(f.entities()).filteredOn(e -> e.type() == EntityType.PARTNERSHIP)
        .allSatisfy(e -> assertThat(e.attribute("status")).isNotEqualTo("operating"));
  }

  @Test
  void theTwoAutomakersOfACrossBorderJointVentureArePartners() {
    ArticleFacts f = read("The plant, a joint venture of Kia and the Kazakh car manufacturer Allur, was built on a 63-hectare site.");
    assertThat(parties(f)).containsExactlyInAnyOrder("automaker/allur", "automaker/kia");
  }

  @Test
  void aDeniedReportIsNoPartnership() {
    ArticleFacts f = read("A spokesperson for BYD denied a report that the Chinese carmaker was scouting sites in Brandenburg, saying its planned factory would be elsewhere.");
    assertThat(f.entities()).noneMatch(e -> e.type() == EntityType.PARTNERSHIP);
  }

  @Test
  void anAutomakerWhoseSiteTheNewPartnersReuseIsNotAParty() {
    ArticleFacts f = read("Ebro EV Motors and the Chinese automobile group Chery operate the factory jointly in the old installations of Nissan in Barcelona.");
    assertThat(parties(f)).doesNotContain("automaker/nissan");
  }

  @Test
  void anAustrianLandeshauptmannHeadsHisState() {
    ArticleFacts f = read("Styria's Landeshauptmann Mario Kunasek on Thursday visited the plant in Graz.");
    assertThat(edges(f, RelationType.GOVERNS)).containsExactly("governor/mario-kunasek -> region/at-6");
  }

  @Test
  void aPlantNamedManufacturingAfterItsStateIsThatAutomakersPlantThere() {
    ArticleFacts f = read("Kentucky Gov. Andy Beshear toured Toyota Motor Manufacturing Kentucky on Thursday.");
    assertThat(edges(f, RelationType.OPERATES)).singleElement().asString().startsWith("automaker/toyota -> plant/");
    assertThat(edges(f, RelationType.VISITED)).singleElement().asString().contains("-> plant/");
  }

  @Test
  void aFactoryBeingPreparedToOpenIsNotOperating() {
    ArticleFacts f = read("BYD, which is preparing to open its factory in Szeged, did not comment.");
    assertThat(f.entities()).filteredOn(e -> e.type() == EntityType.PARTNERSHIP)
        .allSatisfy(e -> assertThat(e.attribute("status")).isNotEqualTo("operating"));
  }

  @Test
  void theHeadOfACatalanGovernmentIsItsPresident() {
    ArticleFacts f = read("The president of the Generalitat, Salvador Illa, has visited the factory.");
    assertThat(edges(f, RelationType.GOVERNS)).containsExactly("governor/salvador-illa -> region/es-ct");
  }

  @Test
  void aForeignPlantInATownTheReferenceDataDoesNotKnowLiesInTheArticlesOnlyRegion() {
    String text = "The Eastern Cape is home to Volkswagen's plant in Kariega, which builds the Polo.";
    ArticleFacts f = readAsRules11(text);
    assertThat(parties(f)).containsExactlyInAnyOrder("region/za-ec", "automaker/volkswagen");
    assertThat(partnerCountries(read(text))).containsExactly("country/za");
  }

  @Test
  void aRegionWhoseNameStartsWithACompassPointIsStillARegion() {
    ArticleFacts f = read("Eastern Cape Premier Oscar Mabuyane visited the site on Monday.");
    assertThat(edges(f, RelationType.GOVERNS)).containsExactly("governor/oscar-mabuyane -> region/za-ec");
  }

  @Test
  void aFigureAboutThePlantGoesToThePlantNotItsOperator() {
    ArticleFacts f = read("Kia opened its plant in Kostanay.\n\nThe plant, which Kia built with Allur, employs 1,500 people.");
    assertThat(edges(f, RelationType.HAS_METRIC)).singleElement().asString().startsWith("plant/kia-kostanay -> ");
  }

  @Test
  void aFigureThatIsStillToComeIsATarget() {
    ArticleFacts f = read("Kia opened its plant in Kostanay, where about 1,500 jobs are to be created.");
    assertThat(f.entities()).filteredOn(e -> e.type() == EntityType.METRIC)
        .singleElement().satisfies(e -> assertThat(e.attribute("kind")).isEqualTo("target"));
  }

  @Test
  void aSentenceOpeningWithItContinuesThePreviousSubject() {
    ArticleFacts f = read("BAIC is building its plant in Coega, South Africa.\n\nIt was announced in 2016 with an investment of 11 billion rand.");
    assertThat(edges(f, RelationType.HAS_METRIC)).singleElement().asString().startsWith("plant/");
  }

  @Test
  void theHokimOfTheRegionIsTheGovernorNamedBefore() {
    ArticleFacts f = read("The hokim of Andijan region Sh.Abdurakhmanov visited the plant.\n\nDuring the meeting, the hokim of the region invited BYD to organize production in Andijan region.");
    assertThat(edges(f, RelationType.INVITED)).singleElement().asString().endsWith("-> automaker/byd");
  }

  @Test
  void anInvitationQuotedFromTheGovernorIsHis() {
    ArticleFacts f = read("The president of the Generalitat, Salvador Illa, visited the factory.\n\n\"We invite Chery to do here not only the cars, but also the engineering,\" Illa said.");
    assertThat(edges(f, RelationType.INVITED)).containsExactly("governor/salvador-illa -> automaker/chery");
  }

  @Test
  void aChairwomanOfASlovakSelfGoverningRegionHeadsIt() {
    ArticleFacts f = read("Erika Jurinová, chairwoman of the Žilina Self-governing Region, attended the launch.");
    assertThat(edges(f, RelationType.GOVERNS)).containsExactly("governor/erika-jurinova -> region/sk-zi");
  }

  @Test
  void aPlantNamedWithTheOperatorsLocalCompanyNameIsTheOperatorsPlant() {
    ArticleFacts f = read("Governor Seddar Yavuz visited the Hyundai Assan Otomotiv plant in İzmit on Wednesday.");
    assertThat(edges(f, RelationType.OPERATES)).singleElement().asString().startsWith("automaker/hyundai -> plant/");
    assertThat(edges(f, RelationType.VISITED)).singleElement().asString().contains("-> plant/");
  }

  @Test
  void aNamedPlantAndTheSamePlantByItsTownAreOnePlant() {
    ArticleFacts f = read("Nissan celebrated its plant in Canton, Mississippi.\n\nNissan's Canton Vehicle Assembly Plant builds the Altima.");
    assertThat(f.entities()).filteredOn(e -> e.type() == EntityType.PLANT).hasSize(1);
  }

  @Test
  void aContinentIsNotATown() {
    ArticleFacts f = read("The plant was Hyundai's first factory in Europe when it opened in 1997.");
    assertThat(f.entities()).noneMatch(e -> e.type() == EntityType.CITY);
  }

  @Test
  void aPlantsRegionNamedLaterInTheArticleStillHostsThePartnership() {
    String text = "BMW started series production at its new plant in Debrecen.\n\nDebrecen is the seat of Hajdú-Bihar county.";
    ArticleFacts f = readAsRules11(text);
    assertThat(parties(f)).containsExactlyInAnyOrder("region/hu-hb", "automaker/bmw");
    assertThat(partnerCountries(read(text))).containsExactly("country/hu");
  }

  @Test
  void anAutomakerAssemblingAForeignAutomakersCarsIsItsPartner() {
    ArticleFacts f = read("Astana Motors, which assembles Hyundai cars at its plant in Almaty, is in talks with importers.");
    assertThat(parties(f)).contains("automaker/astana-motors", "automaker/hyundai");
    assertThat(f.entities()).filteredOn(e -> e.type() == EntityType.PARTNERSHIP).singleElement()
        .satisfies(e -> assertThat(e.attribute("status")).isEqualTo("operating"));
  }

  @Test
  void aPlantBoughtFromAnotherAutomakerMakesNoPartnershipWithTheSeller() {
    ArticleFacts f = read("In Thailand, Great Wall Motor builds cars at a plant in Rayong that it bought from General Motors in 2020.");
    assertThat(parties(f)).doesNotContain("automaker/gm");
  }

  @Test
  void theTownAWireStoryIsFiledFromIsATown() {
    ArticleFacts f = read("GEORGETOWN, Ky., Feb. 6, 2025 — Kentucky Gov. Andy Beshear toured the plant.");
    assertThat(f.entities()).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo(EntityType.CITY);
      assertThat(e.name()).isEqualTo("Georgetown");
    });
  }

  @Test
  void aTownNameWithALowercaseParticleIsOneName() {
    ArticleFacts f = read("Kia began production at its plant in Teplička nad Váhom, Slovakia.");
    assertThat(edges(f, RelationType.LOCATED_IN)).singleElement().asString().endsWith("-> city/teplicka-nad-vahom");
  }

  @Test
  void aPlantNamedAfterItsStateAndTheSamePlantByItsTownAreOnePlant() {
    ArticleFacts f = read("GEORGETOWN, Ky. — Beshear toured Toyota Motor Manufacturing Kentucky.\n\nToyota is investing $922 million in the Georgetown plant.");
    assertThat(f.entities()).filteredOn(e -> e.type() == EntityType.PLANT).hasSize(1);
  }

  @Test
  void aPlantInATownPlacedInARegionIsInBoth() {
    ArticleFacts f = read("BMW is due to start series production at its plant in Debrecen, the seat of Hajdú-Bihar county, in the autumn.");
    assertThat(edges(f, RelationType.LOCATED_IN)).containsExactlyInAnyOrder(
        "plant/bmw-debrecen -> city/debrecen", "plant/bmw-debrecen -> region/hu-hb");
  }

  @Test
  void aTownOnARegionsBorderIsNotInThatRegion() {
    ArticleFacts f = read("The group runs Kia's assembly plant in West Point, on the Alabama line, since 2009.");
    assertThat(edges(f, RelationType.LOCATED_IN)).noneMatch(e -> e.endsWith("region/us-al"));
  }

  @Test
  void aPlantsStatusComesFromItsOwnClause() {
    ArticleFacts f = read("BMW is due to start series production at its plant in Debrecen, the seat of Hajdú-Bihar county, in the autumn, and Mercedes-Benz has run a car plant in Kecskemét since 2012.");
    // rules/17 states a foreign maker's plant named without a status as running, but not one whose clause says what is to come
    assertThat(f.entities()).filteredOn(e -> e.type() == EntityType.PARTNERSHIP && e.id().contains("bmw"))
        .allSatisfy(e -> assertThat(e.attribute("status")).isNotEqualTo("operating"));
  }

  @Test
  void anOwnerIsNotAPartner() {
    ArticleFacts f = read("Volvo Cars, which is majority owned by China's Zhejiang Geely Holding, signed a memorandum with the Slovak government.");
    assertThat(parties(f)).doesNotContain("automaker/geely");
  }

  @Test
  void aNationalityInQuotedSpeechIsNoCounterpart() {
    ArticleFacts f = read("\"Every large German manufacturer is here, and the biggest Chinese one is coming,\" he said, referring to BYD, which is preparing to open its factory in Szeged.");
    assertThat(f.relations()).noneMatch(r -> r.type() == RelationType.PARTNER_COUNTRY && r.to().equals("country/de"));
  }

  @Test
  void aShortQuotedPhraseIsStillReportedFact() {
    ArticleFacts f = read("Tamil Nadu Chief Minister M.K. Stalin said talks were going on with \"a leading German automaker\" about a new plant.");
    assertThat(f.relations()).anyMatch(r -> r.type() == RelationType.PARTNER_COUNTRY && r.to().equals("country/de"));
  }

  @Test
  void aGovernorWhoseSurnameIsACarmakersNameIsStillThePerson() {
    ArticleFacts f = read("Ontario Premier Doug Ford said Honda remained committed.\n\n\"They're committed to Ontario,\" Ford told reporters.");
    assertThat(edges(f, RelationType.GOVERNS)).containsExactly("governor/doug-ford -> region/ca-on");
    assertThat(f.entities()).noneMatch(e -> e.id().equals("automaker/ford"));
  }

  @Test
  void aDeniedSecondPlantIsNoPlant() {
    ArticleFacts f = read("BYD denied a media report that it was looking for land for a second plant in Central Java.");
    assertThat(f.entities()).noneMatch(e -> e.type() == EntityType.PLANT);
  }

  @Test
  void anExistingPlantNamedInADenialIsStillAPlant() {
    ArticleFacts f = read("A spokesperson for BYD denied the report, saying its production would remain focused on its plant in Szeged, Hungary.");
    assertThat(f.entities()).anyMatch(e -> e.type() == EntityType.PLANT);
  }

  @Test
  void aForeignAutomakerSigningWithTheHostGovernmentRaisesItsPartnershipToSigned() {
    ArticleFacts f = read("China's BYD is preparing to begin production at its new car plant in Szeged, in southern Hungary's Csongrád-Csanád county.\n\n"
        + "The Shenzhen-based automaker signed the land purchase agreement with the Hungarian government a month later.");
    assertThat(f.entities()).filteredOn(e -> e.type() == EntityType.PARTNERSHIP).singleElement()
        .satisfies(e -> assertThat(e.attribute("status")).isEqualTo("signed"));
  }

  @Test
  void anAutomakerDescribedByItsNationalityIsTheOneNamedBefore() {
    ArticleFacts f = read("VinFast opened a plant in Thoothukudi.\n\nThe Vietnamese automaker invited suppliers to the state.");
    assertThat(f.relations()).noneMatch(r -> r.type() == RelationType.PARTNER_COUNTRY && r.to().equals("country/vn"));
  }

  @Test
  void percentagesAreNotFigures() {
    ArticleFacts f = read("Geely, which owns 49.9 percent of Proton, employs 7,000 people in Malaysia.");
    assertThat(f.entities()).filteredOn(e -> e.type() == EntityType.METRIC)
        .singleElement().satisfies(e -> assertThat(e.attribute("value")).isEqualTo(7000L));
  }

  @Test
  void aPlantInAListIsPlacedByThePlaceRightAfterIt() {
    ArticleFacts f = read("Alabama is also home to Mercedes-Benz's SUV plant in Vance, Honda's plant in Lincoln and a Mazda plant in Huntsville.");
    assertThat(edges(f, RelationType.LOCATED_IN)).noneMatch(e -> e.startsWith("plant/honda") && e.endsWith("vance"));
  }

  @Test
  void aGovernorWithTwoSurnamesKeepsThemAll() {
    ArticleFacts f = read("Guanajuato Governor Libia Dennise García Muñoz Ledo toured the plant on Thursday.");
    assertThat(edges(f, RelationType.GOVERNS)).containsExactly("governor/libia-dennise-garcia-munoz-ledo -> region/mx-gua");
  }

  @Test
  void aDatelinePlacesItsTownInAStateForEveryPlantThere() {
    ArticleFacts f = read("CHATTANOOGA, Tenn. — Governor Bill Lee spoke on Monday.\n\nHe later visited Volkswagen's assembly plant in Chattanooga.");
    assertThat(edges(f, RelationType.LOCATED_IN)).contains("plant/volkswagen-group-chattanooga -> region/us-tn");
  }

  @Test
  void aWaliHeadsTheRegionNamedWithItsRegionWord() {
    ArticleFacts f = read("The Wali of the Souss-Massa region, Said Amzazi, opened the fair in Agadir.");
    assertThat(edges(f, RelationType.GOVERNS)).containsExactly("governor/said-amzazi -> region/ma-09");
  }

  @Test
  void aNameKeepsItsLowercaseParticles() {
    ArticleFacts f = read("Nuevo Leon Gov. Juan de la Fuente Garza visited the Kia plant in Pesqueria.");
    assertThat(edges(f, RelationType.GOVERNS)).containsExactly("governor/juan-de-la-fuente-garza -> region/mx-nle");
  }

  @Test
  void aNameBeforeACapitalisedTitleOfAProvinceIsItsGovernor() {
    ArticleFacts f = read("Mr. Somchai Rattanakul, Governor of Rayong Province, received the delegation.");
    assertThat(edges(f, RelationType.GOVERNS)).containsExactly("governor/somchai-rattanakul -> region/th-21");
  }

  @Test
  void aPlantNamedByItsTownAndPlacedInARegionIsInBoth() {
    ArticleFacts f = read("Honda said its Kabin Buri plant in Prachinburi Province will add a hybrid line. Honda also runs the Honda Ayutthaya plant.");
    assertThat(edges(f, RelationType.LOCATED_IN)).anyMatch(e -> e.endsWith("-> region/th-25"));
    assertThat(f.entities()).filteredOn(e -> e.type() == EntityType.PLANT).hasSize(2);
  }

  @Test
  void anOwnerNamedInAnAppositionNeitherRunsThePlantNorPartners() {
    ArticleFacts f = read("Volvo Cars will build a new model in Ghent.\n\nThe Swedish carmaker, owned by China's Geely, opened the Ghent factory in 1965.");
    assertThat(edges(f, RelationType.OPERATES)).allMatch(e -> e.startsWith("automaker/volvo-cars"));
    assertThat(f.relations()).noneMatch(r -> r.type() == RelationType.PARTNER_COUNTRY && r.to().equals("country/cn"));
  }

  @Test
  void theFormerFactoryOfAnAutomakerIsNotItsPlant() {
    ArticleFacts f = read("Moskvich assembles cars at the Moskvich plant in Moscow, the former Renault factory.");
    assertThat(edges(f, RelationType.OPERATES)).noneMatch(e -> e.startsWith("automaker/renault"));
  }

  @Test
  void aListOfPlantsGivesEachMakerItsPlaceAndTheCountryAsHost() {
    ArticleFacts f = read("Czechia hosts plants of Skoda Auto in Mlada Boleslav, Hyundai in Nosovice and Toyota in Kolin.");
    assertThat(edges(f, RelationType.OPERATES)).hasSize(3);
    assertThat(f.relations()).filteredOn(r -> r.type() == RelationType.PARTNER_COUNTRY).extracting(r -> r.to())
        .containsOnly("country/cz");
  }

  @Test
  void aPlantNamedAfterACityButSitedInATownIsInTheTown() {
    ArticleFacts f = read("Nissan's Barcelona plant at Montcada was closed.");
    assertThat(edges(f, RelationType.LOCATED_IN)).singleElement().satisfies(e -> assertThat(e).endsWith("-> city/montcada"));
  }

  @Test
  void aBareMakersNameAfterItsLocalArmIsTheArm() {
    ArticleFacts f = read("Hyundai Motor India listed its shares in Mumbai. Hyundai said demand was strong.");
    assertThat(f.entities()).filteredOn(e -> e.type() == EntityType.AUTOMAKER).extracting(e -> e.id())
        .containsExactly("automaker/hyundai-motor-india");
  }

  @Test
  void aZoneNamedAfterTheIndustryIsNotACompany() {
    ArticleFacts f = read("Suppliers are moving into the Kenitra Automotive City free zone.");
    assertThat(f.entities()).noneMatch(e -> e.type() == EntityType.AUTOMAKER);
  }

  @Test
  void aPlantSaidToRunNowMakesItsPartnershipOperating() {
    ArticleFacts f = read("Kia will build an electric model at its plant in Zilina, the chairman of the Zilina region said.\n\nThe plant employs 3,700 people.");
    assertThat(f.entities()).filteredOn(e -> e.type() == EntityType.PARTNERSHIP)
        .singleElement().satisfies(e -> assertThat(e.attribute("status")).isEqualTo("operating"));
  }

  @Test
  void aKnownTownsOwnRegionPlacesItsPlantNotAnotherRegionOfTheArticle() {
    ArticleFacts f = read("The Nitra region welcomes investors. Volkswagen runs its plant in Bratislava.");
    assertThat(parties(f)).doesNotContain("region/sk-ni");
  }

  @Test
  void initialsArePartOfANameOfThreeWords() {
    ArticleFacts f = read("Telangana Chief Minister A. Revanth Reddy met investors in Hyderabad.");
    assertThat(edges(f, RelationType.GOVERNS)).containsExactly("governor/a-revanth-reddy -> region/in-tg");
  }

  @Test
  void thePresidentOfARegionalGovernmentNamedInItsOwnLanguageHeadsTheRegion() {
    ArticleFacts f = read("The president of the Junta de Andalucía, Juanma Moreno, met carmakers in Seville.");
    assertThat(edges(f, RelationType.GOVERNS)).containsExactly("governor/juanma-moreno -> region/es-an");
  }

  @Test
  void aCityNameThatStartsALongerNameIsNotThatCity() {
    ArticleFacts f = read("Nissan builds cars at its plant in San Jose Iturbide.");
    assertThat(f.entities()).noneMatch(e -> e.id().equals("city/san-jose"));
    assertThat(edges(f, RelationType.LOCATED_IN)).singleElement().satisfies(e -> assertThat(e).endsWith("-> city/san-jose-iturbide"));
  }

  @Test
  void northAmericaIsNotTheUnitedStates() {
    ArticleFacts f = read("Honda runs one of the largest car plants in North America.");
    assertThat(f.entities()).noneMatch(e -> e.id().equals("country/us"));
  }

  @Test
  void anOwnersPlantsInAListOfTownsAreOnePlantInEach() {
    ArticleFacts f = read("Seat also has plants in Martorell, near Barcelona, and in Zona Franca.");
    assertThat(edges(f, RelationType.OPERATES)).hasSize(2);
    assertThat(edges(f, RelationType.LOCATED_IN)).extracting(e -> e.substring(e.indexOf("-> ") + 3))
        .containsExactlyInAnyOrder("city/martorell", "city/zona-franca");
  }

  @Test
  void theGroupAMakerBelongsToDoesNotRunItsPlant() {
    ArticleFacts f = read("Seat, which belongs to the Volkswagen Group, builds the Ibiza at a plant in Martorell.");
    assertThat(edges(f, RelationType.OPERATES)).singleElement().satisfies(e -> assertThat(e).startsWith("automaker/seat ->"));
  }

  @Test
  void theMakeOfTheVehiclesAssembledIsNotThePlantsOperator() {
    ArticleFacts f = read("Astana Motors, which assembles Hyundai cars at its Almaty plant, is expanding.");
    assertThat(edges(f, RelationType.OPERATES)).singleElement().satisfies(e -> assertThat(e).startsWith("automaker/astana-motors ->"));
  }

  @Test
  void otherCarmakersOfACountryAreNotTheOneAlreadyNamed() {
    ArticleFacts f = read("Geely opened a plant in the Tula region.\n\nThe governor of the Tula region, Dmitry Milyaev, invited other Chinese carmakers to the region.");
    assertThat(f.relations()).filteredOn(r -> r.type() == RelationType.PARTNER_COUNTRY && r.from().startsWith("partnership/region-"))
        .extracting(r -> r.to()).containsExactly("country/cn"); // beside it Geely's own plant: Geely with Russia
  }

  @Test
  void aNationalityBeforeANamedMakerIsNoReferenceToTheMakerBefore() {
    ArticleFacts f = read("Stellantis builds cars in Kenitra.\n\nThe minister said talks were under way with the Chinese manufacturer BYD on a plant in Morocco.");
    assertThat(f.entities()).filteredOn(e -> e.type() == EntityType.PARTNERSHIP)
        .anySatisfy(e -> assertThat(e.attribute("status")).isEqualTo("negotiating"));
    assertThat(f.relations()).filteredOn(r -> r.type() == RelationType.PARTNER_COUNTRY).extracting(r -> r.to())
        .contains("country/ma");
    assertThat(parties(f)).doesNotContain("automaker/stellantis");
  }

  @Test
  void theRegionalGovernmentOwnsTheFigureItPays() {
    ArticleFacts f = read("Ford runs its plant in Almussafes, in the Valencian Community.\n\nThe regional government will contribute 40 million euros.");
    assertThat(edges(f, RelationType.HAS_METRIC)).singleElement().satisfies(e -> assertThat(e).startsWith("region/es-vc ->"));
  }

  @Test
  void aTownInARegionsDistrictIsInThatRegion() {
    ArticleFacts f = read("Kia runs its plant at Penukonda in Andhra Pradesh's Sri Sathya Sai district.");
    assertThat(edges(f, RelationType.LOCATED_IN)).anySatisfy(e -> assertThat(e).endsWith("-> region/in-ap"));
  }

  @Test
  void aUnitEndsBeforeAnAdverb() {
    ArticleFacts f = read("The Kia plant in Penukonda employs about 12,000 people directly and indirectly.");
    assertThat(f.entities()).filteredOn(e -> e.type() == EntityType.METRIC)
        .singleElement().satisfies(e -> assertThat(e.attribute("unit")).isEqualTo("people"));
  }

  @Test
  void aPlantsBuilderRunsItALocalityBeforeItsCityPlacesItInTheCityAndAGroundbreakingIsAVisit() {
    ArticleFacts f = read("Sindh Chief Minister Syed Murad Ali Shah performed the groundbreaking of the BYD electric vehicle assembly plant "
        + "at Port Qasim, Karachi, being built by Mega Motor Company in partnership with BYD.");
    assertThat(edges(f, RelationType.VISITED)).singleElement().satisfies(e -> assertThat(e).endsWith("-> plant/byd-karachi"));
    assertThat(edges(f, RelationType.OPERATES)).singleElement().satisfies(e -> assertThat(e).startsWith("automaker/mega-motor-company ->"));
    assertThat(edges(f, RelationType.LOCATED_IN)).singleElement().satisfies(e -> assertThat(e).endsWith("-> city/karachi"));
    assertThat(f.entities()).filteredOn(e -> e.type() == EntityType.PARTNERSHIP)
        .singleElement().satisfies(e -> assertThat(e.attribute("status")).isEqualTo("signed"));
  }

  @Test
  void anIndustrialComplexOfAMakersLocalCompanyIsItsPlantInTheTownAfter() {
    ArticleFacts f = read("The governor visited the Ayrton Senna industrial complex of Renault do Brasil in São José dos Pinhais.");
    assertThat(edges(f, RelationType.OPERATES)).singleElement().satisfies(e -> assertThat(e).startsWith("automaker/renault ->"));
    assertThat(edges(f, RelationType.LOCATED_IN)).singleElement().satisfies(e -> assertThat(e).endsWith("-> city/sao-jose-dos-pinhais"));
  }

  @Test
  void aRegionInvitingSuppliersOfAMakersCountryWasADealOfItsOwnUntilRules17() {
    String text = "Gujarat Chief Minister Bhupendra Patel toured the Suzuki plant in Hansalpur and invited Japanese component makers to set up units next to the plant.";
    java.util.function.Function<ArticleFacts, List<String>> regionsPartners = f -> f.relations().stream()
        .filter(r -> r.type() == RelationType.PARTNER_COUNTRY && r.from().startsWith("partnership/region-")).map(Relation::to).toList();
    assertThat(regionsPartners.apply(new RuleExtractor("rules/16").extract(new Article("t", "t", text, null, null, "2024-05-17", "test"))))
        .containsExactly("country/jp"); // beside it Suzuki's own plant: Suzuki with India
    assertThat(regionsPartners.apply(read(text))).isEmpty(); // the guide's "Suppliers": no partnership
  }

  @Test
  void aRegionsNameFollowedByCityIsATown() {
    ArticleFacts f = read("SANTA ROSA CITY, Laguna — Laguna Governor Ramil Hernandez toured the Toyota plant in Santa Rosa City.");
    assertThat(f.entities()).noneMatch(e -> e.type() == EntityType.REGION && e.id().startsWith("region/gt"));
    assertThat(edges(f, RelationType.LOCATED_IN)).extracting(e -> e.substring(e.indexOf("-> ") + 3))
        .containsExactlyInAnyOrder("city/santa-rosa-city", "region/laguna");
  }

  @Test
  void theRaisIsTheGovernorAlreadyNamed() {
    ArticleFacts f = read("The Rais of Tatarstan Rustam Minnikhanov met investors.\n\nLater the Rais visited the KAMAZ plant in Naberezhnye Chelny.");
    assertThat(edges(f, RelationType.VISITED)).singleElement().satisfies(e -> assertThat(e).startsWith("governor/rustam-minnikhanov ->"));
  }

  @Test
  void aBatteryParkOfAMakerIsAPlant() {
    ArticleFacts f = read("Michigan Gov. Gretchen Whitmer toured Ford's BlueOval Battery Park Michigan in Marshall.");
    assertThat(edges(f, RelationType.VISITED)).singleElement().satisfies(e -> assertThat(e).endsWith("-> plant/blueoval-battery-park-michigan"));
    assertThat(edges(f, RelationType.OPERATES)).containsExactly("automaker/ford -> plant/blueoval-battery-park-michigan");
  }

  @Test
  void theInaugurationOfAMakersLineInATownIsAVisitToItsPlantThere() {
    ArticleFacts f = read("The governor of Minas Gerais, Romeu Zema, took part in the inauguration of the new engine line of Stellantis in Betim.");
    assertThat(edges(f, RelationType.VISITED)).containsExactly("governor/romeu-zema -> plant/stellantis-betim");
  }

  @Test
  void aTownInTheNorthOfTheProvinceIsInTheProvince() {
    ArticleFacts f = read("Córdoba Governor Martín Llaryora visited the Renault plant in Santa Isabel, in the south of the province.");
    assertThat(edges(f, RelationType.LOCATED_IN)).anySatisfy(e -> assertThat(e).endsWith("-> region/ar-x"));
  }

  @Test
  void theSidesOfAMeetingAreTheGovernorsRegionAndTheMakerHeMet() {
    ArticleFacts f = read("The Rais of Tatarstan Rustam Minnikhanov held a meeting with a delegation of FAW.\n\n"
        + "The parties discussed the possibility of assembling FAW trucks in Yelabuga.");
    assertThat(parties(f)).containsExactlyInAnyOrder("region/ru-ta", "automaker/faw");
  }

  @Test
  void aBareFiatIsStellantissBrand() {
    ArticleFacts f = read("The Betim plant of Stellantis produced 610,000 vehicles of its Fiat brand.");
    assertThat(edges(f, RelationType.OWNS_BRAND)).containsExactly("automaker/stellantis -> brand/fiat");
  }

  @Test
  void aPlantThatTurnedOutCarsRunsNow() {
    ArticleFacts f = read("Mercedes-Benz will start production of a third model at its plant in Kecskemét, Hungary, next year.\n\n"
        + "The plant turned out 170,000 vehicles last year.");
    assertThat(f.entities()).filteredOn(e -> e.type() == EntityType.PARTNERSHIP)
        .singleElement().satisfies(e -> assertThat(e.attribute("status")).isEqualTo("operating"));
  }

  @Test
  void aMakerHoldingAStakeDoesNotRunItsSubsidiarysPlants() {
    ArticleFacts f = read("Maruti Suzuki, in which Japan's Suzuki Motor Corporation holds a majority stake, also runs plants at Gurugram and Manesar in the state.");
    assertThat(edges(f, RelationType.OPERATES)).isNotEmpty().allSatisfy(e -> assertThat(e).startsWith("automaker/maruti-suzuki ->"));
  }

  @Test
  void anIdledPlantNamedByItsTownIsStillTheMakers() {
    ArticleFacts f = read("Stellantis plans to reopen its idled Belvidere assembly plant in 2027.");
    assertThat(edges(f, RelationType.LOCATED_IN)).containsExactly("plant/stellantis-belvidere -> city/belvidere");
  }

  @Test
  void aMakersPlantNearATownIsNotInIt() {
    ArticleFacts f = read("Slovakia has plants of Volkswagen in Bratislava and Kia near Zilina.");
    assertThat(edges(f, RelationType.LOCATED_IN)).singleElement().satisfies(e -> assertThat(e).endsWith("-> city/bratislava"));
    assertThat(f.relations()).filteredOn(r -> r.type() == RelationType.PARTNER_COUNTRY).extracting(r -> r.to())
        .containsExactly("country/sk", "country/sk");
  }

  @Test
  void neitherNorIsADenial() {
    ArticleFacts f = read("SAIC had announced that it was looking for a site for a European plant, but chose neither Germany nor Lower Saxony.");
    assertThat(f.entities()).noneMatch(e -> e.type() == EntityType.PARTNERSHIP);
  }

  @Test
  void aFigureBelongsToTheSubjectOfItsOwnClause() {
    ArticleFacts f = read("The first phase of the Maruti Suzuki plant in Kharkhoda has a capacity of 2.5 lakh vehicles, and Maruti Suzuki is investing Rs 18,000 crore in the complex.");
    assertThat(edges(f, RelationType.HAS_METRIC)).anySatisfy(e -> assertThat(e).startsWith("automaker/maruti-suzuki ->"))
        .anySatisfy(e -> assertThat(e).startsWith("plant/maruti-suzuki-kharkhoda ->"));
  }

  @Test
  void aNumberDownFromAnotherTakesItsUnit() {
    ArticleFacts f = read("The Stellantis plant in Trnava produced 173,000 cars last year, down from 200,000 a year earlier.");
    assertThat(f.entities()).filteredOn(e -> e.type() == EntityType.METRIC).extracting(e -> e.attribute("value"))
        .containsExactlyInAnyOrder(173000L, 200000L);
  }

  @Test
  void aBrandBeforeAModelsNameIsTheModelNotTheBrand() {
    ArticleFacts f = read("The Trnava plant of Stellantis builds only the electric Citroën C3.");
    assertThat(f.entities()).noneMatch(e -> e.type() == EntityType.BRAND);
  }

  @Test
  void aBrandNamedAsOneIsABrandEvenWhenUnknown() {
    ArticleFacts f = read("AGR assembles the Solaris brand cars at its plant in Shushary.\n\nSolaris sales rose.");
    assertThat(f.entities()).filteredOn(e -> e.type() == EntityType.BRAND).extracting(e -> e.name()).containsExactly("Solaris");
  }

  @Test
  void aPlantNamedWithAndTakesTheTownInItsName() {
    ArticleFacts f = read("Ford said its Hermosillo Stamping and Assembly Plant will keep building the Bronco Sport.");
    assertThat(edges(f, RelationType.LOCATED_IN)).containsExactly("plant/hermosillo-stamping-and-assembly-plant -> city/hermosillo");
  }

  @Test
  void thePlantInATownIsThePlantAlreadyPlacedThere() {
    ArticleFacts f = read("AGR runs its plant in Shushary.\n\nThe capacity of the plant in Shushary is 200 thousand cars per year.");
    assertThat(edges(f, RelationType.HAS_METRIC)).singleElement().satisfies(e -> assertThat(e).startsWith("plant/"));
  }

  @Test
  void aZoneNamedSpecialEconomicIsNotACompany() {
    ArticleFacts f = read("The province wants a Chinese automaker in the Tshwane Automotive Special Economic Zone.");
    assertThat(f.entities()).noneMatch(e -> e.type() == EntityType.AUTOMAKER);
  }

  @Test
  void aMakersPlantsOfTwoTownsAreAPlantInEach() {
    ArticleFacts f = read("Renault employs more than 8,000 people in Castilla y León between its plants of Valladolid and Palencia.");
    assertThat(edges(f, RelationType.OPERATES)).hasSize(2);
    assertThat(f.entities()).filteredOn(e -> e.type() == EntityType.PARTNERSHIP)
        .singleElement().satisfies(e -> assertThat(e.attribute("status")).isEqualTo("operating"));
  }

  @Test
  void twoFiguresOfTheSameNameAreBothKept() {
    ArticleFacts f = read("The Kia plant in Zilina will make 150,000 vehicles a year at first.\n\nThe plant will later make 300,000 vehicles a year.");
    assertThat(f.entities()).filteredOn(e -> e.type() == EntityType.METRIC).extracting(e -> e.attribute("value"))
        .containsExactlyInAnyOrder(150000L, 300000L);
  }

  @Test
  void theGovernorFollowedByANameIsTheGovernorOfTheOneRegionNamed() {
    ArticleFacts f = read("The governor Ricardo Gallardo Cardona said BMW will invest in its plant in Villa de Reyes, in San Luis Potosí.");
    assertThat(edges(f, RelationType.GOVERNS)).containsExactly("governor/ricardo-gallardo-cardona -> region/mx-slp");
    assertThat(edges(f, RelationType.LOCATED_IN)).anySatisfy(e -> assertThat(e).endsWith("-> region/mx-slp"));
  }

  @Test
  void aVisitToAMakersNamedPlantIsAVisitToThePlant() {
    ArticleFacts f = read("Aichi Governor Hideaki Omura visited Toyota Motor Corp's Motomachi plant in Toyota City.");
    assertThat(edges(f, RelationType.VISITED)).singleElement().satisfies(e -> assertThat(e).contains("-> plant/"));
  }

  @Test
  void theStateGovernmentIsTheGovernorsStateNotTheRegionNamedLast() {
    ArticleFacts f = read("Selangor Menteri Besar Amirudin Shari visited the Proton plant in Shah Alam.\n\n"
        + "Proton builds other models at Tanjung Malim in Perak.\n\n"
        + "Amirudin said the state government was in talks with two Chinese carmakers.");
    assertThat(parties(f)).containsExactly("region/my-10");
  }

  @Test
  void aForeignMakersPlantWithNoPlaceIsInTheArticlesOneRegion() {
    String text = "Georgia Gov. Brian Kemp spoke on Friday.\n\nHyundai's Metaplant employs about 1,400 people.";
    ArticleFacts f = readAsRules11(text);
    assertThat(parties(f)).containsExactlyInAnyOrder("region/us-ga", "automaker/hyundai");
    assertThat(partnerCountries(read(text))).containsExactly("country/us");
  }

  @Test
  void aJointVentureThatWasIsNoPartnership() {
    ArticleFacts f = read("The Sollers plant in Vsevolozhsk, which until 2022 belonged to a joint venture of Ford and Sollers, will assemble trucks.");
    assertThat(parties(f)).doesNotContain("automaker/ford");
  }

  @Test
  void aDatelinesTownOwnsNoFigure() {
    ArticleFacts f = read("SAN LUIS POTOSÍ, S.L.P. - The governor said BMW will invest 800 million euros in the state.");
    assertThat(edges(f, RelationType.HAS_METRIC)).singleElement().satisfies(e -> assertThat(e).startsWith("automaker/bmw ->"));
  }

  @Test
  void uazIsACompanyWithAPlantAndABrandOfSollers() {
    ArticleFacts f = read("The governor visited the Ulyanovsk Automobile Plant (UAZ). Sollers also owns the UAZ brand.");
    assertThat(edges(f, RelationType.OPERATES)).singleElement().satisfies(e -> assertThat(e).startsWith("automaker/uaz -> plant/"));
    assertThat(edges(f, RelationType.OWNS_BRAND)).containsExactly("automaker/sollers -> brand/uaz");
  }

  @Test
  void aPartyNamedInsideTheOtherPartysPlantIsReadWithoutFailing() {
    ArticleFacts f = read("Stellantis' plant in Tychy, Silesia, now the country's only passenger car plant, ended production of the Fiat 500 in 2024.");
    assertThat(f.entities()).anySatisfy(e -> assertThat(e.id()).isEqualTo("plant/stellantis-tychy"));
  }

  @Test
  void georgiaIsTheUsStateInAnArticleAboutTheUnitedStatesAndAfterOneOfItsTowns() {
    ArticleFacts f = read("Hyundai builds cars at its Metaplant in Ellabell, Georgia. Kia makes SUVs at its plant in West Point, Georgia.");
    assertThat(f.entities()).anySatisfy(e -> assertThat(e.id()).isEqualTo("region/us-ga"));
    assertThat(f.entities()).noneSatisfy(e -> assertThat(e.id()).isEqualTo("country/ge"));
    ArticleFacts caucasus = read("Astana Motors is in talks with importers in Georgia and Azerbaijan.");
    assertThat(caucasus.entities()).anySatisfy(e -> assertThat(e.id()).isEqualTo("country/ge"));
  }

  @Test
  void aRiverIsNotThePlaceItIsNamedAfter() {
    ArticleFacts f = read("Hyundai Steel plans a mill on the Mississippi River, south of Baton Rouge.");
    assertThat(f.entities()).noneSatisfy(e -> assertThat(e.id()).isEqualTo("region/us-ms"));
  }

  @Test
  void whatALongQuotationNamesDoesNotOwnTheNextFigure() {
    ArticleFacts f = read("Kemp told workers at Hyundai Motor Group Metaplant America that the site was \"proof that the world still wants to build in Georgia.\" "
        + "The complex is expected to employ 8,500 people.");
    assertThat(edges(f, RelationType.HAS_METRIC)).singleElement().satisfies(e -> assertThat(e).startsWith("plant/"));
  }

  @Test
  void theHeadOfTheRepublicIsTheGovernorOfTheRepublicTheArticleNamed() {
    ArticleFacts f = read("The Republic of Bashkortostan has signed an agreement with a Chinese bus maker, the head of the republic, Radiy Khabirov, said.");
    assertThat(edges(f, RelationType.GOVERNS)).containsExactly("governor/radiy-khabirov -> region/ru-ba");
    ArticleFacts after = read("The Karachay-Cherkess Republic is in talks with a Chinese carmaker, Rashid Temrezov, the head of the republic, said.");
    assertThat(edges(after, RelationType.GOVERNS)).containsExactly("governor/rashid-temrezov -> region/ru-kc");
  }

  @Test
  void thePresidentOfTheRepublicIsNoGovernor() {
    ArticleFacts f = read("The State of São Paulo hosted the ceremony with the President of the Republic, Luiz Inácio Lula da Silva.");
    assertThat(edges(f, RelationType.GOVERNS)).isEmpty();
  }

  @Test
  void aTitledGovernorHeadsTheOneRegionTheArticleNamesLater() {
    ArticleFacts f = read("HYDERABAD: Chief Minister A. Revanth Reddy on Friday inaugurated an electric bus factory.\n\n"
        + "He said Telangana had offered BYD land for a car plant.");
    assertThat(edges(f, RelationType.GOVERNS)).containsExactly("governor/a-revanth-reddy -> region/in-tg");
  }

  @Test
  void theGovernorOfTheStateOfXInLowerCase() {
    ArticleFacts f = read("The governor of the state of Hidalgo, Julio Menchaca Salazar, attended the ceremony.");
    assertThat(edges(f, RelationType.GOVERNS)).containsExactly("governor/julio-menchaca-salazar -> region/mx-hid");
  }

  @Test
  void aVanOrEnginePlantOfTheMakerNamedBeforeIsItsPlant() {
    ArticleFacts f = read("Stellantis says Tychy can build 320,000 vehicles a year. Its van plant in Gliwice, also in Silesia, kept running.");
    assertThat(edges(f, RelationType.OPERATES)).containsExactly("automaker/stellantis -> plant/stellantis-gliwice");
  }

  @Test
  void aCompanyNamedForItsRegionKeepsTheRegionInItsName() {
    ArticleFacts f = read("The governor visited the plant of Giant Motors Latinoamérica (GML) in Ciudad Sahagún.");
    assertThat(f.entities()).anySatisfy(e -> assertThat(e.name()).isEqualTo("Giant Motors Latinoamérica"));
  }

  @Test
  void aCompanyIntroducedByWhatItMakesIsAnAutomakerAndItsPlantIsItsOwn() {
    ArticleFacts f = read("Toyota makes transaxles in Walbrzych. Bus maker Solaris delivered 1,560 buses from its plant in Bolechowo.");
    assertThat(edges(f, RelationType.OPERATES)).contains("automaker/solaris -> plant/solaris-bolechowo")
        .noneMatch(e -> e.startsWith("automaker/toyota -> plant/toyota-bolechowo"));
  }

  @Test
  void theOwnerInASubsidiaryAppositionIsNotThePlantsOperator() {
    ArticleFacts f = read("NefAZ, a subsidiary of the truck maker KAMAZ, builds city buses at its plant in Neftekamsk.");
    assertThat(edges(f, RelationType.OPERATES)).containsExactly("automaker/nefaz -> plant/nefaz-neftekamsk");
  }

  @Test
  void aGovernorSomeoneElseRepresentedDidNotVisit() {
    ArticleFacts f = read("The vice-governor represented Governor Tarcísio de Freitas at the inauguration of the BYD factory in Camaçari.");
    assertThat(edges(f, RelationType.VISITED)).isEmpty();
  }

  @Test
  void aPlantTheMakerHasNoPlansToBuildIsNoPlant() {
    ArticleFacts f = read("A Kia spokesperson said the company has no plans to build a plant in Louisiana.");
    assertThat(f.entities()).noneMatch(e -> e.type() == EntityType.PLANT);
  }

  @Test
  void aCountryThatStartsTheClauseOwnsItsFigure() {
    ArticleFacts f = read("Poland built 102,400 passenger cars in 2025, according to the industry association.");
    assertThat(edges(f, RelationType.HAS_METRIC)).singleElement().satisfies(e -> assertThat(e).startsWith("country/pl ->"));
  }

  @Test
  void aCountryBeforeTheFiguresClauseDoesNotOwnIt() {
    ArticleFacts f = read("Serbia is courting Chinese carmakers, and Stellantis invested 190 million euros in Kragujevac.");
    assertThat(edges(f, RelationType.HAS_METRIC)).noneSatisfy(e -> assertThat(e).startsWith("country/rs ->"));
  }

  @Test
  void aPlantNamedForItsStateIsInTheTownNamedAfterIt() {
    ArticleFacts f = read("Trucks carry the parts to Toyota Motor Manufacturing Kentucky in Georgetown, the company's largest factory.");
    assertThat(edges(f, RelationType.LOCATED_IN)).contains(
        "plant/toyota-motor-manufacturing-kentucky -> region/us-ky", "plant/toyota-motor-manufacturing-kentucky -> city/georgetown");
  }

  @Test
  void anAutomakersIndustrialComplexIsItsPlant() {
    ArticleFacts f = read("Governor Cláudio Castro visited the Nissan Industrial Complex in Resende, in the State of Rio de Janeiro.");
    assertThat(edges(f, RelationType.OPERATES)).containsExactly("automaker/nissan -> plant/nissan-industrial-complex");
  }

  @Test
  void aHandfulOfThingsDescribesRatherThanMeasures() {
    ArticleFacts f = read("Stellantis runs two plants and three shifts in Spain, and built 522,000 vehicles in Vigo last year.");
    assertThat(f.entities()).filteredOn(e -> e.type() == EntityType.METRIC)
        .singleElement().satisfies(e -> assertThat(e.attribute("value")).isEqualTo(522000L));
  }
}
