package io.github.learningcities.lcn.indicators.trend;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The trend of one unit's series on one indicator or aggregate (a row of COINr's
 * {@code get_trends} output).
 *
 * @param unit the unit's code
 * @param code the indicator's or aggregate's code
 * @param metric the metric
 * @param value the metric's value (direction applied when asked), empty when undefined
 * @param observations the number of time points with a value
 * @param availability the fraction of the time points with a value
 * @param firstTime the first time point with a value
 * @param latestTime the latest time point with a value
 * @since 0.1.0
 */
public record Trend(String unit, String code, TrendMetric metric, OptionalDouble value,
    int observations, double availability, OptionalInt firstTime, OptionalInt latestTime) {

  /** Checks the fields. */
  public Trend {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(firstTime, "firstTime");
    Objects.requireNonNull(latestTime, "latestTime");
  }
}
