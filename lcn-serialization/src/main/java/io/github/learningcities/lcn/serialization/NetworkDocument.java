package io.github.learningcities.lcn.serialization;

import io.github.learningcities.lcn.model.city.City;
import io.github.learningcities.lcn.model.network.Network;
import io.github.learningcities.lcn.model.people.Organization;
import java.util.List;
import java.util.Objects;

/**
 * The content of a {@code network} document: a network with its member cities and the
 * organizations it refers to, so that a portal can exchange a whole network in one file.
 *
 * @param network the network, with its memberships
 * @param cities the cities (members and others the network refers to)
 * @param organizations the organizations (coordinator and others)
 * @since 0.1.0
 */
public record NetworkDocument(Network network, List<City> cities,
    List<Organization> organizations) {

  /** Validates and copies. */
  public NetworkDocument {
    Objects.requireNonNull(network, "network");
    cities = List.copyOf(cities);
    organizations = List.copyOf(organizations);
  }

  /**
   * Returns a document with the network alone.
   *
   * @param network the network
   * @return the document
   */
  public static NetworkDocument of(Network network) {
    return new NetworkDocument(network, List.of(), List.of());
  }
}
