package io.github.learningcities.lcn.indicators.internal;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.method.Aggregator;
import io.github.learningcities.lcn.indicators.method.Parameters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/** The built-in aggregation methods. */
public final class BuiltInAggregators {
  private BuiltInAggregators() {}

  /**
   * Returns the built-ins by name.
   *
   * @return name to aggregator
   */
  public static Map<String, Aggregator> all() {
    Map<String, Aggregator> m = new LinkedHashMap<>();
    m.put("arithmetic", BuiltInAggregators::arithmetic);
    m.put("geometric", BuiltInAggregators::geometric);
    m.put("harmonic", BuiltInAggregators::harmonic);
    m.put("generalised", BuiltInAggregators::generalised);
    m.put("copeland", BuiltInAggregators::copeland);
    m.put("mazziotta-pareto", BuiltInAggregators::mazziottaPareto);
    return m;
  }

  static void arithmetic(double[][] ch, double[] w, double[] out, Parameters p,
      Aggregator.Context c) {
    int n = out.length;
    // As COINr's a_amean: the sum of w * x with the weights re-normalised over the present
    // children (the given weights already sum to 1 when all are present; dividing by their
    // rounded sum would only add noise). R sums in extended precision; a compensated sum
    // (TwoSum, exact error terms) gives the same correctly rounded result, so that equal scores
    // come out equal and share a rank, as in COINr, instead of being split by rounding noise.
    // Unit by unit with scalars only: no scratch arrays, and each unit's children are read in
    // a few sequential streams (a parent has few children).
    int k = ch.length;
    for (int u = 0; u < n; u++) {
      double ws = 0;
      int present = 0;
      for (int j = 0; j < k; j++) {
        if (ch[j][u] == ch[j][u]) {
          ws += w[j];
          present++;
        }
      }
      if (present == 0) {
        out[u] = Double.NaN;
        continue;
      }
      double scale = present == k ? 1.0 : ws;
      double sum = 0;
      double err = 0;
      for (int j = 0; j < k; j++) {
        double v = ch[j][u];
        if (v == v) {
          double term = (w[j] / scale) * v;
          double t = sum + term;
          double bp = t - sum;
          err += (sum - (t - bp)) + (term - bp);
          sum = t;
        }
      }
      out[u] = sum + err;
    }
  }

  private static void requirePositive(double[][] ch, Aggregator.Context c, String method,
      String fix) {
    for (int k = 0; k < ch.length; k++) {
      double[] col = ch[k];
      for (int u = 0; u < col.length; u++) {
        if (col[u] <= 0) {
          throw new IndicatorsException("aggregate '" + c.node() + "': the " + method
              + " needs positive values, but '" + c.childCodes().get(k) + "' is " + col[u]
              + " for unit '" + c.unitCodes().get(u) + "'; " + fix);
        }
      }
    }
  }

  private static final String POSITIVE_FIX =
      "normalise to a positive range, e.g. min-max to [1, 100]";

  /**
   * A weighted quasi-arithmetic mean f^-1(sum w f(x) / sum w) over each unit's present
   * children: the geometric (f = ln), harmonic (f = 1/x) and generalised (f = x^p) means.
   */
  private static void quasiArithmetic(double[][] ch, double[] w, double[] out,
      DoubleUnaryOperator f, DoubleUnaryOperator inverse) {
    for (int u = 0; u < out.length; u++) {
      double s = 0;
      double ws = 0;
      for (int k = 0; k < ch.length; k++) {
        double v = ch[k][u];
        if (v == v) {
          s += w[k] * f.applyAsDouble(v);
          ws += w[k];
        }
      }
      out[u] = inverse.applyAsDouble(s / ws);
    }
  }

  static void geometric(double[][] ch, double[] w, double[] out, Parameters p,
      Aggregator.Context c) {
    requirePositive(ch, c, "geometric mean", POSITIVE_FIX);
    quasiArithmetic(ch, w, out, Math::log, Math::exp);
  }

  static void harmonic(double[][] ch, double[] w, double[] out, Parameters p,
      Aggregator.Context c) {
    requirePositive(ch, c, "harmonic mean", POSITIVE_FIX);
    quasiArithmetic(ch, w, out, v -> 1 / v, y -> 1 / y);
  }

