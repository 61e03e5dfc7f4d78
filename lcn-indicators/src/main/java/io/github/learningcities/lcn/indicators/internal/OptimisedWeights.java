package io.github.learningcities.lcn.indicators.internal;

import io.github.learningcities.lcn.indicators.analysis.AnalysisException;
import io.github.learningcities.lcn.indicators.analysis.Correlation;
import io.github.learningcities.lcn.indicators.analysis.CorrelationMethod;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Weights optimised for the components' correlations with the index, in the manner of COINr's
 * {@code get_opt_weights} (a linear version of Becker et al. 2017,
 * doi:10.1016/j.ecolind.2017.03.056).
 *
 * <p>The components are the nodes of one framework level; their weights w (all of them
 * together, as COINr does, not group by group) determine the index, whose correlations r with
 * the components the objective reads:
 * <ul>
 *   <li>{@link Objective#BALANCE}: minimise mean<sub>j</sub>((t<sub>j</sub> - r<sub>j</sub> /
 *       &Sigma;r)<sup>2</sup>) with target shares t (targets divided by their sum): the
 *       correlations, as shares of their sum, as close as possible to the targets. COINr
 *       minimises the logarithm of the same quantity; the minimisers are the same, and without
 *       the logarithm an exact fit (value 0) does not become -infinity, which would end the
 *       search at once.</li>
 *   <li>{@link Objective#INFOMAX}: maximise &Sigma;r (COINr minimises -&Sigma;r).</li>
 * </ul>
 *
 * <p>The optimiser is Nelder-Mead with R's {@code optim} coefficients (see the SDK's internal
 * {@link NelderMead}: reflection 1, expansion 2, contraction and shrink 0.5, a first simplex
 * 10 % around the start) on u, with w = u<sup>2</sup> / &Sigma;u<sup>2</sup>, so that weights
 * are never negative and sum to 1 (COINr optimises w itself, which can turn negative). A run
 * stops when the best and worst objective values of the simplex differ by at most
 * tolerance (|f(start)| + tolerance), R's rule; the search then restarts from the best point
 * until a restart gains no more than that, or the evaluation budget is spent (reported as not
 * converged). COINr's defaults are a tolerance of 0.1 and 500 iterations, which stop far from
 * the optimum; the SDK's are 1e-10 and 20000 evaluations. The start: the target shares for
 * balance, the current (base) weights for infomax, as in COINr.
 *
 */
public final class OptimisedWeights {
  /** The default relative tolerance. */
  public static final double DEFAULT_TOLERANCE = 1e-10;
  /** The default evaluation budget. */
  public static final int DEFAULT_EVALUATIONS = 20_000;

  /**
   * What is optimised.
   *
   * @since 0.1.0
   */
  public enum Objective {
    /** Correlations with the index in proportion to targets. */
    BALANCE,
    /** The largest sum of correlations with the index. */
    INFOMAX
  }

