package io.github.learningcities.lcn.indicators.internal;

import io.github.learningcities.lcn.indicators.method.Normaliser;
import io.github.learningcities.lcn.indicators.method.Parameters;
import java.util.Arrays;

/**
 * Min-max as {@link BuiltInNormalisers} computed it before its min/max pass kept one
 * accumulator each (commit 0f2868c, copied unchanged): the oracle of {@code MinMaxProperties}.
 */
final class MinMaxOracle {
  private MinMaxOracle() {}

  static void minMax(double[] x, int sign, double[] out, Parameters p, Normaliser.Context c) {
    double l = p.number("lower", 0);
    double u = p.number("upper", 100);
    double[] extremes = pairedExtremes(x);
    double lo = extremes[0];
    double hi = extremes[1];
    if (lo > hi) {
      Arrays.fill(out, Double.NaN);
      return;
    }
    double s = sign;
    double min = sign > 0 ? lo : -hi;
    double max = sign > 0 ? hi : -lo;
    double range = max - min;
    if (range == 0) {
      double mid = (l + u) / 2;
      c.note("constant-indicator", "all present values equal " + max
          + "; min-max gives every unit the midpoint " + mid + " (COINr: NaN)");
      for (int k = 0; k < x.length; k++) {
        out[k] = x[k] == x[k] ? mid : Double.NaN;
      }
      return;
    }
    double f = (u - l) / range;
    double af = Math.abs(f);
    if (range < Double.POSITIVE_INFINITY && af < Double.POSITIVE_INFINITY
        && af >= Double.MIN_NORMAL) {
      for (int k = 0; k < x.length; k++) {
        out[k] = (s * x[k] - min) * f + l;
      }
      return;
    }
    double scale = Scaling.toUnit(Math.max(Math.abs(min), Math.abs(max)));
    double sc = s * scale;
    double minC = min * scale;
    double rangeC = max * scale - minC;
    for (int k = 0; k < x.length; k++) {
      double t = (sc * x[k] - minC) / rangeC;
      out[k] = l * (1 - t) + u * t;
    }
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
