package io.github.learningcities.lcn.model.people;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonRootName;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.SlugIdentifier;
import org.immutables.value.Value;

/**
 * The identifier of a person: a lowercase slug such as
 * {@code "natalia-ivanova"}, following the rules of {@link SlugIdentifier}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonRootName("PersonId")
public abstract class PersonId extends SlugIdentifier<PersonId> {

  /**
   * Returns the identifier with the given value.
   *
   * @param value the slug, e.g. {@code "natalia-ivanova"}
   * @return the identifier
   * @throws InvalidModelException if the value is not a lowercase slug of at most 64 characters
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static PersonId of(String value) {
    return ImmutablePersonId.of(value);
  }
}
