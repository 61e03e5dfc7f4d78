package io.github.learningcities.lcn.indicators.internal;

import java.util.Arrays;

/**
 * The oracle of {@link ArithmeticMeanProperties}: the arithmetic mean's kernel as it was before
 * it reported the units that need the engine's check (commit f41367d), kept verbatim (its
 * helpers, unchanged, are the kernel's own): zeroed running sums, every column in one loop, a
 * last pass adding the error terms, and the units with a missing child re-summed with the
 * tabulated shares of their pattern.
 */
final class ArithmeticMeanOracle {
  private ArithmeticMeanOracle() {}

  static void arithmetic(double[][] ch, double[] w, double[] out, int[] missing,
      double[] presentWeight) {
    int n = out.length;
    int k = ch.length;
    double[] err = presentWeight;
    Arrays.fill(out, 0.0);
    Arrays.fill(err, 0.0);
    for (int j = 0; j < k; j++) {
      double wj = w[j];
      double[] col = ch[j];
      for (int u = 0; u < n; u++) {
        double term = wj * col[u];
        double sum = out[u];
        double t = sum + term;
        double bp = t - sum;
        err[u] += (sum - (t - bp)) + (term - bp);
        out[u] = t;
      }
    }
    // Units with a missing child: their present children's shares w / (sum of present w)
    // depend only on which children are present, so they are computed once per pattern.
    double[] shares = k <= BuiltInAggregators.MAX_PATTERN_CHILDREN
        ? new double[(1 << k) * (k + 1)] : null;
    for (int u = 0; u < n; u++) {
      double r = out[u] + err[u];
      if (Math.abs(r) <= Double.MAX_VALUE) {
        out[u] = r;
        continue;
      }
      int present = 0;
      for (int j = 0; j < k; j++) {
        double v = ch[j][u];
        present |= (v == v ? 1 : 0) << j;
      }
      int miss = k - Integer.bitCount(present);
      missing[u] = miss;
      if (miss == k) {
        presentWeight[u] = 0;
        out[u] = Double.NaN;
        continue;
      }
      double ws;
      if (shares != null && miss > 0) {
        int at = present * (k + 1);
        if (shares[at + k] == 0) {
          BuiltInAggregators.fillShares(w, present, shares, at, k);
        }
        ws = shares[at + k];
        presentWeight[u] = ws > 0 ? ws : 0;
        if (ws > 0) {
          double sum = 0;
          double e = 0;
          for (int m = present; m != 0; m &= m - 1) {
            int j = Integer.numberOfTrailingZeros(m);
            double term = shares[at + j] * ch[j][u];
            double t = sum + term;
            double bp = t - sum;
            e += (sum - (t - bp)) + (term - bp);
            sum = t;
          }
          r = sum + e;
          if (Math.abs(r) <= Double.MAX_VALUE) {
            out[u] = r;
            continue;
          }
        }
      } else {
        ws = 0;
        for (int j = 0; j < k; j++) {
          if (ch[j][u] == ch[j][u]) {
            ws += w[j];
          }
        }
        presentWeight[u] = ws;
      }
      if (!(ws > 0)) {
        out[u] = Double.NaN;
        continue;
      }
      double scale = miss == 0 ? 1.0 : ws;
      r = BuiltInAggregators.weightedMean(ch, w, u, scale, 1.0);
      out[u] = Math.abs(r) <= Double.MAX_VALUE ? r
          : BuiltInAggregators.scaledWeightedMean(ch, w, u, scale);
    }
  }
}
