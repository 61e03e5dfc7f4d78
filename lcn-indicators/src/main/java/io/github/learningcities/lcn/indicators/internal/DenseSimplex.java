package io.github.learningcities.lcn.indicators.internal;

import java.util.Arrays;

/**
 * A dense two-phase primal simplex for the small linear programmes of the Benefit-of-the-Doubt
 * family: maximise {@code c.x} subject to rows {@code a[i].x (<=, =, >=) b[i]} and {@code x >= 0}.
 *
 * <p>The tableau is dense (these programmes have at most some tens of variables and, with the
 * constraint generation of {@link BenefitOfTheDoubt}, some tens of rows). The entering column is
 * the most positive reduced cost (Dantzig) until a pivot makes no progress; from then on, while
 * pivots stay degenerate, Bland's rule (lowest index enters and leaves) is used, so the method
 * cannot cycle. Every choice is made in a fixed index order: the same programme always gives
 * the same vertex, bit for bit. Besides the primal solution it returns the row duals (the
 * certificate of optimality: {@code y.b = c.x}, {@code A'y >= c}, signs by row sense).
 *
 * @since 0.1.0
 */
public final class DenseSimplex {
  /** Reduced costs and pivots below this are zero (the programmes are scaled to about 1). */
  static final double EPS = 1e-11;
  private static final int MAX_PIVOTS = 100_000;

  private DenseSimplex() {}

  /** How a solve ended. */
  public enum Status {
    /** An optimum was found. */
    OPTIMAL,
    /** No point satisfies the rows. */
    INFEASIBLE,
    /** The objective grows without bound. */
    UNBOUNDED
  }

  /**
   * The outcome of a solve.
   *
   * @param status how it ended
   * @param x the primal solution (empty unless optimal)
   * @param duals one dual value per row (empty unless optimal): {@code >= 0} for a {@code <=}
   *     row, {@code <= 0} for a {@code >=} row, free for an equality
   * @param objective {@code c.x} (NaN unless optimal)
   */
  public record Solution(Status status, double[] x, double[] duals, double objective) {}

  /** Row sense: {@code <=}. */
  public static final byte LE = -1;
  /** Row sense: {@code =}. */
  public static final byte EQ = 0;
  /** Row sense: {@code >=}. */
  public static final byte GE = 1;

  /**
   * Maximises {@code c.x} subject to the rows and {@code x >= 0}.
   *
   * @param c objective coefficients (length n)
   * @param a the rows (m rows of length n; not modified)
   * @param sense each row's sense ({@link #LE}, {@link #EQ}, {@link #GE})
   * @param b the right-hand sides
   * @return the solution
   */
  public static Solution maximise(double[] c, double[][] a, byte[] sense, double[] b) {
    int m = a.length;
    int n = c.length;
    // Columns: n structural, one slack or surplus per inequality, one artificial per row that
    // has no slack of coefficient +1 after b is made non-negative.
    int[] slackCol = new int[m];
    int[] artCol = new int[m];
    boolean[] flipped = new boolean[m];
    byte[] s = new byte[m];
    int cols = n;
    for (int i = 0; i < m; i++) {
      s[i] = sense[i];
      if (b[i] < 0) {
        flipped[i] = true;
        s[i] = (byte) -s[i];
      }
      slackCol[i] = s[i] == EQ ? -1 : cols++;
    }
    int firstArt = cols;
    for (int i = 0; i < m; i++) {
      artCol[i] = s[i] == LE ? -1 : cols++;
    }
    int width = cols + 1; // last column: right-hand side
    double[][] t = new double[m + 1][width]; // row m: the objective row (reduced costs)
    int[] basis = new int[m];
    for (int i = 0; i < m; i++) {
      double sign = flipped[i] ? -1 : 1;
      for (int j = 0; j < n; j++) {
        t[i][j] = sign * a[i][j];
      }
      t[i][cols] = sign * b[i];
      if (slackCol[i] >= 0) {
        t[i][slackCol[i]] = s[i] == LE ? 1 : -1;
      }
      if (artCol[i] >= 0) {
        t[i][artCol[i]] = 1;
        basis[i] = artCol[i];
      } else {
        basis[i] = slackCol[i];
      }
    }
    double[] obj = t[m];
    if (firstArt < cols) {
      // Phase 1: maximise -(sum of artificials); reduced costs d_j = sum over artificial rows.
      Arrays.fill(obj, 0);
      for (int i = 0; i < m; i++) {
        if (artCol[i] >= 0) {
          for (int j = 0; j < width; j++) {
            obj[j] += t[i][j];
          }
        }
      }
      for (int i = 0; i < m; i++) {
        if (artCol[i] >= 0) {
          obj[artCol[i]] = 0;
        }
      }
      if (iterate(t, basis, firstArt, cols) == Status.UNBOUNDED) {
        throw new IllegalStateException("phase 1 cannot be unbounded");
      }
      if (obj[cols] > EPS * Math.max(1, maxAbs(b))) {
        return new Solution(Status.INFEASIBLE, new double[0], new double[0], Double.NaN);
      }
      // Drive artificials at zero out of the basis where a structural or slack column can
      // replace them; a row where none can is redundant and keeps its artificial at 0.
      for (int i = 0; i < m; i++) {
        if (basis[i] >= firstArt) {
          for (int j = 0; j < firstArt; j++) {
            if (Math.abs(t[i][j]) > EPS) {
              pivot(t, basis, i, j);
              break;
            }
          }
        }
      }
    }
    // Phase 2: reduced costs of c over the current basis; artificial columns may not enter.
    Arrays.fill(obj, 0);
    for (int j = 0; j < n; j++) {
      obj[j] = c[j];
    }
    for (int i = 0; i < m; i++) {
      int bj = basis[i];
      double cb = bj < n ? c[bj] : 0;
      if (cb != 0) {
        for (int j = 0; j < width; j++) {
          obj[j] -= cb * t[i][j];
        }
      }
    }
    for (int i = 0; i < m; i++) {
      obj[basis[i]] = 0;
    }
    if (iterate(t, basis, firstArt, cols) == Status.UNBOUNDED) {
      return new Solution(Status.UNBOUNDED, new double[0], new double[0], Double.NaN);
    }
    double[] x = new double[n];
    for (int i = 0; i < m; i++) {
      if (basis[i] < n) {
        x[basis[i]] = Math.max(0, t[i][cols]);
      }
    }
    // Duals y' = c_B' B^-1: B^-1's column for row i is the tableau column of the row's
    // initial basic variable (its slack, or its artificial).
    double[] y = new double[m];
    for (int r = 0; r < m; r++) {
      int col = artCol[r] >= 0 ? artCol[r] : slackCol[r];
      double v = 0;
      for (int i = 0; i < m; i++) {
        int bj = basis[i];
        if (bj < n && c[bj] != 0) {
          v += c[bj] * t[i][col];
        }
      }
      y[r] = flipped[r] ? -v : v;
    }
    double z = 0;
    for (int j = 0; j < n; j++) {
      z += c[j] * x[j];
    }
    return new Solution(Status.OPTIMAL, x, y, z);
  }

