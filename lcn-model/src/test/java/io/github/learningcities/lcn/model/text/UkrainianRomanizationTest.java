package io.github.learningcities.lcn.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.model.place.SubdivisionCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UkrainianRomanizationTest {

  /** The examples given in the table of resolution No. 55 of 27 January 2010. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "Алушта, Alushta",
    "Андрій, Andrii",
    "Борщагівка, Borshchahivka",
    "Вінниця, Vinnytsia",
    "Гадяч, Hadiach",
    "Згорани, Zghorany",
    "Розгон, Rozghon",
    "Ґалаґан, Galagan",
    "Горгани, Horhany",
    "Дон, Don",
    "Рівне, Rivne",
    "Єнакієве, Yenakiieve",
    "Наталія, Nataliia",
    "Житомир, Zhytomyr",
    "Жашків, Zhashkiv",
    "Закарпаття, Zakarpattia",
    "Медвин, Medvyn",
    "Іршава, Irshava",
    "Їжакевич, Yizhakevych",
    "Кадиївка, Kadyivka",
    "Йосипівка, Yosypivka",
    "Стрий, Stryi",
    "Олексій, Oleksii",
    "Київ, Kyiv",
    "Лебедин, Lebedyn",
    "Миколаїв, Mykolaiv",
    "Ніжин, Nizhyn",
    "Одеса, Odesa",
    "Полтава, Poltava",
    "Ромни, Romny",
    "Суми, Sumy",
    "Тетерів, Teteriv",
    "Ужгород, Uzhhorod",
    "Фастів, Fastiv",
    "Харків, Kharkiv",
    "Біла Церква, Bila Tserkva",
    "Чернігів, Chernihiv",
    "Шостка, Shostka",
    "Гоща, Hoshcha",
    "Юрій, Yurii",
    "Крюківка, Kriukivka",
    "Яготин, Yahotyn",
    "Ічня, Ichnia",
    "Знам’янка, Znamianka",
    "Русь, Rus",
    "Мелітополь, Melitopol",
    "Запоріжжя, Zaporizhzhia"
  })
  void romanizesTheResolutionsExamples(String ukrainian, String latin) {
    assertThat(UkrainianRomanization.romanize(ukrainian)).isEqualTo(latin);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "ЩО, SHCHO",
    "Щасливе, Shchaslyve",
    "ЗГОРАНИ, ZGHORANY",
    "ЮРІЙ, YURII",
    "Я, Ya",
    "ЗНАМ'ЯНКА, ZNAMIANKA",
    "Знамʼянка, Znamianka"
  })
  void keepsCapitalisation(String ukrainian, String latin) {
    assertThat(UkrainianRomanization.romanize(ukrainian)).isEqualTo(latin);
  }

  @Test
  void tellsZghFromZhh() {
    assertThat(UkrainianRomanization.romanize("Згорани")).isEqualTo("Zghorany");
    assertThat(UkrainianRomanization.romanize("Ужгород")).isEqualTo("Uzhhorod");
  }

  @Test
  void startsAWordAfterASpaceOrAHyphen() {
    assertThat(UkrainianRomanization.romanize("Івано-Франківськ")).isEqualTo("Ivano-Frankivsk");
    assertThat(UkrainianRomanization.romanize("Нова Їжа")).isEqualTo("Nova Yizha");
  }

  @Test
  void keepsCharactersThatAreNotUkrainianLetters() {
    assertThat(UkrainianRomanization.romanize("м. Суми, 2017 (UA-59)"))
        .isEqualTo("m. Sumy, 2017 (UA-59)");
    assertThat(UkrainianRomanization.romanize("'Київ'")).isEqualTo("'Kyiv'");
  }

  /** The ISO 3166-2:UA names are the national 2010 romanization of the Ukrainian names. */
  @Test
  void reproducesTheIsoNamesOfTheUkrainianSubdivisions() {
    assertThat(SubdivisionCode.ukrainian()).hasSize(27);
    for (SubdivisionCode code : SubdivisionCode.ukrainian()) {
      LocalizedText name = code.name().orElseThrow();
      assertThat(UkrainianRomanization.romanize(name.in("uk")))
          .as(code.value())
          .isEqualTo(name.in("en"));
    }
  }
}
