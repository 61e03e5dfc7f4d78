/**
 * Trends over time for panel data, after COINr's {@code get_trends}: compound annual growth
 * rates and regression-based percentage changes of each unit's series ({@link
 * io.github.learningcities.lcn.indicators.trend.Trends}), and progress from a baseline time point
 * towards targets ({@link io.github.learningcities.lcn.indicators.trend.Progress}), computed on a
 * {@link io.github.learningcities.lcn.indicators.data.Panel} of input datasets or on results
 * computed at each time point.
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.indicators.trend;
