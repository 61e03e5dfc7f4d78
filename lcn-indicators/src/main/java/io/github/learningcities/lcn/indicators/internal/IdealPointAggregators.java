package io.github.learningcities.lcn.indicators.internal;

import io.github.learningcities.lcn.indicators.method.Aggregator;
import io.github.learningcities.lcn.indicators.method.Parameters;

/**
 * The aggregators that score a unit by its distance to an ideal unit made of the best value of
 * each child over all units: Hellwig's Wroclaw taxonomy and TOPSIS (Hwang and Yoon 1981). The
 * definitions, missing-data rules and behaviour on ties and zeros are documented on the
 * factories of {@code pipeline.Aggregation}.
 *
 * @since 0.1.0
 */
public final class IdealPointAggregators {
  private IdealPointAggregators() {}

  /** Squares of values up to 2^500 cannot overflow a sum of a few thousand of them. */
  private static final int SAFE_EXPONENT = 500;

  /**
   * Wroclaw taxonomy (Hellwig 1968; Compind's {@code ci_wroclaw}, which returns d / d0):
   * 1 - d_i / d0 with d_i the weighted root mean square distance of unit i's present children
   * to the column maxima, and d0 = mean(d) + 2 sd(d) (sample sd) over the units.
   */
  static void wroclaw(double[][] ch, double[] w, double[] out, Parameters p,
      Aggregator.Context c) {
    int k = ch.length;
    int n = out.length;
    double scale = Scaling.forMaxAbs(maxAbs(ch), SAFE_EXPONENT);
    double[] ideal = new double[k];
    for (int j = 0; j < k; j++) {
      ideal[j] = Double.NEGATIVE_INFINITY;
      for (double v : ch[j]) {
        if (v == v) {
          ideal[j] = Math.max(ideal[j], v * scale);
        }
      }
    }
    double sum = 0;
    int units = 0;
    for (int u = 0; u < n; u++) {
      double s = 0;
      double ws = 0;
      for (int j = 0; j < k; j++) {
        double v = ch[j][u];
        if (v == v) {
          double d = ideal[j] - v * scale;
          s += w[j] * d * d;
          ws += w[j];
        }
      }
      out[u] = ws > 0 ? Math.sqrt(s / ws) : Double.NaN;
      if (ws > 0) {
        sum += out[u];
        units++;
      }
    }
    double mean = sum / units;
    double ss = 0;
    for (double d : out) {
      if (d == d) {
        ss += (d - mean) * (d - mean);
      }
    }
    double d0 = mean + 2 * (units > 1 ? Math.sqrt(ss / (units - 1)) : 0);
    for (int u = 0; u < n; u++) {
      // d0 = 0: every unit is the ideal unit
      out[u] = d0 > 0 ? 1 - out[u] / d0 : out[u] == out[u] ? 1 : Double.NaN;
    }
  }

  /**
   * TOPSIS (Hwang and Yoon 1981): each child's present values divided by their Euclidean
   * norm, the weighted distances S+ and S- of each unit to the column maxima and minima, and
   * the relative closeness S- / (S+ + S-).
   */
  static void topsis(double[][] ch, double[] w, double[] out, Parameters p,
      Aggregator.Context c) {
    int k = ch.length;
    int n = out.length;
    double[][] r = new double[k][n];
    double[] best = new double[k];
    double[] worst = new double[k];
    for (int j = 0; j < k; j++) {
      double[] col = ch[j];
      double scale = Scaling.toUnit(Scaling.maxAbs(col));
      double ss = 0;
      for (double v : col) {
        if (v == v) {
          ss += (v * scale) * (v * scale);
        }
      }
      double norm = Math.sqrt(ss);
      best[j] = Double.NEGATIVE_INFINITY;
      worst[j] = Double.POSITIVE_INFINITY;
      for (int u = 0; u < n; u++) {
        double v = col[u];
        // a child that is 0 for every unit separates no one: it adds no distance
        r[j][u] = v != v ? Double.NaN : norm > 0 ? v * scale / norm : 0;
        if (v == v) {
          best[j] = Math.max(best[j], r[j][u]);
          worst[j] = Math.min(worst[j], r[j][u]);
        }
      }
    }
    for (int u = 0; u < n; u++) {
      double plus = 0;
      double minus = 0;
      boolean any = false;
      for (int j = 0; j < k; j++) {
        double v = r[j][u];
        if (v == v) {
          double dp = w[j] * (best[j] - v);
          double dm = w[j] * (v - worst[j]);
          plus += dp * dp;
          minus += dm * dm;
          any = true;
        }
      }
      if (!any) {
        out[u] = Double.NaN;
        continue;
      }
      double sp = Math.sqrt(plus);
      double sm = Math.sqrt(minus);
      // as far from the ideal as from the anti-ideal when both are the unit itself
      out[u] = sp + sm > 0 ? sm / (sp + sm) : 0.5;
    }
  }

  private static double maxAbs(double[][] ch) {
    double m = 0;
    for (double[] col : ch) {
      m = Math.max(m, Scaling.maxAbs(col));
    }
    return m;
  }
}
