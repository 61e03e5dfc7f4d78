package io.github.learningcities.lcn.model.people;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.text.LocalizedText;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person, for example a mayor, a city's contact person or a representative on a network's
 * steering committee.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"id", "name", "position", "organization"})
public abstract class Person {

  /**
   * Returns the identifier.
   *
   * @return the id
   */
  @JsonProperty("id")
  public abstract PersonId id();

  /**
   * Returns the full name by language (the Ukrainian name and, if wanted, its romanization).
   *
   * @return the name
   */
  @JsonProperty("name")
  public abstract LocalizedText name();

  /**
   * Returns the exact official title or position, e.g. "Head of the NGO".
   *
   * @return the position
   */
  @JsonProperty("position")
  public abstract Optional<LocalizedText> position();

  /**
   * Returns the organization the person works for.
   *
   * @return the organization
   */
  @JsonProperty("organization")
  public abstract Optional<OrganizationId> organization();

  /**
   * Returns a person with only an identifier and a name.
   *
   * @param id the identifier
   * @param name the name
   * @return the person
   */
  public static Person of(PersonId id, LocalizedText name) {
    return builder().id(id).name(name).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutablePerson.Builder builder() {
    return ImmutablePerson.builder();
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static Person fromJackson(ImmutablePerson value) {
    return value;
  }
}
