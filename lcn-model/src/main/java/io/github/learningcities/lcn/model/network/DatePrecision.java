package io.github.learningcities.lcn.model.network;

/**
 * How exactly a date of a {@link StatusChange} is known; historical records often give only
 * a month or a year.
 *
 * @since 0.1.0
 */
public enum DatePrecision {
  /** The day is known. */
  DAY,
  /** Only the month is known; the date is the first day of that month. */
  MONTH,
  /** Only the year is known; the date is the first of January of that year. */
  YEAR,
  /** The change happened on or before the date, exactly when is unknown. */
  ON_OR_BEFORE
}
