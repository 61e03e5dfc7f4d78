package io.github.learningcities.lcn.indicators.internal;

import java.util.Arrays;

/**
 * A dense two-phase primal simplex for the small linear programmes of the Benefit-of-the-Doubt
 * family: maximise {@code c.x} subject to rows {@code a[i].x (<=, =, >=) b[i]} and {@code x >= 0}.
 *
 * <p>The tableau is dense (these programmes have at most some tens of variables and, with the
 * constraint generation of {@link BenefitOfTheDoubt}, some tens of rows). The entering column is
 * the most positive reduced cost (Dantzig) until a pivot makes no progress; from then on, while
 * pivots stay degenerate, Bland's rule (lowest index enters, lowest index among the tied rows
 * leaves) is used, so the method does not cycle. The leaving row is chosen by Harris's
 * two-pass ratio test: among the rows whose ratio is within the primal tolerance of the
 * smallest, the one with the largest pivot (Bland: the lowest index). An entry of the entering
 * column is a pivot candidate only above {@code 1e-9} times the column's largest entry, so the
 * rounding residue of an entry that is exactly 0 never becomes a pivot (dividing by such
 * residue is what loses all precision). A basic variable that drifts below 0 by more than the
 * tolerance is taken as precision lost: the tableau is rebuilt from the original rows and the
 * current basis, and the pivots go on from there.
 *
 * <p><b>Only certified optima are returned.</b> At the end, the primal solution and the row
 * duals are computed afresh from the original data and the final basis (a small square system
 * of the basic columns and the tight rows, by elimination with partial pivoting), and returned
 * only when they certify each other ({@link LpCertificate}: every row holds, the duals have
 * their signs, no reduced cost is positive, no duality gap, each within {@value #CERTIFICATE}
 * relative to the size of the numbers involved). If they do not, the tableau is rebuilt and the
 * solve continues; failing that, the whole solve is repeated with a stricter pivot tolerance,
 * and failing that (or when the floating-point attempts find the programme infeasible or
 * unbounded) it is solved in exact rational arithmetic ({@link ExactSimplex}), whose optimum
 * is certified the same way. {@link Status#NUMERICAL_FAILURE} remains only for an exact
 * optimum that does not survive rounding to doubles: never an unverified value.
 * Every choice is made in a fixed index order: the same programme always gives the same vertex,
 * bit for bit.
 *
 * @since 0.1.0
 */
public final class DenseSimplex {
  /** Relative tolerance of the certificate of a returned optimum. */
  public static final double CERTIFICATE = 1e-9;
  /** Reduced costs below this (times the largest |c|, at least 1) do not enter. */
  static final double OPTIMALITY = 1e-11;
  /** Harris's primal tolerance (times the largest |b|, at least 1). */
  static final double FEASIBILITY = 1e-11;
  /** A basic variable below minus this many primal tolerances means precision was lost. */
  private static final double DRIFT = 100;
  /** Pivot candidates must exceed this times the largest entry of the entering column. */
  private static final double PIVOT = 1e-9;
  /** The stricter pivot tolerance of the second attempt. */
  private static final double PIVOT_STRICT = 1e-6;
  /** Entries of at most this size are never pivots. */
  private static final double TINY = 1e-14;
  private static final int MAX_PIVOTS = 100_000;
  private static final int MAX_REBUILDS = 3;

  private DenseSimplex() {}

  /** How a solve ended. */
  public enum Status {
    /** An optimum was found, certified by its duals. */
    OPTIMAL,
    /** No point satisfies the rows. */
    INFEASIBLE,
    /** The objective grows without bound. */
    UNBOUNDED,
    /** No certified optimum could be formed: no value rather than an unverified one. */
    NUMERICAL_FAILURE
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
  public record Solution(Status status, double[] x, double[] duals, double objective) {
    static Solution of(Status status) {
      return new Solution(status, new double[0], new double[0], Double.NaN);
    }
  }

  /** Row sense: {@code <=}. */
  public static final byte LE = -1;
  /** Row sense: {@code =}. */
  public static final byte EQ = 0;
  /** Row sense: {@code >=}. */
  public static final byte GE = 1;

  /** How a run of pivots ended. */
  private enum Pivots { OPTIMAL, UNBOUNDED, DRIFTED, STALLED }

