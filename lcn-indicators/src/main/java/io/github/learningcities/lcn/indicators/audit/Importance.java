package io.github.learningcities.lcn.indicators.audit;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How much an indicator really drives the index: its first-order correlation ratio
 * {@code S_i = Var(E[index | x_i]) / Var(index)} (Pearson's eta squared; the first-order
 * sensitivity index of the index on the indicator), estimated nonparametrically by a penalised
 * B-spline smoother with its smoothing chosen by generalised cross-validation, with a bootstrap
 * percentile interval; and that ratio's share of the sum over all indicators next to the
 * indicator's share of the effective weights (Paruolo, Saisana and Saltelli 2013; Becker et al.
 * 2017). For a linear additive index of independent indicators, {@code S_i} is proportional to
 * {@code w_i^2 Var(x_i)}, so equal weights give equal importance only when the indicators'
 * variances are equal and they do not correlate.
 *
 * @param indicator the indicator's code
 * @param pairs the number of units with both the indicator and the index present
 * @param weightShare the indicator's effective weight over the sum of all indicators' effective
 *     weights
 * @param ratio the correlation ratio, empty when undefined (fewer than 3 pairs, or a constant
 *     indicator or index)
 * @param low the lower bound of its bootstrap interval, empty without one
 * @param high the upper bound of its bootstrap interval, empty without one
 * @param share the ratio over the sum of all defined ratios, empty when undefined
 * @since 0.1.0
 */
public record Importance(String indicator, int pairs, double weightShare, OptionalDouble ratio,
    OptionalDouble low, OptionalDouble high, OptionalDouble share) {

  /**
   * Checks the fields.
   *
   * @throws AuditException if a number is out of range
   */
  public Importance {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(ratio, "ratio");
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(high, "high");
    Objects.requireNonNull(share, "share");
    if (pairs < 0) {
      throw new AuditException("importance of '" + indicator + "': pairs " + pairs
          + " is invalid; expected 0 or more");
    }
    fraction(indicator, "weight share", OptionalDouble.of(weightShare));
    fraction(indicator, "ratio", ratio);
    fraction(indicator, "interval low", low);
    fraction(indicator, "interval high", high);
    fraction(indicator, "share", share);
  }

  private static void fraction(String indicator, String name, OptionalDouble v) {
    if (v.isPresent() && !(v.getAsDouble() >= 0 && v.getAsDouble() <= 1)) {
      throw new AuditException("importance of '" + indicator + "': " + name + " "
          + v.getAsDouble() + " is invalid; expected a number from 0 to 1");
    }
  }
}
