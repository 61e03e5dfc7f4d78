package com.example.cityportal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.uncertainty.Factor;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintySpec;
import io.github.learningcities.lcn.model.builtin.UkrainianNetwork;
import io.github.learningcities.lcn.model.declaration.Declaration;
import io.github.learningcities.lcn.serialization.LcnJson;
import io.github.learningcities.lcn.serialization.LcnXml;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

/**
 * JSON and XML round trips through the mappers the SDK returns, used directly as Jackson
 * mappers by a module that requires only io.github.learningcities.lcn.serialization.
 */
class MapperRoundTripTest {
  private static final UncertaintySpec SPEC = UncertaintySpec.of(List.of(
      Factor.normalisation("normalisation",
          List.of(Normalisation.minMax(1, 100), Normalisation.zScore(100, 10))),
      Factor.aggregation("aggregation",
          List.of(Aggregation.arithmetic(), Aggregation.geometric()))), 64, 42L)
      .withSensitivity();

  @Test
  void theNetworkAndItsCitiesThroughJsonAndXml() {
    assertEquals(UkrainianNetwork.get().network(), CityPortal.networkThroughJson());
    assertEquals(UkrainianNetwork.get().network(), CityPortal.networkThroughXml());
    assertEquals(UkrainianNetwork.get().cities(), CityPortal.citiesThroughJson());
  }

  @Test
  void valuesThroughTheJsonMapper() {
    roundTrip(LcnJson.standard().mapper());
  }

  @Test
  void valuesThroughTheXmlMapper() {
    roundTrip(LcnXml.standard().mapper());
  }

  private static void roundTrip(ObjectMapper mapper) {
    Declaration melitopol = UkrainianNetwork.get().declaration();
    assertEquals(melitopol, mapper.readValue(mapper.writeValueAsString(melitopol),
        Declaration.class));
    assertEquals(SPEC, mapper.readValue(mapper.writeValueAsString(SPEC),
        UncertaintySpec.class));
  }
}
