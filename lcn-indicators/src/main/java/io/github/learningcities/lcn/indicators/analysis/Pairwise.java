package io.github.learningcities.lcn.indicators.analysis;

import io.github.learningcities.lcn.indicators.internal.Scaling;
import java.util.Arrays;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Correlation coefficients and p-values on pairwise-complete observations. Arrays are used as
 * given; NaN marks a missing value.
 */
final class Pairwise {
  private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);
  /**
   * The t distribution of the last p-value: a correlation matrix asks for the same degrees of
   * freedom for every pair, and building one computes a beta function. Immutable, so a thread
   * that sees another's is as well served.
   */
  private static volatile TDistribution lastT;

  private Pairwise() {}

  /** The two columns restricted to the rows where both are present: {x, y}. */
  static double[][] complete(double[] x, double[] y) {
    int n = 0;
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
        n++;
      }
    }
    double[] a = new double[n];
    double[] b = new double[n];
    int k = 0;
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
        a[k] = x[i];
        b[k++] = y[i];
      }
    }
    return new double[][] {a, b};
  }

  /** The coefficient on complete pairs, NaN when undefined (fewer than 2, or a constant). */
  static double coefficient(double[] a, double[] b, CorrelationMethod method) {
    return switch (method) {
      case PEARSON -> pearson(a, b);
      case SPEARMAN -> pearson(averageRanks(a), averageRanks(b));
      case KENDALL -> kendall(a, b)[0];
    };
  }

  /**
   * The two-sided p-value of a coefficient on complete pairs, NaN when undefined. Pearson and
   * Spearman: Student's t with n - 2 degrees of freedom on r * sqrt((n - 2) / (1 - r^2)) (R's
   * cor.test; for Spearman R uses this whenever there are ties or exact = FALSE). Kendall: the
   * normal approximation with the tie-corrected variance of the score S (R's cor.test with
   * exact = FALSE, no continuity correction).
   */
  static double pValue(double[] a, double[] b, double r, CorrelationMethod method) {
    int n = a.length;
    if (Double.isNaN(r) || n < 3) {
      return Double.NaN;
    }
    if (method == CorrelationMethod.KENDALL) {
      double[] k = kendall(a, b);
      double z = k[1] / Math.sqrt(k[2]);
      if (Double.isNaN(z)) {
        return Double.NaN;
      }
      return Math.min(1, 2 * NORMAL.cumulativeProbability(-Math.abs(z)));
    }
    if (Math.abs(r) >= 1) {
      return 0;
    }
    double df = n - 2;
    double t = r * Math.sqrt(df / (1 - r * r));
    return Math.min(1, 2 * t(df).cumulativeProbability(-Math.abs(t)));
  }

  private static TDistribution t(double df) {
    TDistribution d = lastT;
    if (d == null || d.getDegreesOfFreedom() != df) {
      d = TDistribution.of(df);
      lastT = d;
    }
    return d;
  }

  static double pearson(double[] a, double[] b) {
    int n = a.length;
    // tested exactly: the rounding of a mean would give a constant column tiny deviations
    if (n < 2 || isConstant(a) || isConstant(b)) {
      return Double.NaN;
    }
    // r does not change when a column is scaled, so each is scaled on its own (exactly, by a
    // power of two) where the product of its sums of squares, of degree 4, would overflow or
    // underflow: beyond 2^200 either way.
    double ca = Scaling.forMaxAbs(Scaling.maxAbs(a), 200);
    double cb = Scaling.forMaxAbs(Scaling.maxAbs(b), 200);
    double ma = 0;
    double mb = 0;
    for (int i = 0; i < n; i++) {
      ma += a[i] * ca;
      mb += b[i] * cb;
    }
    ma /= n;
    mb /= n;
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (int i = 0; i < n; i++) {
      double da = a[i] * ca - ma;
      double db = b[i] * cb - mb;
      sab += da * db;
      saa += da * da;
      sbb += db * db;
    }
    if (saa == 0 || sbb == 0) {
      return Double.NaN;
    }
    return clamp(sab / Math.sqrt(saa * sbb));
  }

  static boolean isConstant(double[] x) {
    for (int i = 1; i < x.length; i++) {
      if (x[i] != x[0]) {
        return false;
      }
    }
    return true;
  }

  /** Sample covariance (n - 1) on complete pairs, NaN with fewer than 2. */
  static double covariance(double[] a, double[] b) {
    int n = a.length;
    if (n < 2) {
      return Double.NaN;
    }
    double ma = 0;
    double mb = 0;
    for (int i = 0; i < n; i++) {
      ma += a[i];
      mb += b[i];
    }
    ma /= n;
    mb /= n;
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += (a[i] - ma) * (b[i] - mb);
    }
    return s / (n - 1);
  }

  /** Ranks 1..n, ties sharing the mean of their ranks (R's rank default). */
  static double[] averageRanks(double[] x) {
    int n = x.length;
    Integer[] idx = new Integer[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (p, q) -> Double.compare(x[p], x[q]));
    double[] r = new double[n];
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && x[idx[j + 1]] == x[idx[i]]) {
        j++;
      }
      double rank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        r[idx[k]] = rank;
      }
      i = j + 1;
    }
    return r;
  }

  /** {tau-b, S, Var(S) with ties}: R's cor(method = "kendall") and cor.test's statistic. */
  static double[] kendall(double[] a, double[] b) {
    int n = a.length;
    if (n < 2) {
      return new double[] {Double.NaN, Double.NaN, Double.NaN};
    }
    long s = 0;
    long tiedA = 0;
    long tiedB = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        int da = Double.compare(a[i], a[j]);
        int db = Double.compare(b[i], b[j]);
        if (a[i] == a[j]) {
          tiedA++;
          da = 0;
        }
        if (b[i] == b[j]) {
          tiedB++;
          db = 0;
        }
        s += (long) Integer.signum(da) * Integer.signum(db);
      }
    }
    double n0 = n * (n - 1) / 2.0;
    double denom = Math.sqrt((n0 - tiedA) * (n0 - tiedB));
    double tau = denom == 0 ? Double.NaN : clamp(s / denom);
    double[] ta = tieSums(a);
    double[] tb = tieSums(b);
    double v0 = (double) n * (n - 1) * (2.0 * n + 5);
    double var = (v0 - ta[2] - tb[2]) / 18
        + ta[0] * tb[0] / (2.0 * n * (n - 1))
        + (n > 2 ? ta[1] * tb[1] / (9.0 * n * (n - 1) * (n - 2)) : 0);
    return new double[] {tau, s, var};
  }

  /** Over tie groups of size t: {sum t(t-1), sum t(t-1)(t-2), sum t(t-1)(2t+5)}. */
  private static double[] tieSums(double[] x) {
    double[] v = x.clone();
    Arrays.sort(v);
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int i = 0;
    while (i < v.length) {
      int j = i;
      while (j + 1 < v.length && v[j + 1] == v[i]) {
        j++;
      }
      double t = j - i + 1;
      if (t > 1) {
        s1 += t * (t - 1);
        s2 += t * (t - 1) * (t - 2);
        s3 += t * (t - 1) * (2 * t + 5);
      }
      i = j + 1;
    }
    return new double[] {s1, s2, s3};
  }

  private static double clamp(double r) {
    return Math.max(-1, Math.min(1, r));
  }
}
