package io.github.learningcities.lcn.indicators.method;

/**
 * A user's own outlier treatment of one indicator column.
 *
 * <p>Returns the treated column (same length, NaN where missing); every cell whose value
 * changed is recorded in the diagnostics as treated by this method, with before and after.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface Transformer {

  /**
   * Treats a column.
   *
   * @param values the column, NaN for missing (do not modify)
   * @param parameters the method's parameters
   * @return the treated column
   */
  double[] transform(double[] values, Parameters parameters);
}
