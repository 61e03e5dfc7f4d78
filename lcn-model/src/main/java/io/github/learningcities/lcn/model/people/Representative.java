package io.github.learningcities.lcn.model.people;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.city.CityId;
import org.immutables.value.Value;

/**
 * A person delegated by a member city, either by its local government or by its civil
 * society, to act for the city in a network (the Melitopol Declaration has one of each per
 * member city on its steering committee).
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"person", "city", "delegatedBy", "role"})
public abstract class Representative {

  /**
   * Returns the person.
   *
   * @return the person's id
   */
  @Value.Parameter
  @JsonProperty("person")
  public abstract PersonId person();

  /**
   * Returns the city represented.
   *
   * @return the city's id
   */
  @Value.Parameter
  @JsonProperty("city")
  public abstract CityId city();

  /**
   * Returns who delegated the person.
   *
   * @return the delegating body
   */
  @Value.Parameter
  @JsonProperty("delegatedBy")
  public abstract DelegatingBody delegatedBy();

  /**
   * Returns the role the person holds; {@link Role#REPRESENTATIVE} unless stated.
   *
   * @return the role
   */
  @Value.Default
  @JsonProperty("role")
  public Role role() {
    return Role.REPRESENTATIVE;
  }

  /**
   * Returns a representative with the default role.
   *
   * @param person the person
   * @param city the city represented
   * @param delegatedBy who delegated the person
   * @return the representative
   */
  public static Representative of(PersonId person, CityId city, DelegatingBody delegatedBy) {
    return ImmutableRepresentative.of(person, city, delegatedBy);
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableRepresentative.Builder builder() {
    return ImmutableRepresentative.builder();
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static Representative fromJackson(ImmutableRepresentative value) {
    return value;
  }
}
