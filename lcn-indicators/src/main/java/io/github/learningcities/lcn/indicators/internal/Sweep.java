package io.github.learningcities.lcn.indicators.internal;

/**
 * Goodnight's sweep operator on a symmetric covariance (or cross-product) matrix, as used by
 * Little and Rubin (Statistical Analysis with Missing Data, section 7.4) for regression on a
 * subset of variables.
 *
 * <p>After sweeping a set O of pivots, entry [m][o] (m not in O) holds the regression
 * coefficient of m on o, and block [m][m'] holds the residual (conditional) covariance. A pivot
 * whose remaining variance is at most {@link #ALIASED} times its own variance is left unswept:
 * that variable is (numerically) a linear combination of those already swept, or constant, so it
 * adds nothing to the regression. This is the generalised inverse that makes a singular
 * covariance usable, and it does not depend on the variables' scales.
 *
 * @since 0.1.0
 */
public final class Sweep {
  /** Share of its own variance below which a pivot counts as aliased. */
  public static final double ALIASED = 1e-10;

  private Sweep() {}

  /**
   * Sweeps a pivot in place, unless it is aliased.
   *
   * @param g the symmetric matrix (full, both triangles)
   * @param k the pivot
   * @param own the pivot's variance before any sweep
   * @return whether the pivot was swept
   */
  public static boolean sweep(double[][] g, int k, double own) {
    double d = g[k][k];
    if (!(own > 0 && d > ALIASED * own)) {
      return false;
    }
    int n = g.length;
    for (int i = 0; i < n; i++) {
      if (i == k) {
        continue;
      }
      double f = g[i][k] / d;
      for (int j = 0; j < n; j++) {
        if (j != k) {
          g[i][j] -= f * g[k][j];
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (i != k) {
        g[i][k] /= d;
        g[k][i] /= d;
      }
    }
    g[k][k] = -1 / d;
    return true;
  }

  /**
   * Returns a copy of a square matrix.
   *
   * @param a the matrix
   * @return the copy
   */
  public static double[][] copy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }
}
