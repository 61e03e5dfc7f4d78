package io.github.learningcities.lcn.indicators.internal;

/**
 * Power-of-two scaling for kernels that must stay correct on extreme but finite inputs: values
 * near the largest double, whose sums, squares or products overflow, and values near the
 * smallest, whose squares underflow to 0. A kernel computes on {@code v * scale} and divides
 * its result by {@code scale} (for a statistic of degree 1). Multiplying by a power of two is
 * exact, so wherever the plain formula neither overflows nor underflows the scaled one gives
 * the same double; and {@link #forMaxAbs} returns exactly 1 for ordinary columns, so that those
 * are computed as before, bit for bit.
 *
 * @since 0.1.0
 */
public final class Scaling {
  private Scaling() {}

  /**
   * Returns the largest absolute present (non-NaN) value.
   *
   * @param x the values, NaN for missing
   * @return the largest |value|, 0 if none is present
   */
  public static double maxAbs(double[] x) {
    double m = 0;
    for (double v : x) {
      double a = Math.abs(v);
      if (a > m) {
        m = a;
      }
    }
    return m;
  }

  /**
   * Returns the power of two that brings the largest absolute value {@code maxAbs} into
   * [1, 2), or exactly 1 when its binary exponent is within {@code [-limit, limit]}, where the
   * kernel's plain formula is safe.
   *
   * @param maxAbs the largest absolute value, finite
   * @param limit the largest binary exponent the plain formula handles without overflow or
   *     underflow
   * @return the scale factor
   */
  public static double forMaxAbs(double maxAbs, int limit) {
    if (maxAbs == 0) {
      return 1.0;
    }
    int e = Math.getExponent(maxAbs);
    return e >= -limit && e <= limit ? 1.0 : Math.scalb(1.0, -e);
  }

  /**
   * Returns the power of two that brings {@code maxAbs} into [1, 2), whatever its size.
   *
   * @param maxAbs the largest absolute value, finite
   * @return the scale factor, 1 for 0
   */
  public static double toUnit(double maxAbs) {
    return forMaxAbs(maxAbs, -1);
  }

  /**
   * Returns {@code (p - q) / (r - s)}, the position of p from q on the scale from s to r; when
   * a difference overflows (operands of opposite signs near the largest double), both are
   * taken of the halves instead, which are exact. Otherwise the plain quotient, bit for bit.
   *
   * @param p the value
   * @param q its origin
   * @param r the scale's end
   * @param s the scale's origin
   * @return the quotient of the differences
   */
  public static double ratioOfDifferences(double p, double q, double r, double s) {
    double num = p - q;
    double den = r - s;
    if (Math.abs(num) <= Double.MAX_VALUE && Math.abs(den) <= Double.MAX_VALUE) {
      return num / den;
    }
    return (p / 2 - q / 2) / (r / 2 - s / 2);
  }
}
