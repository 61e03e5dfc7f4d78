package io.github.learningcities.lcn.model.network;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.internal.Checks;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * One entry of a membership's status history: the status the membership took on a date, with
 * how exactly that date is known ({@link #precision()}: day, month or year) and whether the
 * change happened then or possibly earlier ({@link #onOrBefore()}). A date known to the month or
 * year is the first day of that period; {@link #dateAsKnown()} shows it as known, e.g.
 * {@code "2016-06"} or {@code "on or before 2025"}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"status", "date", "precision", "onOrBefore", "note"})
public abstract class StatusChange {

  /**
   * Returns the new status.
   *
   * @return the status
   */
  @Value.Parameter
  @JsonProperty("status")
  public abstract MembershipStatus status();

  /**
   * Returns the date of the change.
   *
   * @return the date
   */
  @Value.Parameter
  @JsonProperty("date")
  public abstract LocalDate date();

  /**
   * Returns how exactly the date is known; {@link DatePrecision#DAY} unless stated.
   *
   * @return the precision
   */
  @Value.Default
  @JsonProperty("precision")
  public DatePrecision precision() {
    return DatePrecision.DAY;
  }

  /**
   * Returns whether the change happened in the period of {@link #date()} and
   * {@link #precision()} or possibly earlier: a source that lists a city as a member in 2025
   * without saying since when gives {@code 2025-01-01}, {@link DatePrecision#YEAR}, on or before.
   * Written to JSON and XML only when {@code true}.
   *
   * @return {@code true} if the date is only an upper bound
   */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  @JsonProperty("onOrBefore")
  public boolean onOrBefore() {
    return false;
  }

  /**
   * Returns the date as it is known: {@code "2024-02-14"}, {@code "2016-06"}, {@code "2025"},
   * or with {@link #onOrBefore()} {@code "on or before 2025"}.
   *
   * @return the text
   */
  public String dateAsKnown() {
    String date = precision().format(date());
    return onOrBefore() ? "on or before " + date : date;
  }

  /**
   * Returns a note, e.g. the decision or the source.
   *
   * @return the note
   */
  @JsonProperty("note")
  public abstract Optional<String> note();

  /**
   * Checks the invariants.
   *
   * @throws InvalidModelException if the note is blank, or the date is not the first day of
   *     the month or year that its precision says
   */
  @Value.Check
  protected void check() {
    Supplier<String> object = () -> "StatusChange[" + status() + " " + date() + "]";
    Checks.nonBlank(object, "note", note());
    if (!precision().isStartOfPeriod(date())) {
      throw new InvalidModelException(object.get(), "date", date(),
          "the first day of the " + precision().name().toLowerCase(Locale.ROOT)
              + " for precision " + precision() + ", e.g. "
              + (precision() == DatePrecision.MONTH ? date().withDayOfMonth(1)
                  : date().withDayOfYear(1)));
    }
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
   * Returns a change known only to the month or year, or only as an upper bound.
   *
   * @param status the new status
   * @param date the first day of the period, e.g. {@code 2025-01-01} for the year 2025
   * @param precision how exactly the date is known
   * @param onOrBefore whether the change may have happened before the period
   * @return the change
   * @throws InvalidModelException if the date is not the first day of its period
   */
  public static StatusChange of(MembershipStatus status, LocalDate date, DatePrecision precision,
      boolean onOrBefore) {
    return builder().status(status).date(date).precision(precision).onOrBefore(onOrBefore)
        .build();
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
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static StatusChange fromJackson(ImmutableStatusChange value) {
    return value;
  }
}
