package io.github.learningcities.lcn.model.people;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonRootName;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.SlugIdentifier;
import org.immutables.value.Value;

/**
 * The identifier of an organization (a UNESCO institute, a national commission, an NGO,
 * a local government, a university): a lowercase slug such as
 * {@code "ualc"}, following the rules of {@link SlugIdentifier}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonRootName("OrganizationId")
public abstract class OrganizationId extends SlugIdentifier<OrganizationId> {

  /**
   * Returns the identifier with the given value.
   *
   * @param value the slug, e.g. {@code "ualc"}
   * @return the identifier
   * @throws InvalidModelException if the value is not a lowercase slug of at most 64 characters
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static OrganizationId of(String value) {
    return ImmutableOrganizationId.of(value);
  }
}
