package io.github.learningcities.lcn.serialization.csv;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One row of a long-format observation table: the value of one indicator for one unit,
 * optionally at one time point, with where it came from and flags.
 *
 * @param unit the unit's code
 * @param indicator the indicator's code
 * @param time the time point (e.g. a year), empty in a table without time
 * @param value the value, empty when missing
 * @param source where the value came from, {@code ""} when not given
 * @param flags free-text flags (e.g. {@code "estimate"}), {@code ""} when none
 * @since 0.1.0
 */
public record Observation(String unit, String indicator, OptionalInt time, OptionalDouble value,
    String source, String flags) {

  /** Validates. */
  public Observation {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(value, "value");
    if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
      throw new IllegalArgumentException("unit '" + unit + "', indicator '" + indicator
          + "': value " + value.getAsDouble() + " is invalid; expected a finite number (leave "
          + "a missing value empty)");
    }
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(flags, "flags");
  }
}
