package com.example.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.learningcities.lcn.model.builtin.UkrainianNetwork;
import io.github.learningcities.lcn.model.city.City;
import io.github.learningcities.lcn.model.declaration.Declaration;
import io.github.learningcities.lcn.model.network.Network;
import org.junit.jupiter.api.Test;

/** The model's types bind with Jackson 2 alone: written and read back equal. */
class Jackson2RoundTripTest {
  private final ObjectMapper mapper = LegacyMapper.create();

  @Test
  void theBuiltInNetworkRoundTrips() throws Exception {
    UkrainianNetwork ua = UkrainianNetwork.get();
    Network network = ua.network();
    assertEquals(network, mapper.readValue(mapper.writeValueAsString(network), Network.class));
    for (City city : ua.cities()) {
      assertEquals(city, mapper.readValue(mapper.writeValueAsString(city), City.class));
    }
    Declaration melitopol = ua.declaration();
    assertEquals(melitopol, mapper.readValue(mapper.writeValueAsString(melitopol),
        Declaration.class));
  }
}
