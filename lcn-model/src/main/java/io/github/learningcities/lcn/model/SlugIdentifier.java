package io.github.learningcities.lcn.model;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.learningcities.lcn.model.internal.Slugs;
import org.immutables.value.Value;

/**
 * The common shape of the SDK's typed identifiers such as {@code CityId} or {@code EventId}: a
 * lowercase slug such as {@code "ua-melitopol"}.
 *
 * <p>The value matches {@code [a-z0-9]+(-[a-z0-9]+)*} and has at most 64 characters; it is
 * written to JSON as a plain string, to XML as the text of an element (named after the type,
 * e.g. {@code <CityId>}, at the root of a text) and {@link #toString()} returns it unchanged.
 * Identifiers of one type order by their value; identifiers of different types are never equal,
 * even with the same value.
 *
 * @param <T> the identifier type itself
 * @since 0.1.0
 */
public abstract class SlugIdentifier<T extends SlugIdentifier<T>> implements Comparable<T> {

  /** Only the SDK's identifier types extend this class. */
  protected SlugIdentifier() {}

  /**
   * Returns the slug.
   *
   * @return the value, e.g. {@code "ua-melitopol"}
   */
  @JsonValue
  @Value.Parameter
  public abstract String value();

  /**
   * Checks the slug rule; the message names the identifier type, e.g. {@code CityId}.
   *
   * @throws InvalidModelException if the value is not a lowercase slug of at most 64 characters
   */
  @Value.Check
  protected void check() {
    if (!Slugs.isSlug(value())) {
      throw Slugs.invalid(typeName(), value());
    }
  }

  /**
   * Orders identifiers of one type by their value.
   *
   * @param other the other identifier
   * @return the comparison of the values
   */
  @Override
  public int compareTo(T other) {
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

  /** The simple name of the identifier type, not of its generated implementation. */
  private String typeName() {
    Class<?> type = getClass();
    while (type.getSuperclass() != SlugIdentifier.class) {
      type = type.getSuperclass();
    }
    return type.getSimpleName();
  }
}
