package io.github.learningcities.lcn.indicators.pipeline;

import io.github.learningcities.lcn.indicators.internal.BuiltInParameters;
import io.github.learningcities.lcn.indicators.internal.OrderedWeightedAverage;
import io.github.learningcities.lcn.indicators.internal.RecordMethods;
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
 * long)}, which choose each unit's weights from the data; and {@link
 * #adjustedMazziottaPareto(double)}, {@link #meanMin(double, double)}, {@link #owa(double...)}
 * / {@link #owaAtLeast(int, boolean)}, {@link #weightedMedian()}, {@link #wroclaw()} and
 * {@link #topsis()}. Each factory states its missing-data rule and its behaviour on ties and
 * zeros. Geometric and harmonic means need positive values: a zero or
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
   * <p>Missing: skipped, the present weights re-normalised. Ties: equal values give that value.
   * Zeros and negative values: used as they are.
   *
   * @return the aggregation
   */
  public static Aggregation arithmetic() {
    return of("arithmetic", Parameters.none());
  }

  /**
   * Weighted geometric mean: exp(sum w ln x / sum w).
   *
   * <p>Missing: skipped, the present weights re-normalised. Ties: equal values give that value.
   * Zeros and negative values: refused with an error naming the aggregate, child and unit (the
   * mean of a zero is 0 whatever the other values: normalise to a positive range instead).
   * Matches Compind's {@code ci_geom_gen(meth = "EQUAL")} (a product of powers) on positive
   * data.
   *
   * @return the aggregation
   */
  public static Aggregation geometric() {
    return of("geometric", Parameters.none());
  }

  /**
   * Weighted harmonic mean: sum w / sum (w / x).
   *
   * <p>Missing: skipped, the present weights re-normalised. Ties: equal values give that value.
   * Zeros and negative values: refused with an error naming the aggregate, child and unit.
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
   * <p>Missing: skipped, the present weights re-normalised (COINr's a_genmean and Compind's
   * ci_generalized_mean propagate NA). Ties: equal values give that value. Zeros: allowed for
   * p &gt; 0 (negative values only for whole p); refused for p &lt; 0 with an error naming the
   * aggregate, child and unit. Compind's {@code ci_generalized_mean} is wrong (it returns 1, or
   * mean(x^p) / p): see the README's "Where the SDK differs from Compind".
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
   * <p>Missing: a child missing for either unit of a pair is left out of that pair. Ties: a tie
   * on a child counts half a win for each. Zeros: values are only compared.
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
   * {@code deviation = "sample"} uses the weighted sample standard deviation instead (reliability
   * weights: divisor W - sum w^2 / W, which is (k - 1) / k for k equal weights), as Compind's
   * {@code ci_mpi} does; the default follows Mazziotta and Pareto's definition (divisor k),
   * which Compind's {@code ci_ampi} also uses.
   *
   * <p>Missing: skipped, the present weights re-normalised (with one present child the sd is
   * 0). Ties: equal values have sd 0, so the score is their value. Zeros and negative values:
   * refused with an error naming the aggregate, child and unit (the coefficient of variation
   * needs a positive mean).
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
   * Adjusted Mazziotta-Pareto index (AMPI; De Muro, Mazziotta and Pareto 2011, "Composite
   * Indices of Development and Poverty: An Application to MDGs", Social Indicators Research
   * 104; Compind's {@code ci_ampi}), for panels with a reference. Each child is rescaled by
   * goalposts to r = 70 + 60 (x - low) / (high - low), so that the reference sits at 100 and
   * the goalposts at 70 and 130; the score is M - S^2 / M (penalty {@code positive}) or
   * M + S^2 / M ({@code negative}), M the weighted mean and S the weighted population standard
   * deviation of the unit's rescaled children. Goalposts: {@code lower} and {@code upper} when
   * given (keep them fixed over the periods of a panel so that scores compare over time);
   * otherwise reference -/+ half the child's range over the units, the reference being
   * {@code centre} when given (Compind's {@code gp}) or the child's mean. Compind rounds
   * the score to 3 decimals and ignores its penalty argument; the SDK does neither.
   *
   * <p>Missing: the goalposts come from the present values of each child; a unit's M and S
   * from its present children, weights re-normalised. Ties: a child on which every unit has
   * the same value (zero range) rescales to 100 for all (Compind: NaN); equal rescaled values
   * have S = 0, so the score is M. Zeros and negative values: allowed (the rescaling moves
   * them); a unit whose rescaled mean is not positive (fixed goalposts far from the data) is
   * refused with an error naming the aggregate and unit.
   *
   * @param reference the reference value (Compind's {@code gp}) of every child
   * @return the aggregation
   * @since 0.1.0
   */
  public static Aggregation adjustedMazziottaPareto(double reference) {
    return of("adjusted-mazziotta-pareto", Parameters.of(Map.of("centre", reference)));
  }

  /**
   * Adjusted Mazziotta-Pareto index with fixed goalposts {@code lower} and {@code upper} for
   * every child (see {@link #adjustedMazziottaPareto(double)}).
   *
   * @param lower the lower goalpost (rescaled to 70)
   * @param upper the upper goalpost (rescaled to 130), greater than lower
   * @return the aggregation
   * @since 0.1.0
   */
  public static Aggregation adjustedMazziottaPareto(double lower, double upper) {
    return of("adjusted-mazziotta-pareto", Parameters.of(Map.of("lower", lower, "upper",
        upper)));
  }

  /**
   * Mean-Min function (Casadio Tarabusi and Guarini 2013, "An Unbalance Adjustment Method for
   * Development Indicators", Social Indicators Research 112; Compind's {@code ci_mean_min} as
   * documented): M - alpha (sqrt((M - L)^2 + beta^2) - beta), M the weighted mean and L the
   * smallest of the unit's children. alpha = 0 gives the mean; alpha = 1 with beta = 0 the
   * minimum. Children should be on a common scale; Compind standardises inside (z-scores 100,
   * sd 10), the SDK leaves that to the normalisation step ({@code zscore:mean=100,sd=10}),
   * and does it right where Compind mixes up the columns' means and sds (see the README's
   * "Where the SDK differs from Compind").
   *
   * <p>Missing: M and L over the present children, weights re-normalised. Ties: equal values
   * give that value (M = L). Zeros and negative values: used as they are.
   *
   * @param alpha the weight of the penalty, 0 to 1
   * @param beta how gradually the penalty grows, &gt;= 0
   * @return the aggregation
   * @since 0.1.0
   */
  public static Aggregation meanMin(double alpha, double beta) {
    return of("mean-min", Parameters.of(Map.of("alpha", alpha, "beta", beta)));
  }

  /**
   * Ordered weighted average "at least j" (Yager 1988, "On ordered weighted averaging
   * aggregation operators in multicriteria decisionmaking", IEEE SMC 18; Compind's
   * {@code ci_owa} with {@code atleastjp = j}): the mean of the j largest ({@code largest =
   * true}, Compind's {@code CI_OWA_p}) or the j smallest (Compind's {@code CI_OWA_n}) values.
   * See {@link #owa(double...)} for the weights, missing data and ties.
   *
   * @param j how many values count, 1 to the number of children
   * @param largest whether the largest values count (otherwise the smallest)
   * @return the aggregation
   * @since 0.1.0
   */
  public static Aggregation owaAtLeast(int j, boolean largest) {
    return of("owa", Parameters.of(Map.of("j", j, "from", largest ? "largest" : "smallest")));
  }

  /**
   * Ordered weighted average with general positional weights: position 1 is the unit's largest
   * value. The children's importance weights enter as in Torra's weighted OWA (1997, "The
   * weighted OWA operator", International Journal of Intelligent Systems 12): the positional
   * weights define a piecewise linear quantifier Q through (i/k, w_1 + ... + w_i), and the value
   * in position i gets Q(S_i) - Q(S_(i-1)), S_i the importance-weight share of the i largest
   * values; with equal importance weights this is the plain OWA (and what Compind computes).
   * The positional weights' orness, {@link #orness(int)}, is 1 for the maximum, 0.5 for the
   * mean and 0 for the minimum. {@code Aggregation.of("owa", Parameters.none())} has equal
   * positional weights (the mean); as a parameter, {@code positions} is a text of numbers
   * separated by commas, semicolons or spaces (e.g. {@code "0.4 0.3 0.2 0.1"} on a command
   * line, where commas separate parameters).
   *
   * <p>Missing: left out with their importance weight; the quantifier (not the positions)
   * carries over to the present values. Ties: equal values may be ordered either way, the score
   * is the same. Zeros and negative values: used as they are.
   *
   * @param positions positional weights, one per child, &gt;= 0 with a positive sum
   *     (normalised)
   * @return the aggregation
   * @since 0.1.0
   */
  public static Aggregation owa(double... positions) {
    StringBuilder text = new StringBuilder();
    for (double d : positions) {
      text.append(text.length() == 0 ? "" : ",").append(d);
    }
    return of("owa", Parameters.of(Map.of("positions", text.toString())));
  }

  /**
   * The positional weights of this OWA aggregation at a node with {@code k} children.
   *
   * @param k the number of children
   * @return the weights, position 1 = the largest value, summing to 1
   * @throws IllegalStateException if this is not an OWA aggregation
   * @throws io.github.learningcities.lcn.indicators.IndicatorsException if the weights do not
   *     fit k children
   * @since 0.1.0
   */
  public double[] owaWeights(int k) {
    if (!method.equals("owa")) {
      throw new IllegalStateException("aggregation '" + method + "' has no positional "
          + "weights; expected method owa");
    }
    return OrderedWeightedAverage.positionalWeights(parameters, k, "(" + k + " children)");
  }

  /**
   * Yager's orness of this OWA aggregation at a node with {@code k} children: sum of w_i
   * (k - i) / (k - 1) over the positional weights (1 = maximum, 0.5 = mean, 0 = minimum).
   *
   * @param k the number of children
   * @return the orness
   * @throws IllegalStateException if this is not an OWA aggregation
   * @since 0.1.0
   */
  public double orness(int k) {
    return OrderedWeightedAverage.orness(owaWeights(k));
  }

  /**
   * Weighted median: the smallest value at which the cumulative weight of the unit's values in
   * increasing order reaches half of the total; when the values up to it hold exactly half (to
   * 1e-12 of the total), the mean of it and the next larger value of positive weight (so that
   * equal weights give the ordinary median).
   *
   * <p>Missing: skipped with their weights. Ties: equal values pool their weight. Zeros and
   * negative values: used as they are; children of weight 0 never decide.
   *
   * @return the aggregation
   * @since 0.1.0
   */
  public static Aggregation weightedMedian() {
    return of("weighted-median", Parameters.none());
  }

  /**
   * Wroclaw taxonomy, Hellwig's measure of development (Hellwig 1968; Compind's
   * {@code ci_wroclaw}): 1 - d_i / d0, d_i the weighted root mean square distance of unit i's
   * children to the ideal unit (each child's largest value over the units) and d0 = mean(d) +
   * 2 sd(d) over the units (sample sd). Higher is better, as for every other aggregation;
   * Compind returns d_i / d0 (lower is better), so its ranking is the reverse. Scores can be
   * negative (a unit farther than d0 from the ideal). Children should be normalised to a
   * common scale (no normalisation happens inside).
   *
   * <p>Missing: the ideal from the present values of each child; d_i over the unit's present
   * children, weights re-normalised; d0 over the units with a present child. Ties: units with
   * equal values score the same; if every unit equals the ideal (d0 = 0), every score is 1.
   * Zeros and negative values: used as they are.
   *
   * @return the aggregation
   * @since 0.1.0
   */
  public static Aggregation wroclaw() {
    return of("wroclaw", Parameters.none());
  }

  /**
   * TOPSIS, the technique for order preference by similarity to the ideal solution (Hwang and
   * Yoon 1981, "Multiple Attribute Decision Making: Methods and Applications", Springer,
   * ch. 3.5.5; in neither COINr nor Compind). Each child j's values are divided by their
   * Euclidean norm over the units, r_ij = x_ij / sqrt(sum_i x_ij^2); the ideal unit has each
   * child's largest r, the anti-ideal its smallest (children are "higher is better" after
   * normalisation, so every child is a benefit criterion); a unit's distances are
   * S+ = sqrt(sum_j (w_j (r_ij - max_j))^2) and S- = sqrt(sum_j (w_j (r_ij - min_j))^2), and
   * its score the relative closeness S- / (S+ + S-), in [0, 1], 1 for a unit that is best on
   * every child. Vector normalisation is invariant to scaling a child but not to shifting it:
   * normalise children to a positive ratio scale (e.g. min-max 1..100).
   *
   * <p>Missing: a child's norm, maximum and minimum from its present values; a unit's distances
   * over its present children (re-normalising the weights would scale S+ and S- alike). Ties:
   * a unit equal to both the ideal and the anti-ideal (every unit equal on its present
   * children) scores 0.5. Zeros: a child that is 0 for every unit adds no distance; negative
   * values are used as they are.
   *
   * @return the aggregation
   * @since 0.1.0
   */
  public static Aggregation topsis() {
    return of("topsis", Parameters.none());
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

  // equals, hashCode and toString as the compiler would generate them (RecordMethods says why).

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Aggregation that && Objects.equals(method, that.method)
        && Objects.equals(parameters, that.parameters)
        && Objects.equals(availabilityThreshold, that.availabilityThreshold);
  }

  @Override
  public int hashCode() {
    return RecordMethods.hash(method, parameters, availabilityThreshold);
  }

  @Override
  public String toString() {
    return RecordMethods.text("Aggregation", "method", method, "parameters", parameters,
        "availabilityThreshold", availabilityThreshold);
  }
}
