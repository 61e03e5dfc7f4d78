package com.example.cityportal;

import io.github.learningcities.lcn.model.builtin.UkrainianNetwork;
import io.github.learningcities.lcn.model.city.City;
import io.github.learningcities.lcn.model.network.Network;
import io.github.learningcities.lcn.serialization.LcnJson;
import io.github.learningcities.lcn.serialization.LcnXml;
import java.util.List;

/**
 * What a portal does with the SDK: publishes the built-in network as JSON and XML through the
 * mappers the SDK returns, and reads them back. Compiles only if the formats module passes
 * Jackson's modules on ({@code requires transitive}).
 *
 * @since 0.1.0
 */
public final class CityPortal {
  private CityPortal() {}

  /**
   * Writes the Ukrainian network with the SDK's JSON mapper and reads it back.
   *
   * @return the network read back
   */
  public static Network networkThroughJson() {
    Network network = UkrainianNetwork.get().network();
    String text = LcnJson.standard().mapper().writeValueAsString(network);
    return LcnJson.standard().mapper().readValue(text, Network.class);
  }

  /**
   * Writes the Ukrainian network with the SDK's XML mapper and reads it back.
   *
   * @return the network read back
   */
  public static Network networkThroughXml() {
    Network network = UkrainianNetwork.get().network();
    String text = LcnXml.standard().mapper().writeValueAsString(network);
    return LcnXml.standard().mapper().readValue(text, Network.class);
  }

  /**
   * Writes the network's cities with the SDK's JSON mapper and reads them back as a list.
   *
   * @return the cities read back
   */
  public static List<City> citiesThroughJson() {
    List<City> cities = UkrainianNetwork.get().cities();
    var mapper = LcnJson.standard().mapper();
    String text = mapper.writeValueAsString(cities);
    return mapper.readValue(text, mapper.getTypeFactory()
        .constructCollectionType(List.class, City.class));
  }
}
