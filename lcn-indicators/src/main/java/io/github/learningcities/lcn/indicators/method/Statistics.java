package io.github.learningcities.lcn.indicators.method;

import io.github.learningcities.lcn.indicators.internal.Ranking;
import io.github.learningcities.lcn.indicators.internal.Scaling;
import java.util.Arrays;

/**
 * Descriptive statistics over the present (non-NaN) values of a column, as COINr computes them.
 *
 * <p>{@link #skew} and {@link #kurtosis} are the bias-corrected sample statistics (e1071 type 2,
 * Excel's SKEW and KURT); {@link #sd} is the sample standard deviation (n - 1). Every method
 * returns NaN when there are too few present values for the statistic.
 *
 * <p>Extreme but finite columns are computed correctly: the mean, standard deviation, skew and
 * kurtosis of values near the largest double (whose sums or squared deviations would overflow)
 * or near the smallest (whose squared deviations would underflow to 0) are computed on the
 * values scaled by a power of two and scaled back. A power of two scales exactly, so on every
 * other column the result is the same double as the plain formula's.
 *
 * @since 0.1.0
 */
public final class Statistics {
  private Statistics() {}

  /**
   * Counts present values.
   *
   * @param x the column
   * @return the count of non-NaN values
   */
  public static int count(double[] x) {
    int n = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Returns the smallest present value.
   *
   * @param x the column
   * @return the minimum, NaN if none is present
   */
  public static double min(double[] x) {
    double m = Double.POSITIVE_INFINITY;
    boolean any = false;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        any = true;
        if (v < m) {
          m = v;
        }
      }
    }
    return any ? m : Double.NaN;
  }

  /**
   * Returns the largest present value.
   *
   * @param x the column
   * @return the maximum, NaN if none is present
   */
  public static double max(double[] x) {
    double m = Double.NEGATIVE_INFINITY;
    boolean any = false;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        any = true;
        if (v > m) {
          m = v;
        }
      }
    }
    return any ? m : Double.NaN;
  }

  /**
   * Returns the mean of the present values.
   *
   * @param x the column
   * @return the mean, NaN if none is present
   */
  public static double mean(double[] x) {
    double s = 0;
    int n = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        s += v;
        n++;
      }
    }
    if (n == 0) {
      return Double.NaN;
    }
    if (Double.isInfinite(s)) {
      // The sum overflowed: sum the values scaled into [1, 2) and scale the mean back.
      double c = Scaling.toUnit(Scaling.maxAbs(x));
      return scaledSum(x, c) / n / c;
    }
    return s / n;
  }

  /**
   * Returns the sample standard deviation (n - 1) of the present values.
   *
   * @param x the column
   * @return the standard deviation, NaN with fewer than 2 values
   */
  public static double sd(double[] x) {
    int n = count(x);
    if (n < 2) {
      return Double.NaN;
    }
    // Squared deviations overflow above 2^511 and underflow below 2^-511.
    double c = Scaling.forMaxAbs(Scaling.maxAbs(x), 400);
    double m = scaledSum(x, c) / n;
    double ss = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        double d = v * c - m;
        ss += d * d;
      }
    }
    return Math.sqrt(ss / (n - 1)) / c;
  }

  private static double scaledSum(double[] x, double c) {
    double s = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        s += v * c;
      }
    }
    return s;
  }

  /**
   * Returns the median of the present values (mean of the two middle values for an even count).
   *
   * @param x the column
   * @return the median, NaN if none is present
   */
  public static double median(double[] x) {
    double[] p = present(x);
    if (p.length == 0) {
      return Double.NaN;
    }
    Arrays.sort(p);
    int h = p.length / 2;
    if (p.length % 2 == 1) {
      return p[h];
    }
    double mid = (p[h - 1] + p[h]) / 2.0;
    // two middle values near the largest double: halve before adding
    return Double.isInfinite(mid) ? p[h - 1] / 2.0 + p[h] / 2.0 : mid;
  }

  /**
   * Returns the bias-corrected sample skewness of the present values.
   *
   * @param x the column
   * @return the skewness, NaN with fewer than 3 values
   */
  public static double skew(double[] x) {
    return moments(x)[0];
  }

  /**
   * Returns the bias-corrected sample excess kurtosis of the present values.
   *
   * @param x the column
   * @return the kurtosis, NaN with fewer than 4 values
   */
  public static double kurtosis(double[] x) {
    return moments(x)[1];
  }

  /**
   * Returns skewness and kurtosis together, in two passes over the column (mean, then central
   * moments): the bias-corrected sample statistics of {@link #skew} and {@link #kurtosis}.
   *
   * @param x the column
   * @return {skew, kurtosis}, each NaN when there are too few present values
   */
  public static double[] moments(double[] x) {
    int n = count(x);
    if (n < 3) {
      return new double[] {Double.NaN, Double.NaN};
    }
    // Fourth powers of deviations overflow above 2^255 and underflow below 2^-255.
    double c = Scaling.forMaxAbs(Scaling.maxAbs(x), 180);
    double m = scaledSum(x, c) / n;
    double s2 = 0;
    double s3 = 0;
    double s4 = 0;
    for (double v : x) {
      if (v == v) {
        double d = v * c - m;
        double d2 = d * d;
        s2 += d2;
        s3 += d2 * d;
        s4 += d2 * d2;
      }
    }
    double skew = Math.sqrt(n) * s3 / Math.pow(s2, 1.5) * Math.sqrt((double) n * (n - 1))
        / (n - 2);
    double kurt = Double.NaN;
    if (n >= 4) {
      double r = n * s4 / (s2 * s2);
      kurt = ((n + 1) * (r - 3) + 6) * (n - 1) / ((double) (n - 2) * (n - 3));
    }
    return new double[] {skew, kurt};
  }

  /**
   * Returns the present values, in order.
   *
   * @param x the column
   * @return a new array of the non-NaN values
   */
  public static double[] present(double[] x) {
    double[] p = new double[count(x)];
    int k = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        p[k++] = v;
      }
    }
    return p;
  }

  /**
   * Ranks the present values ascending, ties sharing the lowest rank (R's
   * {@code rank(x, ties.method = "min", na.last = "keep")}); missing stays NaN.
   *
   * @param x the column
   * @return ranks 1..n as doubles, NaN where missing
   */
  public static double[] ascendingRanks(double[] x) {
    return Ranking.ascendingRanks(x);
  }

  /**
   * Standard competition ranks, descending: the highest value ranks 1, ties share the best
   * rank, and the next rank skips accordingly (1, 2, 2, 4); missing values get 0.
   *
   * @param x the values, NaN for missing
   * @return the ranks, 0 where missing
   */
  public static int[] competitionRanks(double[] x) {
    return Ranking.competitionRanks(x);
  }
}