  /**
   * Maximises {@code c.x} subject to the rows and {@code x >= 0}.
   *
   * @param c objective coefficients (length n)
   * @param a the rows (m rows of length n; not modified)
   * @param sense each row's sense ({@link #LE}, {@link #EQ}, {@link #GE})
   * @param b the right-hand sides
   * @return the solution; {@link Status#OPTIMAL} only with a certificate that holds
   */
  public static Solution maximise(double[] c, double[][] a, byte[] sense, double[] b) {
    Solution s = new Tableau(c, a, sense, b, PIVOT).solve();
    if (s.status() == Status.NUMERICAL_FAILURE) {
      s = new Tableau(c, a, sense, b, PIVOT_STRICT).solve();
    }
    // what the floating-point attempts could not certify (an optimum, or that there is none)
    // is settled in exact arithmetic
    return s.status() == Status.OPTIMAL ? s : ExactSimplex.maximise(c, a, sense, b);
  }

  /** One attempt: the tableau and its basis (rebuilt from the original rows when needed). */
  private static final class Tableau {
    private final double[] c;
    private final double[][] a;
    private final byte[] sense;
    private final double[] b;
    private final double pivotTolerance;
    private final int m;
    private final int n;
    private final int[] slackCol;
    private final int[] artCol;
    /** Rows multiplied by -1 to make b non-negative. */
    private final boolean[] flipped;
    private final int firstArt;
    private final int cols;
    private final int[] basis;
    /** Rows 0..m-1 and the objective row m (reduced costs; its last entry is -objective). */
    private final double[][] t;
    private final double optimality;
    private final double feasibility;
    /** Work arrays of the ratio test: the entering column and the right-hand side. */
    private final double[] column;
    private final double[] values;

    Tableau(double[] c, double[][] a, byte[] sense, double[] b, double pivotTolerance) {
      this.c = c;
      this.a = a;
      this.sense = sense;
      this.b = b;
      this.pivotTolerance = pivotTolerance;
      m = a.length;
      n = c.length;
      // Columns: n structural, one slack or surplus per inequality, one artificial per row
      // that has no slack of coefficient +1 after b is made non-negative.
      slackCol = new int[m];
      artCol = new int[m];
      flipped = new boolean[m];
      byte[] s = new byte[m];
      int col = n;
      for (int i = 0; i < m; i++) {
        s[i] = sense[i];
        if (b[i] < 0) {
          flipped[i] = true;
          s[i] = (byte) -s[i];
        }
        slackCol[i] = s[i] == EQ ? -1 : col++;
      }
      firstArt = col;
      for (int i = 0; i < m; i++) {
        artCol[i] = s[i] == LE ? -1 : col++;
      }
      cols = col;
      t = new double[m + 1][cols + 1];
      basis = new int[m];
      for (int i = 0; i < m; i++) {
        initialRow(i, t[i]);
        basis[i] = artCol[i] >= 0 ? artCol[i] : slackCol[i];
      }
      column = new double[m];
      values = new double[m];
      optimality = OPTIMALITY * Math.max(1, maxAbs(c));
      feasibility = FEASIBILITY * Math.max(1, maxAbs(b));
    }

    /** Writes row i of the tableau before any pivot (b made non-negative) into {@code row}. */
    private void initialRow(int i, double[] row) {
      double sign = flipped[i] ? -1 : 1;
      Arrays.fill(row, 0);
      for (int j = 0; j < n; j++) {
        row[j] = sign * a[i][j];
      }
      row[cols] = sign * b[i];
      if (slackCol[i] >= 0) {
        // +1 for a <= row, -1 (surplus) for a >= row, after the flip
        row[slackCol[i]] = (flipped[i] ? -sense[i] : sense[i]) == LE ? 1 : -1;
      }
      if (artCol[i] >= 0) {
        row[artCol[i]] = 1;
      }
    }

    Solution solve() {
      if (firstArt < cols) {
        double[] phaseOne = new double[cols];
        Arrays.fill(phaseOne, firstArt, cols, -1);
        Status s = phaseOne(phaseOne);
        if (s != null) {
          return Solution.of(s);
        }
      }
      double[] phaseTwo = Arrays.copyOf(c, cols);
      price(phaseTwo);
      for (int rebuilds = 0; ; rebuilds++) {
        Pivots p = iterate();
        if (p == Pivots.OPTIMAL) {
          Solution s = certify();
          if (s != null) {
            return s;
          }
        } else if (p == Pivots.UNBOUNDED && rebuilds > 0) {
          return Solution.of(Status.UNBOUNDED);
        }
        if (rebuilds == MAX_REBUILDS || !rebuild()) {
          return Solution.of(Status.NUMERICAL_FAILURE);
        }
        price(phaseTwo);
      }
    }

