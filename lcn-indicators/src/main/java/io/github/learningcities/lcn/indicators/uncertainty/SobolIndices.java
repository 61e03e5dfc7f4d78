package io.github.learningcities.lcn.indicators.uncertainty;

import java.util.Objects;

/**
 * First-order (Saltelli 2010) and total (Jansen) Sobol indices of one factor for one output,
 * with bootstrap confidence intervals. A value is NaN when it is undefined: an index estimated
 * from fewer than two usable sample rows, or an interval without bootstrap resamples.
 *
 * @param factor the factor's name
 * @param first the first-order index S_i
 * @param firstLow lower bound of its interval
 * @param firstHigh upper bound of its interval
 * @param total the total index ST_i
 * @param totalLow lower bound of its interval
 * @param totalHigh upper bound of its interval
 * @since 0.1.0
 */
public record SobolIndices(String factor, double first, double firstLow, double firstHigh,
    double total, double totalLow, double totalHigh) {

  /** Validates. */
  public SobolIndices {
    Objects.requireNonNull(factor, "factor");
  }
}