  /**
   * The optimised weights.
   *
   * @param components the component codes
   * @param weights their weights, non-negative, summing to 1
   * @param correlations the components' correlations with the index at those weights
   * @param objective the objective value there (balance: mean squared difference of shares;
   *     infomax: the sum of correlations)
   * @param evaluations objective evaluations made
   * @param converged whether the stopping rule was met within the budget
   * @since 0.1.0
   */
  public record Result(List<String> components, double[] weights, double[] correlations,
      double objective, int evaluations, boolean converged) {
    /** Copies. */
    public Result {
      components = List.copyOf(components);
      weights = weights.clone();
      correlations = correlations.clone();
    }

    @Override
    public double[] weights() {
      return weights.clone();
    }

    @Override
    public double[] correlations() {
      return correlations.clone();
    }

    /**
     * Describes the result in one line, for diagnostics.
     *
     * @return the description
     */
    public String describe() {
      StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
          "objective %.6g after %d evaluations (%s): ", objective, evaluations,
          converged ? "converged" : "evaluation budget spent, not converged"));
      for (int j = 0; j < components.size(); j++) {
        b.append(j == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s=%.6g (r=%.4f)",
            components.get(j), weights[j], correlations[j]));
      }
      return b.toString();
    }
  }

  private OptimisedWeights() {}

  /**
   * Evaluates the objective (smaller is better) at given weights.
   *
   * @param objective balance or infomax
   * @param targetShares target shares for balance (ignored for infomax)
   * @param correlations the components' correlations with the index
   * @return the value to minimise: balance's mean squared difference, infomax's -&Sigma;r;
   *     NaN if a correlation is undefined
   */
  public static double value(Objective objective, double[] targetShares,
      double[] correlations) {
    double sum = 0;
    for (double r : correlations) {
      sum += r;
    }
    if (objective == Objective.INFOMAX) {
      return -sum;
    }
    double ss = 0;
    for (int j = 0; j < correlations.length; j++) {
      double d = targetShares[j] - correlations[j] / sum;
      ss += d * d;
    }
    return ss / correlations.length;
  }

  /**
   * The components' correlations with an index, on pairwise-complete units.
   *
   * @param components one column per component
   * @param index the index column
   * @param method the correlation
   * @return one correlation per component, NaN where undefined
   */
  public static double[] correlations(double[][] components, double[] index,
      CorrelationMethod method) {
    double[] r = new double[components.length];
    for (int j = 0; j < r.length; j++) {
      r[j] = Correlation.coefficientOf(components[j], index, method);
    }
    return r;
  }

  /**
   * Optimises.
   *
   * @param objective balance or infomax
   * @param codes the component codes
   * @param components one column per component (their scores do not depend on the weights)
   * @param targets relative targets for balance, &gt; 0 (ignored for infomax)
   * @param start start weights for infomax, non-negative with a positive sum (ignored for
   *     balance, which starts at the targets)
   * @param index the index scores for given weights (non-negative, summing to 1), or null
   *     where the weights give no index (the point is then never accepted)
   * @param method the correlation
   * @param tolerance the relative tolerance, in (0, 1)
   * @param maxEvaluations the evaluation budget, at least 1
   * @return the result
   * @throws AnalysisException if the start point's correlations are undefined (a constant
   *     component or index)
   */
  public static Result optimise(Objective objective, List<String> codes, double[][] components,
      double[] targets, double[] start, UnaryOperator<double[]> index,
      CorrelationMethod method, double tolerance, int maxEvaluations) {
    Objects.requireNonNull(index, "index");
    int m = codes.size();
    double[] shares = shares(objective == Objective.BALANCE ? targets : start);
    double[] u0 = new double[m];
    for (int j = 0; j < m; j++) {
      u0[j] = Math.sqrt(shares[j]);
    }
    double[] startR = correlationsAt(shares, components, index, method);
    for (int j = 0; j < m; j++) {
      if (startR == null || Double.isNaN(startR[j])) {
        throw new AnalysisException("optimised weights: the correlation of '" + codes.get(j)
            + "' with the index is undefined at the start weights (a constant column or "
            + "fewer than 2 complete units); expected components and an index that vary");
      }
    }
    double[] targetShares = shares(targets);
    NelderMead.Outcome out = NelderMead.minimise(u -> {
      double[] w = weightsOf(u);
      if (w == null) {
        return Double.POSITIVE_INFINITY;
      }
      double[] r = correlationsAt(w, components, index, method);
      return r == null ? Double.POSITIVE_INFINITY : value(objective, targetShares, r);
    }, u0, tolerance, maxEvaluations);
    double[] w = weightsOf(out.point());
    double[] r = correlationsAt(w, components, index, method);
    double v = value(objective, targetShares, r);
    return new Result(codes, w, r, objective == Objective.INFOMAX ? -v : v, out.evaluations(),
        out.converged());
  }

  private static double[] correlationsAt(double[] w, double[][] components,
      UnaryOperator<double[]> index, CorrelationMethod method) {
    double[] idx = index.apply(w);
    return idx == null ? null : correlations(components, idx, method);
  }

  private static double[] weightsOf(double[] u) {
    double s = 0;
    for (double x : u) {
      s += x * x;
    }
    if (!(s > 0) || Double.isInfinite(s)) {
      return null;
    }
    double[] w = new double[u.length];
    for (int j = 0; j < u.length; j++) {
      w[j] = u[j] * u[j] / s;
    }
    return w;
  }

  private static double[] shares(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    double[] out = new double[x.length];
    for (int j = 0; j < x.length; j++) {
      out[j] = x[j] / s;
    }
    return out;
  }
}
