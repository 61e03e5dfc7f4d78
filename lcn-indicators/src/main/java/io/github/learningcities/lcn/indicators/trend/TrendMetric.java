package io.github.learningcities.lcn.indicators.trend;

import java.util.OptionalDouble;

/**
 * A summary of a time series in one number (COINr's {@code f_trend} of {@code get_trends}).
 *
 * @since 0.1.0
 */
public enum TrendMetric {
  /** Compound annual growth rate, {@link Trends#cagr(double[], double[])}. */
  CAGR,
  /** Percentage change per time unit, {@link Trends#percentChange(double[], double[], double)}. */
  PERCENT_CHANGE;

  /**
   * Applies the metric to a series (percentage change per one time unit).
   *
   * @param times the time points, finite and distinct
   * @param values the values, NaN marking missing ones
   * @return the metric, empty when undefined
   * @throws TrendException if the arrays differ in length or a time point is invalid
   */
  public OptionalDouble of(double[] times, double[] values) {
    return this == CAGR ? Trends.cagr(times, values) : Trends.percentChange(times, values, 1);
  }
}
