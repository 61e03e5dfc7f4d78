package io.github.learningcities.lcn.indicators.pipeline;

import io.github.learningcities.lcn.indicators.internal.BuiltInParameters;
import io.github.learningcities.lcn.indicators.method.MethodKind;
import io.github.learningcities.lcn.indicators.method.Parameters;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How an aggregate combines its children, and from how much data.
 *
 * <p>Missing children are skipped together with their weights and the remaining weights
 * re-normalised (as COINr does), unless the share of present children is below the
 * availability threshold, in which case the aggregate is missing. Built-in methods: {@link
 * #arithmetic()} ({@code a_amean}), {@link #geometric()} ({@code a_gmean}), {@link #harmonic()}
 * ({@code a_hmean}), {@link #generalised(double)} ({@code a_genmean}, which unlike COINr skips
 * missing values), {@link #copeland()} (which unlike COINr works through the pipeline) and
 * {@link #mazziottaPareto()}. Geometric and harmonic means need positive values: a zero or
 * negative child is an error naming the aggregate, child and unit (COINr fails deep inside).
 * When the present children's weights sum to zero the aggregate is missing and a diagnostic
 * names it (COINr: NaN).
 *
 * @param method the method name, built-in or registered
 * @param parameters its parameters (e.g. {@code p} of the generalised mean)
 * @param availabilityThreshold share of present children (0..1) below which the aggregate is
 *     missing; empty means one present child suffices
 * @since 0.1.0
 */
public record Aggregation(String method, Parameters parameters,
    OptionalDouble availabilityThreshold) {

  /**
   * Validates.
   *
   * @throws io.github.learningcities.lcn.indicators.method.InvalidParameterException if the
   *     method is built in and its parameters are not the ones it declares
   */
  public Aggregation {
    Objects.requireNonNull(method, "method");
    if (method.isBlank()) {
      throw new IllegalArgumentException("the aggregation method's name is blank; expected the "
          + "name of a built-in or registered method");
    }
    Objects.requireNonNull(parameters, "parameters");
    BuiltInParameters.check(MethodKind.AGGREGATION, method, parameters);
    Objects.requireNonNull(availabilityThreshold, "availabilityThreshold");
    if (availabilityThreshold.isPresent()) {
      double t = availabilityThreshold.getAsDouble();
      if (!(t >= 0 && t <= 1)) {
        throw new IllegalArgumentException("availability threshold " + t
            + " is invalid; expected a share between 0 and 1");
      }
    }
  }

  /**
   * Creates an aggregation by method name, without threshold.
   *
   * @param method the method
   * @param parameters its parameters
   * @return the aggregation
   */
  public static Aggregation of(String method, Parameters parameters) {
    return new Aggregation(method, parameters, OptionalDouble.empty());
  }

  /**
   * Weighted arithmetic mean.
   *
   * @return the aggregation
   */
  public static Aggregation arithmetic() {
    return of("arithmetic", Parameters.none());
  }

  /**
   * Weighted geometric mean: exp(sum w ln x / sum w).
   *
   * @return the aggregation
   */
  public static Aggregation geometric() {
    return of("geometric", Parameters.none());
  }

  /**
   * Weighted harmonic mean: sum w / sum (w / x).
   *
   * @return the aggregation
   */
  public static Aggregation harmonic() {
    return of("harmonic", Parameters.none());
  }

  /**
   * Weighted generalised (power) mean: (sum w x^p / sum w)^(1/p); p must not be 0; for p &lt; 0
   * values must be positive.
   *
   * @param p the power
   * @return the aggregation
   */
  public static Aggregation generalised(double p) {
    return of("generalised", Parameters.of(Map.of("p", p)));
  }

  /**
   * Weighted Copeland score: for each pair of units, the weighted share of children on which
   * one beats the other (ties count half, children missing for either unit are left out of that
   * pair); a unit scores +1 for each unit it outranks (share &gt; 0.5) and -1 for each that
   * outranks it. A share within 1e-9 of 0.5 is a draw, so that rounding does not decide.
   *
   * @return the aggregation
   */
  public static Aggregation copeland() {
    return of("copeland", Parameters.none());
  }

  /**
   * Mazziotta-Pareto index: mean - penalty * sd * cv of the present children (population sd),
   * penalty 1 for "higher is better" ({@code penalty = "negative"} adds instead). Children
   * should be normalised to a common positive scale (e.g. z-scores mean 100, sd 10).
   *
   * @return the aggregation
   */
  public static Aggregation mazziottaPareto() {
    return of("mazziotta-pareto", Parameters.none());
  }

  /**
   * Returns a copy with an availability threshold.
   *
   * @param share share of present children (0..1) below which the aggregate is missing
   * @return the copy
   */
  public Aggregation withAvailabilityThreshold(double share) {
    return new Aggregation(method, parameters, OptionalDouble.of(share));
  }
}
