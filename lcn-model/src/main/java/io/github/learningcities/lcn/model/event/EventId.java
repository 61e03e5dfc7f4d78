package io.github.learningcities.lcn.model.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonRootName;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.SlugIdentifier;
import org.immutables.value.Value;

/**
 * The identifier of an event such as a forum or a conference: a lowercase slug such as
 * {@code "melitopol-forum-2017"}, following the rules of {@link SlugIdentifier}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonRootName("EventId")
public abstract class EventId extends SlugIdentifier<EventId> {

  /**
   * Returns the identifier with the given value.
   *
   * @param value the slug, e.g. {@code "melitopol-forum-2017"}
   * @return the identifier
   * @throws InvalidModelException if the value is not a lowercase slug of at most 64 characters
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static EventId of(String value) {
    return ImmutableEventId.of(value);
  }
}
