package io.github.learningcities.lcn.indicators.analysis;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The correlation of two columns on their pairwise-complete observations (the units where both
 * are present, R's {@code use = "pairwise.complete.obs"}), with its two-sided p-value.
 *
 * <p>P-values: for Pearson and Spearman, Student's t with n - 2 degrees of freedom on
 * {@code r * sqrt((n - 2) / (1 - r^2))}, as R's {@code cor.test} (for Spearman R uses this
 * approximation whenever there are ties or {@code exact = FALSE}; its exact small-sample test is
 * not reproduced). For Kendall's tau-b, the normal approximation of the score S with the
 * tie-corrected variance, as {@code cor.test(method = "kendall", exact = FALSE)} without
 * continuity correction. The coefficient is empty with fewer than 2 complete pairs or when
 * either column is constant on them; the p-value is empty with fewer than 3 pairs.
 *
 * @param first the first column's code (COINr's {@code Var1}; the parent in a with-parent
 *     correlation)
 * @param second the second column's code (COINr's {@code Var2})
 * @param method the coefficient
 * @param observations the number of complete pairs
 * @param coefficient the correlation, in [-1, 1]
 * @param pValue the two-sided p-value of no correlation
 * @since 0.1.0
 */
public record Correlation(String first, String second, CorrelationMethod method,
    int observations, OptionalDouble coefficient, OptionalDouble pValue) {

  /** Checks the fields. */
  public Correlation {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(coefficient, "coefficient");
    Objects.requireNonNull(pValue, "pValue");
  }

  /**
   * Correlates two columns.
   *
   * @param first the first column's code
   * @param x the first column, NaN marking missing values
   * @param second the second column's code
   * @param y the second column, as long as the first
   * @param method the coefficient
   * @return the correlation
   * @throws AnalysisException if the columns differ in length
   */
  public static Correlation of(String first, double[] x, String second, double[] y,
      CorrelationMethod method) {
    if (x.length != y.length) {
      throw new AnalysisException("columns '" + first + "' (" + x.length + " values) and '"
          + second + "' (" + y.length + " values) differ in length; expected one value per unit"
          + " in both");
    }
    double[][] c = Pairwise.complete(x, y);
    double r = Pairwise.coefficient(c[0], c[1], method);
    double p = Pairwise.pValue(c[0], c[1], r, method);
    return new Correlation(first, second, method, c[0].length, opt(r), opt(p));
  }

  /**
   * Returns the coefficient of two columns on their pairwise-complete units, without the
   * p-value (for loops that need the coefficient only, such as weight optimisation).
   *
   * @param x the first column, NaN marking missing values
   * @param y the second column, as long as the first
   * @param method the coefficient
   * @return the coefficient, NaN when undefined (fewer than 2 complete pairs, or a constant)
   */
  public static double coefficientOf(double[] x, double[] y, CorrelationMethod method) {
    double[][] c = Pairwise.complete(x, y);
    return Pairwise.coefficient(c[0], c[1], method);
  }

  /**
   * Returns whether the p-value is at most a significance level (COINr's {@code get_corr} sets
   * correlations with p &gt; pval to NA).
   *
   * @param level the significance level, e.g. 0.05
   * @return true if the p-value is present and at most the level
   */
  public boolean isSignificant(double level) {
    return pValue.isPresent() && pValue.getAsDouble() <= level;
  }

  private static OptionalDouble opt(double v) {
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }
}