    /**
     * Phase 1: minimises the sum of the artificials, then drives those left at 0 out of the
     * basis where a structural or slack column can replace them.
     *
     * @return null when a feasible basis was found, else the status to return
     */
    private Status phaseOne(double[] cost) {
      price(cost);
      for (int rebuilds = 0; ; rebuilds++) {
        Pivots p = iterate();
        if (p == Pivots.OPTIMAL) {
          // t[m][cols] is the sum of the artificials; at rounding level it is 0 (the final
          // certificate checks every row), above it only a rebuilt tableau may say infeasible
          if (t[m][cols] <= CERTIFICATE * Math.max(1, maxAbs(b))) {
            break;
          }
          if (rebuilds > 0) {
            return Status.INFEASIBLE;
          }
        }
        if (rebuilds == MAX_REBUILDS || !rebuild()) {
          return Status.NUMERICAL_FAILURE;
        }
        price(cost);
      }
      for (int i = 0; i < m; i++) {
        if (basis[i] >= firstArt) {
          int best = -1;
          for (int j = 0; j < firstArt; j++) {
            if (Math.abs(t[i][j]) > pivotTolerance
                && (best < 0 || Math.abs(t[i][j]) > Math.abs(t[i][best]))) {
              best = j;
            }
          }
          if (best >= 0) {
            pivot(i, best);
          }
          // else: the row is redundant and keeps its artificial at 0
        }
      }
      return null;
    }

    /** Sets the objective row to the reduced costs of {@code cost} over the current basis. */
    private void price(double[] cost) {
      double[] obj = t[m];
      Arrays.fill(obj, 0);
      System.arraycopy(cost, 0, obj, 0, cols);
      for (int i = 0; i < m; i++) {
        double cb = cost[basis[i]];
        if (cb != 0) {
          double[] row = t[i];
          for (int j = 0; j <= cols; j++) {
            obj[j] -= cb * row[j];
          }
        }
      }
      for (int i = 0; i < m; i++) {
        obj[basis[i]] = 0;
      }
    }

    /** Pivots until no non-artificial column has a positive reduced cost. */
    private Pivots iterate() {
      double[] obj = t[m];
      boolean bland = false;
      for (int it = 0; it < MAX_PIVOTS; it++) {
        int enter = -1;
        double best = optimality;
        for (int j = 0; j < firstArt; j++) {
          if (obj[j] > best) {
            enter = j;
            if (bland) {
              break;
            }
            best = obj[j];
          }
        }
        if (enter < 0) {
          return Pivots.OPTIMAL;
        }
        int leave = leavingRow(enter, bland);
        if (leave < 0) {
          return Pivots.UNBOUNDED;
        }
        double step = t[leave][cols];
        bland = step <= feasibility;
        if (step < 0) {
          // Harris: a basic variable within the tolerance below 0 leaves at exactly 0, so the
          // step never goes backwards (the certificate is computed from the original data)
          t[leave][cols] = 0;
        }
        if (pivot(leave, enter) < -DRIFT * feasibility) {
          return Pivots.DRIFTED;
        }
      }
      return Pivots.STALLED;
    }

    /** Harris's two-pass ratio test; -1 when no entry of the column can be a pivot. */
    private int leavingRow(int enter, boolean bland) {
      // one pass over the rows into contiguous copies of the column and the right-hand side
      double colMax = 0;
      for (int i = 0; i < m; i++) {
        double p = t[i][enter];
        column[i] = p;
        values[i] = t[i][cols];
        colMax = Math.max(colMax, Math.abs(p));
      }
      double tol = Math.max(TINY, pivotTolerance * colMax);
      double bound = Double.POSITIVE_INFINITY;
      for (int i = 0; i < m; i++) {
        double p = column[i];
        if (p > tol) {
          bound = Math.min(bound, (values[i] + feasibility) / p);
        }
      }
      int leave = -1;
      for (int i = 0; i < m; i++) {
        double p = column[i];
        if (p > tol && values[i] / p <= bound) {
          if (leave < 0 || (bland ? basis[i] < basis[leave]
              : p > column[leave] || p == column[leave] && basis[i] < basis[leave])) {
            leave = i;
          }
        }
      }
      return leave;
    }

    /** Pivots on (row, col); returns the smallest right-hand side of the rows afterwards. */
    private double pivot(int row, int col) {
      double[] pr = t[row];
      double p = pr[col];
      int width = pr.length;
      for (int j = 0; j < width; j++) {
        pr[j] /= p;
      }
      pr[col] = 1;
      double lowest = pr[cols];
      for (int i = 0; i <= m; i++) {
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
        if (i < m) {
          lowest = Math.min(lowest, ri[cols]);
        }
      }
      basis[row] = col;
      return lowest;
    }

