package io.github.learningcities.lcn.model.city;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonRootName;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.SlugIdentifier;
import org.immutables.value.Value;

/**
 * The identifier of a city: a lowercase slug such as
 * {@code "ua-melitopol"}, following the rules of {@link SlugIdentifier}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonRootName("CityId")
public abstract class CityId extends SlugIdentifier<CityId> {

  /**
   * Returns the identifier with the given value.
   *
   * @param value the slug, e.g. {@code "ua-melitopol"}
   * @return the identifier
   * @throws InvalidModelException if the value is not a lowercase slug of at most 64 characters
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static CityId of(String value) {
    return ImmutableCityId.of(value);
  }
}
