package io.github.learningcities.lcn.model.city;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.model.place.CountryCode;
import io.github.learningcities.lcn.model.place.DatedQuantity;
import io.github.learningcities.lcn.model.place.GeoPoint;
import io.github.learningcities.lcn.model.place.SubdivisionCode;
import io.github.learningcities.lcn.model.text.LocalizedText;
import java.net.URI;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Proves that the Jackson annotations on the model let Jackson 3 bind it without mix-ins. */
class CityJsonRoundTripTest {

  @Test
  void roundTripsACityThroughJackson3() {
    City melitopol = City.builder()
        .id(CityId.of("ua-melitopol"))
        .names(LocalizedText.of("uk", "Мелітополь", "en", "Melitopol"))
        .country(CountryCode.UKRAINE)
        .subdivision(SubdivisionCode.of("UA-23"))
        .population(DatedQuantity.population(155_900, 2016))
        .location(GeoPoint.of(46.85, 35.37))
        .website(URI.create("https://mlt.gov.ua"))
        .build();
    JsonMapper mapper = JsonMapper.builder().build();

    String json = mapper.writeValueAsString(melitopol);
    City back = mapper.readValue(json, City.class);

    assertThat(back).isEqualTo(melitopol);
    assertThat(json)
        .startsWith("{\"id\":\"ua-melitopol\",\"names\":{\"uk\":\"Мелітополь\","
            + "\"en\":\"Melitopol\"},\"country\":\"UA\",\"subdivision\":\"UA-23\"")
        .contains("\"population\":{\"value\":155900.0,\"unit\":\"inhabitants\",\"year\":2016}")
        .endsWith("\"website\":\"https://mlt.gov.ua\",\"contactEmail\":null}");
  }
}
