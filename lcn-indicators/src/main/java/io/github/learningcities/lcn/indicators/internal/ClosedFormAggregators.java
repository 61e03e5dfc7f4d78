package io.github.learningcities.lcn.indicators.internal;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.method.Aggregator;
import io.github.learningcities.lcn.indicators.method.Parameters;

/**
 * The closed-form aggregators added for issue #14 that work unit by unit or need only column
 * statistics: the adjusted Mazziotta-Pareto index, the Mean-Min function and the weighted
 * median. Their definitions, missing-data rules and behaviour on ties and zeros are documented
 * on the factories of {@code pipeline.Aggregation}; here is only how they are computed.
 *
 * @since 0.1.0
 */
public final class ClosedFormAggregators {
  private ClosedFormAggregators() {}

  /** The largest binary exponent at which goalpost differences cannot overflow. */
  private static final int SAFE_EXPONENT = 1020;

  /** Two weight sums that differ by less than this share of the total are equal. */
  private static final double HALF_TOLERANCE = 1e-12;

  /**
   * The adjusted Mazziotta-Pareto index (De Muro, Mazziotta and Pareto 2011; Compind's
   * {@code ci_ampi}): each child rescaled to 70..130 by goalposts, then the weighted mean of the
   * present children minus (or plus) the penalty S * S / M, S the weighted population standard
   * deviation.
   */
  static void adjustedMazziottaPareto(double[][] ch, double[] w, double[] out, Parameters p,
      Aggregator.Context c) {
    double sign = penaltySign(p, c);
    boolean fixed = p.has("lower");
    int k = ch.length;
    int n = out.length;
    double[][] r = new double[k][n];
    for (int j = 0; j < k; j++) {
      double[] col = ch[j];
      double scale = Scaling.forMaxAbs(Math.max(Scaling.maxAbs(col),
          Math.max(Math.abs(p.number("lower", 0)), Math.max(Math.abs(p.number("upper", 0)),
              Math.abs(p.number("centre", 0))))), SAFE_EXPONENT);
      double low;
      double high;
      if (fixed) {
        low = p.number("lower", Double.NaN) * scale;
        high = p.number("upper", Double.NaN) * scale;
      } else {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        int present = 0;
        for (double v : col) {
          if (v == v) {
            min = Math.min(min, v * scale);
            max = Math.max(max, v * scale);
            sum += v * scale;
            present++;
          }
        }
        double ref = p.has("centre") ? p.number("centre", Double.NaN) * scale
            : sum / present;
        double half = (max - min) / 2;
        low = ref - half;
        high = ref + half;
      }
      double range = high - low;
      for (int u = 0; u < n; u++) {
        double v = col[u];
        if (v != v) {
          r[j][u] = Double.NaN;
        } else if (range == 0) {
          // every unit has the same value: all sit at the reference
          r[j][u] = 100;
        } else {
          r[j][u] = 70 + 60 * (v * scale - low) / range;
        }
      }
    }
    for (int u = 0; u < n; u++) {
      double s = 0;
      double ws = 0;
      for (int j = 0; j < k; j++) {
        double v = r[j][u];
        if (v == v) {
          s += w[j] * v;
          ws += w[j];
        }
      }
      if (!(ws > 0)) {
        out[u] = Double.NaN;
        continue;
      }
      double mean = s / ws;
      if (!(mean > 0)) {
        throw new IndicatorsException("aggregate '" + c.node() + "': the adjusted "
            + "Mazziotta-Pareto index of unit '" + c.unitCodes().get(u) + "' has a mean of "
            + mean + " after rescaling by the goalposts; expected a positive mean: choose a "
            + "reference or goalposts (lower, upper) within the data's range, or leave them "
            + "to the data");
      }
      double var = 0;
      for (int j = 0; j < k; j++) {
        double v = r[j][u];
        if (v == v) {
          double d = v - mean;
          var += w[j] * d * d;
        }
      }
      var /= ws;
      out[u] = mean + sign * var / mean;
    }
  }

  /**
   * The sign of the Mazziotta-Pareto penalty: -1 for "positive" (higher is better, the
   * default), +1 for "negative".
   */
  static double penaltySign(Parameters p, Aggregator.Context c) {
    String penalty = p.text("penalty").orElse("positive");
    if (penalty.equals("positive")) {
      return -1;
    }
    if (penalty.equals("negative")) {
      return 1;
    }
    throw new IndicatorsException("aggregate '" + c.node() + "': Mazziotta-Pareto penalty '"
        + penalty + "' is invalid; expected positive or negative");
  }

  /**
   * The Mean-Min function (Casadio Tarabusi and Guarini 2013; Compind's {@code ci_mean_min}
   * as intended): M - alpha * (sqrt((M - L)^2 + beta^2) - beta), M the weighted mean and L
   * the smallest of the present children.
   */
  static double meanMin(double[] v, double[] w, int n, Parameters p) {
    double alpha = p.number("alpha", Double.NaN);
    double beta = p.number("beta", Double.NaN);
    double mean = 0;
    double min = Double.POSITIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      mean += w[i] * v[i];
      min = Math.min(min, v[i]);
    }
    // the mean of values rounds within them; held there so that M - L is never negative
    mean = Math.max(mean, min);
    return mean - alpha * (Math.hypot(mean - min, beta) - beta);
  }

  /**
   * The weighted median: the smallest present value at which the cumulative weight (values in
   * increasing order) reaches half the total; when the values up to it hold exactly half the
   * weight (to 1e-12 of the total), the mean of it and the next larger value.
   */
  static double weightedMedian(double[] v, double[] w, int n, Parameters p) {
    int[] order = new int[n];
    Ranking.orderShortRow(v, n, order, false);
    double total = 0;
    for (int i = 0; i < n; i++) {
      total += w[i];
    }
    double half = total / 2;
    double cum = 0;
    for (int at = 0; at < n; at++) {
      int i = order[at];
      if (w[i] == 0) {
        continue;
      }
      cum += w[i];
      if (cum >= half - HALF_TOLERANCE * total) {
        if (Math.abs(cum - half) > HALF_TOLERANCE * total) {
          return v[i];
        }
        for (int next = at + 1; next < n; next++) {
          int m = order[next];
          if (w[m] > 0) {
            return v[i] + (v[m] - v[i]) / 2;
          }
        }
        return v[i];
      }
    }
    return v[order[n - 1]];
  }
}
