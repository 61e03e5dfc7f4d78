package io.github.learningcities.lcn.model.network;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.internal.Slugs;
import org.immutables.value.Value;

/**
 * The identifier of a network of learning cities: a lowercase slug such as {@code "ua-learning-cities"}.
 *
 * <p>The value matches {@code [a-z0-9]+(-[a-z0-9]+)*} and has at most 64 characters; it is
 * written to JSON as a plain string and {@link #toString()} returns it unchanged. Identifiers
 * order by their value.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableNetworkId.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableNetworkId.class)
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableNetworkId.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableNetworkId.class)
public abstract class NetworkId implements Comparable<NetworkId> {

  /**
   * Returns the slug.
   *
   * @return the value, e.g. {@code "ua-learning-cities"}
   */
  @JsonValue
  @Value.Parameter
  public abstract String value();

  /**
   * Checks the slug rule.
   *
   * @throws InvalidModelException if the value is not a lowercase slug of at most 64 characters
   */
  @Value.Check
  protected void check() {
    Slugs.require("NetworkId", value());
  }

  /**
   * Returns the identifier with the given value.
   *
   * @param value the slug, e.g. {@code "ua-learning-cities"}
   * @return the identifier
   * @throws InvalidModelException if the value is not a lowercase slug of at most 64 characters
   */
  @JsonCreator
  public static NetworkId of(String value) {
    return ImmutableNetworkId.of(value);
  }

  @Override
  public int compareTo(NetworkId other) {
    return value().compareTo(other.value());
  }

  /**
   * Returns the slug itself.
   *
   * @return the value
   */
  @Override
  public String toString() {
    return value();
  }
}
