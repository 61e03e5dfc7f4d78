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
 * {@link #mazziottaPareto()}; the Benefit-of-the-Doubt family {@link #bod()}, {@link
 * #bod(double, double)}, {@link #bodDirectional(double...)} and {@link #bodRobust(int, int,
 * long)}, which choose each unit's weights from the data. Geometric and harmonic means need positive values: a zero or
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
   * Benefit of the Doubt (DEA, multiplier form; Compind's {@code ci_bod}): each unit gets the
   * weights most favourable to it, {@code score = max w.x} over {@code w >= 0} with {@code w.x_r
   * <= 1} for every unit r, one linear programme per unit. Scores lie in [0, 1], the best units
   * score exactly 1 and tie (a score within 1e-10 of 1 is 1). The framework's weights are not
   * used. Each unit's optimal multipliers w are reported as its unit weights
   * ({@code Results.unitWeights}): {@code score = sum w_c x_c} over the children's scores; they
   * are an optimum, not always the only one, and they do not depend on the order of runs or
   * threads. BoD is invariant to positive rescaling of a child.
   *
   * <p>Missing data: a missing child counts as 0 (the unit is judged on its present children,
   * and no other unit is held to a value it lacks); its weight is left out. Zeros get no
   * credit; a unit whose children are all 0 scores 0. Negative values are refused (normalise
   * to a non-negative range first, e.g. min-max to [0, 100]).
   *
   * @return the aggregation
   * @since 0.1.0
   */
  public static Aggregation bod() {
    return of("bod", Parameters.none());
  }

  /**
   * Benefit of the Doubt with bounds on the unit's own virtual-weight shares (Compind's
   * {@code ci_bod_constr}, {@code low_w} and {@code up_w}): every present child's share of the
   * unit's score, {@code w_c x_c / score}, lies in [lowerShare, upperShare]. Bounds no weights
   * can meet ({@code lowerShare * k > 1} or {@code upperShare * k < 1} for k present children)
   * and a positive lowerShare on a child whose value is 0 are refused with an error naming the
   * bounds and the unit (Compind silently returns 0 and NaN). Otherwise as {@link #bod()}.
   *
   * @param lowerShare the least share of each child (0 to 1)
   * @param upperShare the largest share of each child (above 0, at most 1)
   * @return the aggregation
   * @since 0.1.0
   */
  public static Aggregation bod(double lowerShare, double upperShare) {
    return of("bod", Parameters.of(Map.of("lowerShare", lowerShare, "upperShare",
        upperShare)));
  }

  /**
   * Directional Benefit of the Doubt (Compind's {@code ci_bod_dir}): {@code score = 1 / (1 +
   * beta)}, beta the largest step along the direction d that the unit can take and stay within
   * the units' convex hull (with free disposal). The unit weights reported are the optimal
   * multipliers of the dual programme, scaled so that {@code sum w_c d_c = 1}: {@code score =
   * 1 / (1 + max_r w.x_r - w.x_unit)}. Missing data, zeros and negatives as {@link #bod()}; not
   * invariant to rescaling a child unless its direction entry is rescaled alike.
   *
   * @param direction one non-negative entry per child, in child order, at least one positive
   * @return the aggregation
   * @since 0.1.0
   */
  public static Aggregation bodDirectional(double... direction) {
    StringBuilder text = new StringBuilder();
    for (double d : direction) {
      text.append(text.length() == 0 ? "" : ";").append(d);
    }
    return of("bod-directional", Parameters.of(Map.of("direction", text.toString())));
  }

  /**
   * Robust (order-m) Benefit of the Doubt (Compind's {@code ci_rbod}): for each unit, b
   * replications each draw m units with replacement; a replication's efficiency is the largest,
   * over the drawn units, of their smallest ratio to the unit over the children; the score is 1
   * over the mean efficiency, so a unit better than what the draws bring scores above 1. The
   * draws come from a stream per unit seeded by the seed and the unit's code: the same seed
   * gives the same scores whatever the order of the units or the number of threads. No unit
   * weights are reported. Missing children count as 0; a child on which the unit has 0 does not
   * limit it; negatives are refused.
   *
   * @param m units drawn per replication (Compind's M)
   * @param b replications (Compind's B)
   * @param seed the seed
   * @return the aggregation
   * @since 0.1.0
   */
  public static Aggregation bodRobust(int m, int b, long seed) {
    return of("bod-robust", Parameters.of(Map.of("m", (double) m, "b", (double) b, "seed",
        (double) seed)));
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
