package io.github.learningcities.lcn.model.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.catalog.Confidence;
import java.time.Year;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceTest {

  @ParameterizedTest
  @ValueSource(strings = {"UA", "DE", "KR", "CN", "CO", "IE", "MX", "SA"})
  void acceptsIsoCountryCodes(String code) {
    assertThat(CountryCode.of(code)).hasToString(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ua", "UKR", "U", "XX", "", "EU"})
  void rejectsWhatIsNotAnIsoAlpha2Code(String code) {
    assertThatThrownBy(() -> CountryCode.of(code))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("CountryCode.value: \"" + code + "\" is invalid; expected an ISO 3166-1"
            + " alpha-2 code in upper case, e.g. \"UA\"");
  }

  @Test
  void namesTheCountry() {
    assertThat(CountryCode.UKRAINE.displayName(Locale.ENGLISH)).isEqualTo("Ukraine");
  }

  @Test
  void shipsThe27UkrainianSubdivisionsWithProvenance() {
    assertThat(SubdivisionCode.ukrainian()).hasSize(27)
        .extracting(SubdivisionCode::value)
        .contains("UA-05", "UA-23", "UA-30", "UA-40", "UA-43", "UA-77")
        .doesNotContain("UA-01", "UA-80");
    assertThat(SubdivisionCode.ukrainianListProvenance().source()).contains("ISO 3166-2:UA");
    assertThat(SubdivisionCode.ukrainianListProvenance().confidence())
        .isEqualTo(Confidence.VERIFIED);
    SubdivisionCode zaporizhzhia = SubdivisionCode.of("UA-23");
    assertThat(zaporizhzhia.country()).isEqualTo(CountryCode.UKRAINE);
    assertThat(zaporizhzhia.name().orElseThrow().in("uk")).isEqualTo("Запорізька область");
    assertThat(zaporizhzhia.name().orElseThrow().in("en")).isEqualTo("Zaporizka oblast");
  }

  @Test
  void rejectsAUkrainianCodeThatIsNotOnTheOfficialList() {
    assertThatThrownBy(() -> SubdivisionCode.of("UA-99"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("SubdivisionCode.value: \"UA-99\" is invalid; expected one of"
            + " the 27 ISO 3166-2:UA codes [UA-05, UA-07");
  }

  @Test
  void checksOnlyTheFormatForOtherCountries() {
    assertThat(SubdivisionCode.of("DE-HH").country()).isEqualTo(CountryCode.of("DE"));
    assertThat(SubdivisionCode.of("KR-28").name()).isEmpty();
    assertThatThrownBy(() -> SubdivisionCode.of("DE-hh"))
        .isInstanceOf(InvalidModelException.class);
    assertThatThrownBy(() -> SubdivisionCode.of("XX-12"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("country part");
    assertThatThrownBy(() -> SubdivisionCode.of("DE-ABCD"))
        .isInstanceOf(InvalidModelException.class);
  }

  @Test
  void checksGeoPointRanges() {
    assertThat(GeoPoint.of(-90, 180).latitude()).isEqualTo(-90.0);
    assertThatThrownBy(() -> GeoPoint.of(90.5, 0))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("GeoPoint[90.5, 0.0].latitude: 90.5 is invalid; expected a finite number of"
            + " degrees in -90..90");
    assertThatThrownBy(() -> GeoPoint.of(0, -180.01))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("longitude");
    assertThatThrownBy(() -> GeoPoint.of(Double.NaN, 0))
        .isInstanceOf(InvalidModelException.class);
    assertThatThrownBy(() -> GeoPoint.of(0, Double.POSITIVE_INFINITY))
        .isInstanceOf(InvalidModelException.class);
  }

  @Test
  void checksDatedQuantities() {
    DatedQuantity population = DatedQuantity.population(155_900, 2016);
    assertThat(population.value()).isEqualTo(155_900.0);
    assertThat(population.unit()).isEqualTo("inhabitants");
    assertThat(population.year()).isEqualTo(Year.of(2016));
    assertThat(DatedQuantity.population(0, 2020).value()).isZero();
    assertThatThrownBy(() -> DatedQuantity.population(-5, 2016))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("DatedQuantity[inhabitants 2016].value: -5.0 is invalid; expected a finite"
            + " number greater than or equal to 0");
    assertThatThrownBy(() -> DatedQuantity.of(1, " ", Year.of(2016)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("unit");
  }
}