    /**
     * Rebuilds the tableau from the original rows and the current basis (Gauss-Jordan with
     * partial pivoting), discarding the rounding the pivots accumulated.
     *
     * @return false when the basis is numerically singular
     */
    private boolean rebuild() {
      int[] columns = basis.clone();
      for (int i = 0; i < m; i++) {
        initialRow(i, t[i]);
      }
      boolean[] done = new boolean[m];
      for (int col : columns) {
        int row = -1;
        for (int i = 0; i < m; i++) {
          if (!done[i] && (row < 0 || Math.abs(t[i][col]) > Math.abs(t[row][col]))) {
            row = i;
          }
        }
        if (Math.abs(t[row][col]) <= TINY) {
          return false;
        }
        pivot(row, col);
        done[row] = true;
      }
      return true;
    }

    /**
     * The primal solution and the row duals computed afresh from the original data and the
     * basis, if they certify each other.
     *
     * @return the certified solution, or null
     */
    private Solution certify() {
      // Rows whose slack (or artificial) is basic are free; the others are tight and, with the
      // basic structural columns, form a square system.
      int[] rowOf = new int[cols];
      for (int i = 0; i < m; i++) {
        if (slackCol[i] >= 0) {
          rowOf[slackCol[i]] = i;
        }
        if (artCol[i] >= 0) {
          rowOf[artCol[i]] = i;
        }
      }
      boolean[] free = new boolean[m];
      int[] structural = new int[m];
      int s = 0;
      for (int i = 0; i < m; i++) {
        int bj = basis[i];
        if (bj < n) {
          structural[s++] = bj;
        } else {
          free[rowOf[bj]] = true;
        }
      }
      int[] tight = new int[s];
      int r = 0;
      for (int i = 0; i < m; i++) {
        if (!free[i]) {
          if (r == s) {
            return null;
          }
          tight[r++] = i;
        }
      }
      if (r != s) {
        return null;
      }
      double[][] primal = new double[s][s + 1];
      double[][] dual = new double[s][s + 1];
      for (int p = 0; p < s; p++) {
        for (int q = 0; q < s; q++) {
          primal[p][q] = a[tight[p]][structural[q]];
          dual[q][p] = a[tight[p]][structural[q]];
        }
        primal[p][s] = b[tight[p]];
        dual[p][s] = c[structural[p]];
      }
      double[] xs = solveSquare(primal);
      double[] ys = solveSquare(dual);
      if (xs == null || ys == null) {
        return null;
      }
      double[] x = new double[n];
      double scale = 1;
      for (int q = 0; q < s; q++) {
        scale = Math.max(scale, Math.abs(xs[q]));
      }
      for (int q = 0; q < s; q++) {
        double v = xs[q];
        if (v < -CERTIFICATE * scale) {
          return null;
        }
        // a basic at rounding level below 0 is 0; the rows are checked with the x returned
        x[structural[q]] = Math.max(0, v);
      }
      double[] y = new double[m];
      for (int p = 0; p < s; p++) {
        y[tight[p]] = ys[p];
      }
      if (!LpCertificate.holds(c, a, sense, b, x, y, CERTIFICATE)) {
        return null;
      }
      double z = 0;
      for (int j = 0; j < n; j++) {
        z += c[j] * x[j];
      }
      return new Solution(Status.OPTIMAL, x, y, z);
    }

  }

  /**
   * Solves the square system {@code [A | rhs]} by elimination with partial pivoting.
   *
   * @return the solution, or null when the matrix is numerically singular
   */
  private static double[] solveSquare(double[][] e) {
    int s = e.length;
    double size = 0;
    for (double[] row : e) {
      for (int q = 0; q < s; q++) {
        size = Math.max(size, Math.abs(row[q]));
      }
    }
    for (int col = 0; col < s; col++) {
      int p = col;
      for (int r = col + 1; r < s; r++) {
        if (Math.abs(e[r][col]) > Math.abs(e[p][col])) {
          p = r;
        }
      }
      if (!(Math.abs(e[p][col]) > 1e-13 * size)) {
        return null;
      }
      double[] tmp = e[p];
      e[p] = e[col];
      e[col] = tmp;
      for (int r = col + 1; r < s; r++) {
        double f = e[r][col] / e[col][col];
        if (f != 0) {
          for (int q = col; q <= s; q++) {
            e[r][q] -= f * e[col][q];
          }
        }
      }
    }
    double[] v = new double[s];
    for (int r = s - 1; r >= 0; r--) {
      double sum = e[r][s];
      for (int q = r + 1; q < s; q++) {
        sum -= e[r][q] * v[q];
      }
      v[r] = sum / e[r][r];
    }
    return v;
  }

  private static double maxAbs(double[] v) {
    double m = 0;
    for (double x : v) {
      m = Math.max(m, Math.abs(x));
    }
    return m;
  }
}
