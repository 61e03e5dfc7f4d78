package io.github.learningcities.lcn.indicators.uncertainty;

/**
 * How a sample quantile is computed: the nine definitions of Hyndman and Fan (1996), numbered as
 * R's {@code quantile(x, p, type = ...)} numbers them. The rank and score statistics of an
 * uncertainty analysis ({@link UnitUncertainty#rankQ05()}, {@link UnitUncertainty#rankQ95()},
 * the medians) use {@link #R7} unless another is asked for: R's default, which COINr's
 * {@code get_sensitivity} uses for its Q5 and Q95.
 *
 * <p>For sorted values {@code x[1] <= ... <= x[n]} and a probability {@code p}, the continuous
 * types 4 to 9 interpolate {@code Q = (1 - g) x[j] + g x[j + 1]} with {@code j = floor(n p +
 * m)}, {@code g = n p + m - j}, where {@code m} is {@code 0} (type 4), {@code 1/2} (5), {@code
 * p} (6), {@code 1 - p} (7), {@code (p + 1) / 3} (8) or {@code p / 4 + 3 / 8} (9); {@code x[0]}
 * is read as {@code x[1]} and {@code x[n + 1]} as {@code x[n]}. The discontinuous types take
 * {@code x[j]} or {@code x[j + 1]}: type 1 the inverse of the empirical distribution function
 * ({@code x[j + 1]} when {@code g > 0}), type 2 the same with averaging at discontinuities,
 * type 3 the nearest even order statistic ({@code m = -1/2}). As in R, {@code j} is computed
 * with a tolerance of four machine epsilons so that {@code n p} one rounding error below a whole
 * number counts as that number. Type 7 is computed with R's own arithmetic ({@code index = 1 +
 * (n - 1) p}, {@code h = index - floor(index)}, {@code (1 - h) x[lo] + h x[hi]}), so its
 * doubles are R's to the last bit.
 *
 * @since 0.1.0
 */
public enum QuantileType {
  /** Type 1: inverse of the empirical distribution function. */
  R1,
  /** Type 2: as type 1, averaging at discontinuities. */
  R2,
  /** Type 3: the nearest even order statistic (SAS definition 2). */
  R3,
  /** Type 4: linear interpolation of the empirical distribution function. */
  R4,
  /** Type 5: piecewise linear, knots at the midpoints of the steps. */
  R5,
  /** Type 6: {@code p[k] = k / (n + 1)} (Minitab, SPSS). */
  R6,
  /** Type 7: {@code p[k] = (k - 1) / (n - 1)}: R's default, COINr's, and the SDK's. */
  R7,
  /** Type 8: approximately median-unbiased (recommended by Hyndman and Fan). */
  R8,
  /** Type 9: approximately unbiased for normal samples. */
  R9;

  private static final double FUZZ = 4 * Math.ulp(1.0);

  /**
   * Returns the quantile of sorted values.
   *
   * @param sorted values in ascending order, none NaN (not modified)
   * @param p the probability, in [0, 1]
   * @return the quantile, or NaN when there are no values
   * @throws IllegalArgumentException if {@code p} is not in [0, 1]
   * @since 0.1.0
   */
  public double of(double[] sorted, double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("probability " + p + " is invalid; expected a number "
          + "from 0 to 1");
    }
    int n = sorted.length;
    if (n == 0) {
      return Double.NaN;
    }
    if (this == R7) {
      // R's own arithmetic for its default, so that the doubles are R's to the last bit:
      // index 1 + (n - 1) p (1-based), h = index - lo, (1 - h) x[lo] + h x[hi].
      double index = 1 + (n - 1) * p;
      int lo = (int) Math.floor(index);
      int hi = (int) Math.ceil(index);
      double q = sorted[lo - 1];
      double h = index - lo;
      return index > lo && sorted[hi - 1] != q ? (1 - h) * q + h * sorted[hi - 1] : q;
    }
    double m = switch (this) {
      case R1, R2, R4 -> 0;
      case R3 -> -0.5;
      case R5 -> 0.5;
      case R6 -> p;
      case R8 -> (p + 1) / 3;
      case R9 -> p / 4 + 3.0 / 8;
      default -> throw new IllegalStateException(name());
    };
    double np = n * p + m;
    int j = (int) Math.floor(np + FUZZ);
    double g = np - j;
    if (Math.abs(g) < FUZZ) {
      g = 0;
    }
    double gamma = switch (this) {
      case R1 -> g > 0 ? 1 : 0;
      case R2 -> g > 0 ? 1 : 0.5;
      case R3 -> g == 0 && j % 2 == 0 ? 0 : 1;
      default -> g;
    };
    double lower = sorted[Math.max(0, Math.min(n - 1, j - 1))];
    double upper = sorted[Math.max(0, Math.min(n - 1, j))];
    return gamma == 0 ? lower : gamma == 1 ? upper : (1 - gamma) * lower + gamma * upper;
  }
}