  private static double maxAbs(double[] v) {
    double m = 0;
    for (double x : v) {
      m = Math.max(m, Math.abs(x));
    }
    return m;
  }

  /**
   * Pivots until no column below {@code enterLimit} has a positive reduced cost.
   *
   * @return OPTIMAL or UNBOUNDED
   */
  private static Status iterate(double[][] t, int[] basis, int enterLimit, int rhs) {
    int m = basis.length;
    double[] obj = t[m];
    boolean bland = false;
    for (int it = 0; it < MAX_PIVOTS; it++) {
      int enter = -1;
      double best = EPS;
      for (int j = 0; j < enterLimit; j++) {
        if (obj[j] > best) {
          enter = j;
          if (bland) {
            break;
          }
          best = obj[j];
        }
      }
      if (enter < 0) {
        return Status.OPTIMAL;
      }
      int leave = -1;
      double ratio = Double.POSITIVE_INFINITY;
      for (int i = 0; i < m; i++) {
        double p = t[i][enter];
        if (p > EPS) {
          double r = t[i][rhs] / p;
          if (leave < 0 || r < ratio - EPS) {
            leave = i;
            ratio = r;
          } else if (r <= ratio + EPS && basis[i] < basis[leave]) {
            leave = i;
            ratio = Math.min(ratio, r);
          }
        }
      }
      if (leave < 0) {
        return Status.UNBOUNDED;
      }
      bland = t[leave][rhs] <= EPS;
      pivot(t, basis, leave, enter);
    }
    throw new IllegalStateException("the simplex did not finish in " + MAX_PIVOTS + " pivots");
  }

  private static void pivot(double[][] t, int[] basis, int row, int col) {
    double[] pr = t[row];
    double p = pr[col];
    int width = pr.length;
    for (int j = 0; j < width; j++) {
      pr[j] /= p;
    }
    pr[col] = 1;
    for (int i = 0; i < t.length; i++) {
      if (i == row) {
        continue;
      }
      double[] ri = t[i];
      double f = ri[col];
      if (f != 0) {
        for (int j = 0; j < width; j++) {
          ri[j] -= f * pr[j];
        }
        ri[col] = 0;
      }
    }
    basis[row] = col;
    // rhs may drift a hair below 0 by rounding: a basic variable is never negative
    int rhs = width - 1;
    for (int i = 0; i < basis.length; i++) {
      if (t[i][rhs] < 0 && t[i][rhs] > -EPS) {
        t[i][rhs] = 0;
      }
    }
  }
}
