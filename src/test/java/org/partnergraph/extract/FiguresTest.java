package org.partnergraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FiguresTest {
  private final Figures figures = new Figures();

  @Test
  void scalesMillionsAndKeepsTheQualifier() {
    var f = figures.find("the group delivered approximately 2.3 million vehicles worldwide").get(0);
    assertThat(f.value()).isEqualByComparingTo(new BigDecimal("2300000"));
    assertThat(f.qualifier()).isEqualTo("approximately");
    assertThat(f.unit()).isEqualTo("vehicles");
  }

  @Test
  void readsThousandsSeparatorsAndNumberWords() {
    assertThat(figures.find("around 90,000 employees").get(0).value()).isEqualByComparingTo("90000");
    var brands = figures.find("includes eight distinct brands").get(0);
    assertThat(brands.value()).isEqualByComparingTo("8");
    assertThat(brands.phrase()).isEqualTo("brands");
  }

  @Test
  void yearsAndDurationsAreNotFigures() {
    assertThat(figures.find("In 2023 it grew, and talks took three years")).isEmpty();
  }

  @Test
  void currencyWordsBecomeTheUnit() {
    var f = figures.find("an investment of about 15 billion roubles").get(0);
    assertThat(f.unit()).isEqualTo("RUB");
    assertThat(f.value()).isEqualByComparingTo("15000000000");
  }

  @Test
  void aSecondNumberWithoutAUnitTakesTheUnitOfTheFirst() {
    var found = figures.find("It will make 90,000 cars in the first phase and up to 150,000 later");
    assertThat(found).extracting(f -> f.unit()).containsExactly("cars", "cars");
    assertThat(found.get(1).value()).isEqualByComparingTo("150000");
  }

  @Test
  void aModelsNameBetweenANumberAndItsUnitIsSkipped() {
    assertThat(figures.find("The plant built a record 76,000 X3 vehicles last year")).extracting(f -> f.unit()).containsExactly("vehicles");
  }

  @Test
  void aCountOfMakersOfACountryIsNotAFigure() {
    assertThat(figures.find("The state is in talks with two Chinese carmakers")).isEmpty();
  }

  @Test
  void anAdjectiveInLyCanNameAFigure() {
    assertThat(figures.find("It employs about 2,000 hourly workers")).extracting(f -> f.phrase()).containsExactly("hourly workers");
  }

  @Test
  void anAdverbEndsAUnit() {
    assertThat(figures.find("It employs about 12,000 people directly and indirectly")).extracting(f -> f.unit()).containsExactly("people");
  }
}
