package io.github.learningcities.lcn.model.people;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.internal.Slugs;
import org.immutables.value.Value;

/**
 * The identifier of an organization (a UNESCO institute, a national commission, an NGO, a local government, a university): a lowercase slug such as {@code "ualc"}.
 *
 * <p>The value matches {@code [a-z0-9]+(-[a-z0-9]+)*} and has at most 64 characters; it is
 * written to JSON as a plain string and {@link #toString()} returns it unchanged. Identifiers
 * order by their value.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableOrganizationId.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableOrganizationId.class)
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableOrganizationId.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableOrganizationId.class)
public abstract class OrganizationId implements Comparable<OrganizationId> {

  /**
   * Returns the slug.
   *
   * @return the value, e.g. {@code "ualc"}
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
    Slugs.require("OrganizationId", value());
  }

  /**
   * Returns the identifier with the given value.
   *
   * @param value the slug, e.g. {@code "ualc"}
   * @return the identifier
   * @throws InvalidModelException if the value is not a lowercase slug of at most 64 characters
   */
  @JsonCreator
  public static OrganizationId of(String value) {
    return ImmutableOrganizationId.of(value);
  }

  @Override
  public int compareTo(OrganizationId other) {
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
