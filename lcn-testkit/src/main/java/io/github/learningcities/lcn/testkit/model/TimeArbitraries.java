package io.github.learningcities.lcn.testkit.model;

import java.time.LocalDate;
import java.time.Year;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Dates and years that shrink towards the start of their range.
 *
 * @since 0.1.0
 */
public final class TimeArbitraries {

  /** The first day the model's generated histories start from. */
  public static final LocalDate EPOCH = LocalDate.of(2013, 10, 21);

  private TimeArbitraries() {}

  /**
   * Returns dates in a closed range, shrinking towards {@code from}.
   *
   * @param from the first possible date
   * @param to the last possible date, not before {@code from}
   * @return the dates
   */
  public static Arbitrary<LocalDate> dates(LocalDate from, LocalDate to) {
    return Arbitraries.longs().between(from.toEpochDay(), to.toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  /**
   * Returns dates from {@link #EPOCH} (the first UNESCO learning-cities conference, Beijing
   * 2013) to the end of 2030.
   *
   * @return the dates
   */
  public static Arbitrary<LocalDate> dates() {
    return dates(EPOCH, LocalDate.of(2030, 12, 31));
  }

  /**
   * Returns years in a closed range, shrinking towards {@code from}.
   *
   * @param from the first year
   * @param to the last year
   * @return the years
   */
  public static Arbitrary<Year> years(int from, int to) {
    return Arbitraries.integers().between(from, to).map(Year::of);
  }

  /**
   * Returns a number of days to add to a date, shrinking towards 0.
   *
   * @param max the largest gap
   * @return the gaps in days
   */
  public static Arbitrary<Integer> gaps(int max) {
    return Arbitraries.integers().between(0, max);
  }
}