  static void generalised(double[][] ch, double[] w, double[] out, Parameters p,
      Aggregator.Context c) {
    double power = p.requireNumber("p", "generalised");
    if (power == 0) {
      throw new IndicatorsException("aggregate '" + c.node() + "': the generalised mean needs "
          + "p != 0; p = 0 is the geometric mean, use that method");
    }
    if (power < 0) {
      requirePositive(ch, c, "generalised mean with p < 0", POSITIVE_FIX);
    } else if (power != Math.rint(power)) {
      for (int k = 0; k < ch.length; k++) {
        for (int u = 0; u < out.length; u++) {
          if (ch[k][u] < 0) {
            throw new IndicatorsException("aggregate '" + c.node() + "': the generalised mean "
                + "with non-integer p = " + power + " needs values >= 0, but '"
                + c.childCodes().get(k) + "' is " + ch[k][u] + " for unit '"
                + c.unitCodes().get(u) + "'; " + POSITIVE_FIX);
          }
        }
      }
    }
    quasiArithmetic(ch, w, out, v -> Math.pow(v, power), y -> Math.pow(y, 1 / power));
  }

  /**
   * Weighted outranking matrix: {@code o[i][j]} is the weighted share of the children present
   * for both i and j on which i beats j, ties counting half; so o[i][j] + o[j][i] = 1 whenever
   * the two units share a child (COINr drops missing comparisons on one side only).
   *
   * @param ch children by child then unit
   * @param w weights
   * @return the matrix, NaN where two units share no child
   */
  public static double[][] outranking(double[][] ch, double[] w) {
    int n = ch.length == 0 ? 0 : ch[0].length;
    double[][] o = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double win = 0;
        double tie = 0;
        double tot = 0;
        for (int k = 0; k < ch.length; k++) {
          double a = ch[k][i];
          double b = ch[k][j];
          if (a == a && b == b) {
            tot += w[k];
            if (a > b) {
              win += w[k];
            } else if (a == b) {
              tie += w[k];
            }
          }
        }
        if (tot > 0) {
          o[i][j] = (win + tie / 2) / tot;
          o[j][i] = 1 - o[i][j];
        } else {
          o[i][j] = Double.NaN;
          o[j][i] = Double.NaN;
        }
      }
    }
    return o;
  }

  /**
   * How far from one half an outranking share must be to count as a win or a loss. Weights
   * that split evenly (0.5 + 1.5 against 2) give a share of one half only up to rounding, and
   * scaling the weights (which changes no relative weight) moves the rounding to either side.
   */
  private static final double DRAW = 1e-9;

  static void copeland(double[][] ch, double[] w, double[] out, Parameters p,
      Aggregator.Context c) {
    double[][] o = outranking(ch, w);
    for (int i = 0; i < out.length; i++) {
      double s = 0;
      for (int j = 0; j < out.length; j++) {
        if (i != j && o[i][j] == o[i][j]) {
          s += o[i][j] > 0.5 + DRAW ? 1 : o[i][j] < 0.5 - DRAW ? -1 : 0;
        }
      }
      out[i] = s;
    }
  }

  static void mazziottaPareto(double[][] ch, double[] w, double[] out, Parameters p,
      Aggregator.Context c) {
    String penalty = p.text("penalty").orElse("positive");
    double sign;
    if (penalty.equals("positive")) {
      sign = -1;
    } else if (penalty.equals("negative")) {
      sign = 1;
    } else {
      throw new IndicatorsException("aggregate '" + c.node() + "': Mazziotta-Pareto penalty '"
          + penalty + "' is invalid; expected positive or negative");
    }
    requirePositive(ch, c, "Mazziotta-Pareto index",
        "normalise to a positive scale, e.g. z-scores with mean 100 and sd 10");
    for (int u = 0; u < out.length; u++) {
      double s = 0;
      double ws = 0;
      for (int k = 0; k < ch.length; k++) {
        double v = ch[k][u];
        if (v == v) {
          s += w[k] * v;
          ws += w[k];
        }
      }
      double mean = s / ws;
      double var = 0;
      for (int k = 0; k < ch.length; k++) {
        double v = ch[k][u];
        if (v == v) {
          var += w[k] * (v - mean) * (v - mean);
        }
      }
      var /= ws;
      double sd = Math.sqrt(var);
      out[u] = mean + sign * sd * (sd / mean);
    }
  }
}
