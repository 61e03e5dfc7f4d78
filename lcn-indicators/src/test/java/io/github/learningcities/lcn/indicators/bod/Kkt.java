package io.github.learningcities.lcn.indicators.bod;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.internal.DenseSimplex;

/**
 * Optimality certificate of a maximisation with rows of any sense and x >= 0: the primal is
 * feasible, the duals have the signs their rows demand (>= 0 for <=, <= 0 for >=), the reduced
 * costs c - A'y are <= 0 (dual feasibility) and the duality gap b.y - c.x is 0.
 */
public final class Kkt {
  private Kkt() {}

  /**
   * Asserts the certificate.
   *
   * @param c objective
   * @param a rows
   * @param sense senses
   * @param b right-hand sides
   * @param s the solution
   * @param tol absolute tolerance, scaled by the size of the numbers involved
   */
  public static void assertOptimal(double[] c, double[][] a, byte[] sense, double[] b,
      DenseSimplex.Solution s, double tol) {
    double[] x = s.x();
    double[] y = s.duals();
    double scale = 1;
    for (double[] row : a) {
      for (double v : row) {
        scale = Math.max(scale, Math.abs(v));
      }
    }
    for (double v : x) {
      assertThat(v).isGreaterThanOrEqualTo(0);
    }
    for (int i = 0; i < a.length; i++) {
      double lhs = 0;
      double size = 0;
      for (int j = 0; j < x.length; j++) {
        lhs += a[i][j] * x[j];
        size += Math.abs(a[i][j] * x[j]);
      }
      double t = tol * Math.max(1, Math.max(size, Math.abs(b[i])));
      if (sense[i] == DenseSimplex.LE) {
        assertThat(lhs).as("row %d", i).isLessThanOrEqualTo(b[i] + t);
        assertThat(y[i]).as("dual %d", i).isGreaterThanOrEqualTo(-t);
      } else if (sense[i] == DenseSimplex.GE) {
        assertThat(lhs).as("row %d", i).isGreaterThanOrEqualTo(b[i] - t);
        assertThat(y[i]).as("dual %d", i).isLessThanOrEqualTo(t);
      } else {
        assertThat(lhs).as("row %d", i).isCloseTo(b[i],
            org.assertj.core.data.Offset.offset(t));
      }
    }
    double ysize = 1;
    for (double v : y) {
      ysize = Math.max(ysize, Math.abs(v));
    }
    for (int j = 0; j < c.length; j++) {
      double reduced = c[j];
      for (int i = 0; i < a.length; i++) {
        reduced -= a[i][j] * y[i];
      }
      assertThat(reduced).as("reduced cost %d", j)
          .isLessThanOrEqualTo(tol * scale * ysize * a.length);
    }
    double cx = 0;
    for (int j = 0; j < c.length; j++) {
      cx += c[j] * x[j];
    }
    double by = 0;
    double bsize = 0;
    for (int i = 0; i < b.length; i++) {
      by += b[i] * y[i];
      bsize += Math.abs(b[i] * y[i]);
    }
    assertThat(by - cx).as("duality gap").isCloseTo(0,
        org.assertj.core.data.Offset.offset(tol * Math.max(1, Math.max(bsize, Math.abs(cx)))));
  }
}
