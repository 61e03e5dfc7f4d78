package io.github.learningcities.lcn.indicators.internal;

/**
 * The optimality certificate of a linear programme {@code max c.x} subject to rows
 * {@code a[i].x (<=, =, >=) b[i]} and {@code x >= 0}: a primal point and row duals that are
 * feasible for their programmes and agree on the objective. Such a pair proves the point optimal
 * whatever solver produced it, so {@link DenseSimplex} returns an optimum only with one that
 * holds.
 *
 * <p>Every test is relative to the size of the numbers it adds up, with a floor of 1 (the
 * programmes are scaled so that their entries are at most about 1): a row holds when
 * {@code a[i].x} is within {@code tol * max(1, |b_i|, sum_j |a_ij x_j|)} of its bound, a reduced
 * cost {@code c_j - sum_i a_ij y_i} is at most {@code tol * max(1, |c_j| + sum_i |a_ij y_i|)}, a
 * dual has its row's sign within {@code tol * max(1, max |y|)}, and the duality gap
 * {@code b.y - c.x} is within {@code tol * max(1, sum |b_i y_i|, sum |c_j x_j|)}.
 */
final class LpCertificate {
  private LpCertificate() {}

  /**
   * Whether {@code x} and {@code y} certify each other as optimal.
   *
   * @param c objective coefficients
   * @param a the rows
   * @param sense each row's sense ({@link DenseSimplex#LE}, {@link DenseSimplex#EQ},
   *     {@link DenseSimplex#GE})
   * @param b the right-hand sides
   * @param x the primal point (every entry must be {@code >= 0})
   * @param y the row duals: {@code >= 0} for a {@code <=} row, {@code <= 0} for a {@code >=} row
   * @param tol the relative tolerance
   * @return true when the certificate holds (false for any NaN)
   */
  static boolean holds(double[] c, double[][] a, byte[] sense, double[] b, double[] x,
      double[] y, double tol) {
    int n = c.length;
    int m = a.length;
    for (double v : x) {
      if (!(v >= 0) || v == Double.POSITIVE_INFINITY) {
        return false;
      }
    }
    double ys = 1;
    for (double v : y) {
      ys = Math.max(ys, Math.abs(v));
    }
    if (!(ys < Double.POSITIVE_INFINITY)) {
      return false;
    }
    double by = 0;
    double bySize = 0;
    for (int i = 0; i < m; i++) {
      double lhs = 0;
      double size = 0;
      for (int j = 0; j < n; j++) {
        double v = a[i][j] * x[j];
        lhs += v;
        size += Math.abs(v);
      }
      double slack = tol * Math.max(1, Math.max(size, Math.abs(b[i])));
      double excess = lhs - b[i];
      boolean row = sense[i] == DenseSimplex.LE ? excess <= slack
          : sense[i] == DenseSimplex.GE ? excess >= -slack : Math.abs(excess) <= slack;
      boolean sign = sense[i] == DenseSimplex.LE ? y[i] >= -tol * ys
          : sense[i] != DenseSimplex.GE || y[i] <= tol * ys;
      if (!row || !sign) {
        return false;
      }
      by += b[i] * y[i];
      bySize += Math.abs(b[i] * y[i]);
    }
    double cx = 0;
    double cxSize = 0;
    for (int j = 0; j < n; j++) {
      double reduced = c[j];
      double size = Math.abs(c[j]);
      for (int i = 0; i < m; i++) {
        double v = a[i][j] * y[i];
        reduced -= v;
        size += Math.abs(v);
      }
      if (!(reduced <= tol * Math.max(1, size))) {
        return false;
      }
      cx += c[j] * x[j];
      cxSize += Math.abs(c[j] * x[j]);
    }
    return Math.abs(by - cx) <= tol * Math.max(1, Math.max(bySize, cxSize));
  }
}
