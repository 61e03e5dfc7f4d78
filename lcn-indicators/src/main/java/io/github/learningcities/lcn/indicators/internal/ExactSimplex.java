package io.github.learningcities.lcn.indicators.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * The last resort of {@link DenseSimplex}: the same programme solved in exact rational
 * arithmetic (every double is a rational number), with Bland's rule throughout (lowest index
 * enters, lowest basic index among the tied rows leaves), so there is no rounding to lose and
 * no cycling. Used only when the floating-point attempts found no certified optimum, on
 * programmes of some tens of rows, where a near-singular basis of degenerate data defeats
 * double precision. The exact optimum is rounded to doubles and certified like any other
 * ({@link LpCertificate}).
 *
 * @since 0.1.0
 */
public final class ExactSimplex {
  private static final MathContext TO_DOUBLE = new MathContext(20);

  private ExactSimplex() {}

  /** A rational number in lowest terms with a positive denominator. */
  record Q(BigInteger num, BigInteger den) {
    static final Q ZERO = new Q(BigInteger.ZERO, BigInteger.ONE);
    static final Q ONE = new Q(BigInteger.ONE, BigInteger.ONE);

    static Q of(BigInteger num, BigInteger den) {
      if (den.signum() < 0) {
        num = num.negate();
        den = den.negate();
      }
      BigInteger g = num.gcd(den);
      return g.equals(BigInteger.ONE) ? new Q(num, den) : new Q(num.divide(g), den.divide(g));
    }

    /** The exact value of a finite double. */
    static Q of(double v) {
      BigDecimal d = new BigDecimal(v);
      return d.scale() > 0 ? of(d.unscaledValue(), BigInteger.TEN.pow(d.scale()))
          : new Q(d.toBigIntegerExact(), BigInteger.ONE);
    }

