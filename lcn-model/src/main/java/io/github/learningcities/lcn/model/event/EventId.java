package io.github.learningcities.lcn.model.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.internal.Slugs;
import org.immutables.value.Value;

/**
 * The identifier of an event such as a forum or a conference: a lowercase slug such as {@code "melitopol-forum-2017"}.
 *
 * <p>The value matches {@code [a-z0-9]+(-[a-z0-9]+)*} and has at most 64 characters; it is
 * written to JSON as a plain string and {@link #toString()} returns it unchanged. Identifiers
 * order by their value.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableEventId.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableEventId.class)
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableEventId.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableEventId.class)
public abstract class EventId implements Comparable<EventId> {

  /**
   * Returns the slug.
   *
   * @return the value, e.g. {@code "melitopol-forum-2017"}
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
    Slugs.require("EventId", value());
  }

  /**
   * Returns the identifier with the given value.
   *
   * @param value the slug, e.g. {@code "melitopol-forum-2017"}
   * @return the identifier
   * @throws InvalidModelException if the value is not a lowercase slug of at most 64 characters
   */
  @JsonCreator
  public static EventId of(String value) {
    return ImmutableEventId.of(value);
  }

  @Override
  public int compareTo(EventId other) {
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
