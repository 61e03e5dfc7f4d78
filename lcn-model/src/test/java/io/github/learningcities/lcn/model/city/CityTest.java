package io.github.learningcities.lcn.model.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.place.CountryCode;
import io.github.learningcities.lcn.model.place.DatedQuantity;
import io.github.learningcities.lcn.model.place.SubdivisionCode;
import io.github.learningcities.lcn.model.text.LocalizedText;
import java.net.URI;
import org.junit.jupiter.api.Test;

class CityTest {

  private final ImmutableCity bilaTserkva = ImmutableCity.copyOf(City.of(CityId.of("ua-bila-tserkva"),
      LocalizedText.of("uk", "Біла Церква"), CountryCode.UKRAINE));

  @Test
  void romanizesTheUkrainianNameOnDemand() {
    assertThat(bilaTserkva.romanizedName()).contains("Bila Tserkva");
    assertThat(bilaTserkva.name()).isEqualTo("Біла Церква");
  }

  @Test
  void rejectsASubdivisionOfAnotherCountry() {
    assertThatThrownBy(() -> bilaTserkva.withSubdivision(SubdivisionCode.of("DE-HH")))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("City[ua-bila-tserkva].subdivision: DE-HH is invalid;"
            + " expected a subdivision of the city's country UA");
    assertThat(bilaTserkva.withSubdivision(SubdivisionCode.of("UA-32")).subdivision())
        .contains(SubdivisionCode.of("UA-32"));
  }

  @Test
  void rejectsAWebsiteThatIsNotHttp() {
    assertThatThrownBy(() -> bilaTserkva.withWebsite(URI.create("ftp://bc-rada.gov.ua")))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("City[ua-bila-tserkva].website: ftp://bc-rada.gov.ua is invalid");
    assertThatThrownBy(() -> bilaTserkva.withWebsite(URI.create("bc-rada.gov.ua")))
        .isInstanceOf(InvalidModelException.class);
  }

  @Test
  void rejectsAPopulationInTheWrongUnit() {
    assertThatThrownBy(() -> bilaTserkva.withPopulation(
            DatedQuantity.areaInSquareKilometres(34, 2020)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("City[ua-bila-tserkva].population.unit: \"km2\" is invalid; expected"
            + " \"inhabitants\"");
  }

  @Test
  void requiresTheMandatoryAttributes() {
    assertThatThrownBy(() -> City.builder().id(CityId.of("ua-sumy")).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("City.names: null is invalid; expected a value; required and not set:"
            + " names, country");
  }
}
