package io.github.learningcities.lcn.model.network;

import java.time.LocalDate;

/**
 * How exactly a date of a {@link StatusChange} is known: historical records often give only a
 * month or a year. The date of a change known to the month is the first day of that month, to
 * the year the first of January; {@link StatusChange#onOrBefore()} says whether the change
 * happened in that period or possibly earlier.
 *
 * @since 0.1.0
 */
public enum DatePrecision {
  /** The day is known, e.g. {@code 2024-02-14}. */
  DAY,
  /** Only the month is known, e.g. {@code 2016-06}; the date is the first day of the month. */
  MONTH,
  /** Only the year is known, e.g. {@code 2025}; the date is the first of January. */
  YEAR;

  /**
   * Returns whether a date is the first day of a period of this precision (any date for
   * {@link #DAY}).
   *
   * @param date the date
   * @return {@code true} if the date can stand for a period of this precision
   */
  public boolean isStartOfPeriod(LocalDate date) {
    switch (this) {
      case MONTH:
        return date.getDayOfMonth() == 1;
      case YEAR:
        return date.getDayOfYear() == 1;
      default:
        return true;
    }
  }

  /**
   * Returns a date written to this precision: {@code 2024-02-14}, {@code 2016-06} or
   * {@code 2025} (ISO 8601 reduced precision).
   *
   * @param date the date, the first day of the period for {@link #MONTH} and {@link #YEAR}
   * @return the text
   */
  public String format(LocalDate date) {
    String iso = date.toString();
    switch (this) {
      case MONTH:
        return iso.substring(0, iso.length() - 3);
      case YEAR:
        return iso.substring(0, iso.length() - 6);
      default:
        return iso;
    }
  }
}
