package org.partnergraph.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.model.EntityType;

/** The gazetteer over the generated reference data: the forms news writes, and the words it must leave alone. */
class GazetteerTest {
  private static final Gazetteer GAZETTEER = new Gazetteer(ReferenceData.bundled());

  /** "text=id|id" for each match that names a known entry. */
  private static List<String> found(String sentence) {
    return GAZETTEER.find(sentence).stream()
        .filter(m -> m.kind() == Gazetteer.Kind.ENTRY)
        .map(m -> m.text() + "=" + String.join("|", m.entries().stream().map(RefEntry::id).toList()))
        .toList();
  }

  /** The places (cities and regions) a sentence names. */
  private static List<String> places(String sentence) {
    return GAZETTEER.find(sentence).stream()
        .filter(m -> m.kind() == Gazetteer.Kind.ENTRY)
        .flatMap(m -> m.entries().stream())
        .filter(e -> e.type() == EntityType.CITY || e.type() == EntityType.REGION)
        .map(RefEntry::id)
        .toList();
  }

  @Test
  void findsTheFormsNewsWritesForRegions() {
    assertThat(found("Investors toured the Nizhniy Novgorod region.")).containsExactly("Nizhniy Novgorod region=region/ru-niz");
    assertThat(found("Sichuan province and Jiangsu Province signed.")).containsExactly("Sichuan province=region/cn-sc", "Jiangsu Province=region/cn-js");
    assertThat(found("The State of Jalisco and Nuevo Leon state compete.")).containsExactly("State of Jalisco=region/mx-jal", "Nuevo Leon state=region/mx-nle");
    assertThat(found("A plant in the Kostanay Oblast.")).containsExactly("Kostanay Oblast=region/kz-kus");
    assertThat(found("Udmurtia and the Republic of Tatarstan.")).containsExactly("Udmurtia=region/ru-ud", "Republic of Tatarstan=region/ru-ta");
    assertThat(found("Hidalgo state courts Chinese carmakers.")).containsExactly("Hidalgo state=region/mx-hid");
  }

  @Test
  void findsCitiesUnderTheirNewsSpellings() {
    assertThat(places("From Tolyatti to Ekaterinburg.")).containsExactly("city/togliatti", "city/yekaterinburg");
    assertThat(places("St. Petersburg")).contains("city/saint-petersburg"); // and the federal city, RU-SPE
    assertThat(places("Sao Paulo, Cologne, Köln and Kyiv.")).containsExactly("city/sao-paulo", "city/cologne", "city/cologne", "city/kyiv");
    assertThat(places("Kiev")).contains("city/kyiv"); // and the city's region, Kyiv (UA-30)
    assertThat(places("Production moves to Phoenix, Arizona.")).containsExactly("city/phoenix");
  }

  @Test
  void aCityAndTheRegionOfTheSameNameAreBothOffered() {
    assertThat(places("New York")).containsExactlyInAnyOrder("city/new-york-city", "region/us-ny");
    assertThat(places("Puebla")).containsExactlyInAnyOrder("city/puebla", "region/mx-pue");
  }

  @Test
  void leavesWordsNamesAndCompaniesThatArePlacesElsewhereAlone() {
    for (String s : List.of(
        "Nice results, Reading analysts said.",
        "Vladimir Putin met Paul Smith and Lewis Hamilton.",
        "Meta and Phoenix Motorcars were not involved.",
        "The Hyundai Tucson and the Hyundai Santa Fe sold well.",
        "Washington imposed tariffs.",
        "Charlotte Miranda and Santiago Vargas spoke.",
        "Male and female workers, Unity and Store brands.",
        "Cleveland-Cliffs supplies steel.",
        "Aurora and Volta build trucks.",
        "Mesa, Riverside and Queens are districts.")) {
      assertThat(places(s)).as(s).isEmpty();
    }
    assertThat(found("Toyota expands.")).containsExactly("Toyota=automaker/toyota");
  }

  @Test
  void aRegionIsFoundUnderTheLowerCaseFormNewsWritesButNoLowerCaseWordStartsAName() {
    assertThat(found("The governor of the state of Hidalgo spoke.")).containsExactly("state of Hidalgo=region/mx-hid");
    assertThat(found("the toyota plant")).isEmpty();
  }

  @Test
  void buenosAiresIsTheProvinceOrTheCityNeverTheCapitalDistrictByItsBareName() {
    // the province's governor is "the Buenos Aires governor"; the capital district has its own names
    assertThat(places("Buenos Aires")).containsExactlyInAnyOrder("city/buenos-aires", "region/ar-b");
    assertThat(places("the Ciudad Autónoma de Buenos Aires")).containsExactly("region/ar-c");
  }

  @Test
  void countriesAreNotAlsoCities() {
    assertThat(found("Hong Kong and Singapore")).containsExactly("Hong Kong=country/hk", "Singapore=country/sg");
    assertThat(found("Myanmar and Ivory Coast")).containsExactly("Myanmar=country/mm", "Ivory Coast=country/ci");
  }
}