    Q plus(Q o) {
      return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    Q minus(Q o) {
      return of(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
    }

    Q times(Q o) {
      return signum() == 0 || o.signum() == 0 ? ZERO
          : of(num.multiply(o.num), den.multiply(o.den));
    }

    Q over(Q o) {
      return of(num.multiply(o.den), den.multiply(o.num));
    }

    Q negate() {
      return new Q(num.negate(), den);
    }

    int signum() {
      return num.signum();
    }

    int compareTo(Q o) {
      return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    double toDouble() {
      return new BigDecimal(num).divide(new BigDecimal(den), TO_DOUBLE).doubleValue();
    }
  }

  /**
   * Maximises {@code c.x} subject to the rows and {@code x >= 0}, exactly.
   *
   * @param c objective coefficients (length n)
   * @param a the rows (m rows of length n; not modified)
   * @param sense each row's sense ({@link DenseSimplex#LE}, {@link DenseSimplex#EQ},
   *     {@link DenseSimplex#GE})
   * @param b the right-hand sides
   * @return the solution; {@link DenseSimplex.Status#OPTIMAL} only when the exact optimum,
   *     rounded to doubles, passes the certificate
   */
  public static DenseSimplex.Solution maximise(double[] c, double[][] a, byte[] sense, double[] b) {
    int m = a.length;
    int n = c.length;
    int[] slackCol = new int[m];
    int[] artCol = new int[m];
    boolean[] flipped = new boolean[m];
    int cols = n;
    for (int i = 0; i < m; i++) {
      flipped[i] = b[i] < 0;
      slackCol[i] = sense[i] == DenseSimplex.EQ ? -1 : cols++;
    }
    int firstArt = cols;
    for (int i = 0; i < m; i++) {
      byte s = flipped[i] ? (byte) -sense[i] : sense[i];
      artCol[i] = s == DenseSimplex.LE ? -1 : cols++;
    }
    Q[][] t = new Q[m + 1][cols + 1];
    int[] basis = new int[m];
    for (Q[] row : t) {
      java.util.Arrays.fill(row, Q.ZERO);
    }
    for (int i = 0; i < m; i++) {
      Q sign = flipped[i] ? Q.ONE.negate() : Q.ONE;
      for (int j = 0; j < n; j++) {
        t[i][j] = Q.of(a[i][j]).times(sign);
      }
      t[i][cols] = Q.of(b[i]).times(sign);
      if (slackCol[i] >= 0) {
        byte s = flipped[i] ? (byte) -sense[i] : sense[i];
        t[i][slackCol[i]] = s == DenseSimplex.LE ? Q.ONE : Q.ONE.negate();
      }
      basis[i] = artCol[i] >= 0 ? artCol[i] : slackCol[i];
      if (artCol[i] >= 0) {
        t[i][artCol[i]] = Q.ONE;
      }
    }
    if (firstArt < cols) {
      Q[] cost = new Q[cols];
      for (int j = 0; j < cols; j++) {
        cost[j] = j >= firstArt ? Q.ONE.negate() : Q.ZERO;
      }
      price(t, basis, cost);
      iterate(t, basis, firstArt);
      if (t[m][cols].signum() > 0) {
        return DenseSimplex.Solution.of(DenseSimplex.Status.INFEASIBLE);
      }
      for (int i = 0; i < m; i++) {
        if (basis[i] >= firstArt) {
          for (int j = 0; j < firstArt; j++) {
            if (t[i][j].signum() != 0) {
              pivot(t, basis, i, j);
              break;
            }
          }
        }
      }
    }
    Q[] cost = new Q[cols];
    for (int j = 0; j < cols; j++) {
      cost[j] = j < n ? Q.of(c[j]) : Q.ZERO;
    }
    price(t, basis, cost);
    if (!iterate(t, basis, firstArt)) {
      return DenseSimplex.Solution.of(DenseSimplex.Status.UNBOUNDED);
    }
    double[] x = new double[n];
    for (int i = 0; i < m; i++) {
      if (basis[i] < n) {
        x[basis[i]] = t[i][cols].toDouble();
      }
    }
    // y' = c_B' B^-1: B^-1's column for row r is the tableau column of r's initial basic
    double[] y = new double[m];
    for (int r = 0; r < m; r++) {
      int col = artCol[r] >= 0 ? artCol[r] : slackCol[r];
      Q v = Q.ZERO;
      for (int i = 0; i < m; i++) {
        if (basis[i] < n) {
          v = v.plus(cost[basis[i]].times(t[i][col]));
        }
      }
      y[r] = flipped[r] ? -v.toDouble() : v.toDouble();
    }
    if (!LpCertificate.holds(c, a, sense, b, x, y, DenseSimplex.CERTIFICATE)) {
      return DenseSimplex.Solution.of(DenseSimplex.Status.NUMERICAL_FAILURE);
    }
    double z = 0;
    for (int j = 0; j < n; j++) {
      z += c[j] * x[j];
    }
    return new DenseSimplex.Solution(DenseSimplex.Status.OPTIMAL, x, y, z);
  }

  /** Sets the objective row to the reduced costs of {@code cost} over the basis. */
  private static void price(Q[][] t, int[] basis, Q[] cost) {
    int m = basis.length;
    Q[] obj = t[m];
    for (int j = 0; j < obj.length; j++) {
      obj[j] = j < cost.length ? cost[j] : Q.ZERO;
    }
    for (int i = 0; i < m; i++) {
      Q cb = cost[basis[i]];
      if (cb.signum() != 0) {
        for (int j = 0; j < obj.length; j++) {
          obj[j] = obj[j].minus(cb.times(t[i][j]));
        }
      }
    }
  }

  /**
   * Bland's rule until no column below {@code enterLimit} has a positive reduced cost.
   *
   * @return false when the objective is unbounded
   */
  private static boolean iterate(Q[][] t, int[] basis, int enterLimit) {
    int m = basis.length;
    int rhs = t[m].length - 1;
    while (true) {
      int enter = -1;
      for (int j = 0; j < enterLimit && enter < 0; j++) {
        if (t[m][j].signum() > 0) {
          enter = j;
        }
      }
      if (enter < 0) {
        return true;
      }
      int leave = -1;
      Q ratio = null;
      for (int i = 0; i < m; i++) {
        if (t[i][enter].signum() > 0) {
          Q r = t[i][rhs].over(t[i][enter]);
          int cmp = leave < 0 ? -1 : r.compareTo(ratio);
          if (cmp < 0 || cmp == 0 && basis[i] < basis[leave]) {
            leave = i;
            ratio = r;
          }
        }
      }
      if (leave < 0) {
        return false;
      }
      pivot(t, basis, leave, enter);
    }
  }

  private static void pivot(Q[][] t, int[] basis, int row, int col) {
    Q[] pr = t[row];
    Q p = pr[col];
    for (int j = 0; j < pr.length; j++) {
      if (pr[j].signum() != 0) {
        pr[j] = pr[j].over(p);
      }
    }
    for (int i = 0; i < t.length; i++) {
      Q f = t[i][col];
      if (i != row && f.signum() != 0) {
        for (int j = 0; j < pr.length; j++) {
          if (pr[j].signum() != 0) {
            t[i][j] = t[i][j].minus(f.times(pr[j]));
          }
        }
      }
    }
    basis[row] = col;
  }
}
