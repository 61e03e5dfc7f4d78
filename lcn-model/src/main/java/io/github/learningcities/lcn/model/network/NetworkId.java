package io.github.learningcities.lcn.model.network;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonRootName;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.SlugIdentifier;
import org.immutables.value.Value;

/**
 * The identifier of a network of learning cities: a lowercase slug such as
 * {@code "ua-learning-cities"}, following the rules of {@link SlugIdentifier}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonRootName("NetworkId")
public abstract class NetworkId extends SlugIdentifier<NetworkId> {

  /**
   * Returns the identifier with the given value.
   *
   * @param value the slug, e.g. {@code "ua-learning-cities"}
   * @return the identifier
   * @throws InvalidModelException if the value is not a lowercase slug of at most 64 characters
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static NetworkId of(String value) {
    return ImmutableNetworkId.of(value);
  }
}
