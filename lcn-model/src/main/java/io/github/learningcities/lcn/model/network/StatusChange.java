package io.github.learningcities.lcn.model.network;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of a membership's status history: the status the membership took on a date.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"status", "date", "precision", "note"})
public abstract class StatusChange {

  /**
   * Returns the new status.
   *
   * @return the status
   */
  @Value.Parameter
  public abstract MembershipStatus status();

  /**
   * Returns the date of the change.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * Returns how exactly the date is known; {@link DatePrecision#DAY} unless stated.
   *
   * @return the precision
   */
  @Value.Default
  public DatePrecision precision() {
    return DatePrecision.DAY;
  }

  /**
   * Returns a note, e.g. the decision or the source.
   *
   * @return the note
   */
  public abstract Optional<String> note();

  /**
   * Checks the invariants.
   *
   * @throws InvalidModelException if the note is blank
   */
  @Value.Check
  protected void check() {
    Checks.nonBlank(() -> "StatusChange[" + status() + " " + date() + "]", "note", note());
  }

  /**
   * Returns a change known to the day, without a note.
   *
   * @param status the new status
   * @param date the date
   * @return the change
   */
  public static StatusChange of(MembershipStatus status, LocalDate date) {
    return ImmutableStatusChange.of(status, date);
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableStatusChange.Builder builder() {
    return ImmutableStatusChange.builder();
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation (which carries the
   * property annotations) without a databind annotation on this type: consumers compile against
   * the model with only {@code jackson-annotations} on their class path.
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static StatusChange fromJackson(ImmutableStatusChange value) {
    return value;
  }
}
