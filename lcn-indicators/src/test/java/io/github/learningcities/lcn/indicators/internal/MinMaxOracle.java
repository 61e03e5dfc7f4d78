package io.github.learningcities.lcn.indicators.internal;

import io.github.learningcities.lcn.indicators.method.Normaliser;
import io.github.learningcities.lcn.indicators.method.Parameters;

/**
 * Min-max as {@link BuiltInNormalisers} computed it before its min/max pass kept one
 * accumulator each (commit 0f2868c: that pass copied unchanged, the second pass shared with
 * the kernel): the oracle of {@code MinMaxProperties}.
 */
final class MinMaxOracle {
  private MinMaxOracle() {}

  static void minMax(double[] x, int sign, double[] out, Parameters p, Normaliser.Context c) {
    double l = p.number("lower", 0);
    double u = p.number("upper", 100);
    double[] extremes = pairedExtremes(x);
    // the second pass is the kernel's own (unchanged): the oracle is for the extremes
    BuiltInNormalisers.scaleBetween(x, sign, extremes[0], extremes[1], out, l, u, c);
  }

  /** The smallest and largest present values, by the former kernel's loop. */
  static double[] pairedExtremes(double[] x) {
    // Two independent pairs of accumulators, so that the comparisons overlap; a NaN compares
    // false and is skipped.
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    double lo2 = Double.POSITIVE_INFINITY;
    double hi2 = Double.NEGATIVE_INFINITY;
    int i = 0;
    for (; i + 1 < x.length; i += 2) {
      double a = x[i];
      double b = x[i + 1];
      lo = a < lo ? a : lo;
      hi = a > hi ? a : hi;
      lo2 = b < lo2 ? b : lo2;
      hi2 = b > hi2 ? b : hi2;
    }
    if (i < x.length) {
      double a = x[i];
      lo = a < lo ? a : lo;
      hi = a > hi ? a : hi;
    }
    return new double[] {Math.min(lo, lo2), Math.max(hi, hi2)};
  }
}
