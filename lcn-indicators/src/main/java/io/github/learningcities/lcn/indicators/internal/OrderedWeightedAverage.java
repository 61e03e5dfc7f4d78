package io.github.learningcities.lcn.indicators.internal;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.method.Aggregator;
import io.github.learningcities.lcn.indicators.method.Parameters;

/**
 * Ordered weighted averaging (Yager 1988) with the children's importance weights folded in as
 * Torra's weighted OWA (1997): the positional weights define a piecewise linear quantifier
 * through the points (i/k, w_1 + ... + w_i), and a unit's value in position i (values in
 * decreasing order) gets Q(S_i) - Q(S_(i-1)), S_i the share of importance weight of its i
 * largest present values. With equal importance weights and every child present this is the
 * plain OWA; a missing child's importance weight is left out and the others re-normalised, so
 * the quantifier, not the positions, carries over to fewer children.
 *
 * @since 0.1.0
 */
public final class OrderedWeightedAverage {
  private OrderedWeightedAverage() {}

  /**
   * Returns the positional weights of an OWA call for a node with {@code k} children: from
   * {@code positions} (numbers separated by commas, semicolons or spaces, position 1 = the
   * largest value) or from
   * {@code j} and {@code from} (Compind's {@code atleastjp}: 1/j on the j largest or the j
   * smallest values), normalised to sum to 1; neither: 1/k each (the mean).
   *
   * @param p the method's parameters
   * @param k the number of children
   * @param node the aggregate's code, for messages
   * @return the positional weights
   * @throws IndicatorsException if j exceeds k or the list's length is not k
   */
  public static double[] positionalWeights(Parameters p, int k, String node) {
    double[] w = new double[k];
    if (p.has("positions")) {
      double[] given = parse(p.text("positions").orElseThrow());
      if (given == null) {
        throw new IndicatorsException("aggregate '" + node + "': OWA positions '"
            + p.text("positions").orElseThrow() + "' are invalid; expected " + POSITIONS);
      }
      if (given.length != k) {
        throw new IndicatorsException("aggregate '" + node + "': OWA has " + given.length
            + " positional weights for " + k + " children; expected one weight per child ("
            + k + ")");
      }
      double sum = 0;
      for (double g : given) {
        sum += g;
      }
      for (int i = 0; i < k; i++) {
        w[i] = given[i] / sum;
      }
      return w;
    }
    if (!p.has("j")) {
      java.util.Arrays.fill(w, 1.0 / k);
      return w;
    }
    int j = (int) p.number("j", 1);
    if (j > k) {
      throw new IndicatorsException("aggregate '" + node + "': OWA 'at least j' has j = " + j
          + " but the node has " + k + " children; expected j from 1 to " + k);
    }
    boolean largest = p.text("from").orElse("largest").equals("largest");
    for (int i = 0; i < j; i++) {
      w[largest ? i : k - 1 - i] = 1.0 / j;
    }
    return w;
  }

  /** What a valid {@code positions} text is. */
  public static final String POSITIONS = "numbers >= 0 separated by commas, semicolons or "
      + "spaces, with a positive sum, position 1 = the largest value";

  /**
   * Parses a positional-weight list.
   *
   * @param text e.g. "0.5, 0.3, 0.2" or "0.5;0.3;0.2" or "0.5 0.3 0.2" (on a command line,
   *     where a comma separates parameters)
   * @return the numbers, or null if the text is not a list of numbers &gt;= 0 with a positive
   *     sum
   */
  public static double[] parse(String text) {
    String[] parts = text.trim().split("\\s*[,;]\\s*|\\s+", -1);
    double[] out = new double[parts.length];
    double sum = 0;
    for (int i = 0; i < parts.length; i++) {
      try {
        out[i] = Double.parseDouble(parts[i].trim());
      } catch (NumberFormatException e) {
        return null;
      }
      if (!(out[i] >= 0) || Double.isInfinite(out[i])) {
        return null;
      }
      sum += out[i];
    }
    return sum > 0 && Double.isFinite(sum) ? out : null;
  }

  /**
   * Yager's orness of positional weights: sum of w_i (k - i) / (k - 1), 1 for the maximum, 0
   * for the minimum, 0.5 for the mean; 0.5 for a single weight.
   *
   * @param w the positional weights, summing to 1
   * @return the orness
   */
  public static double orness(double[] w) {
    int k = w.length;
    if (k < 2) {
      return 0.5;
    }
    double s = 0;
    for (int i = 0; i < k; i++) {
      s += w[i] * (k - 1 - i);
    }
    return s / (k - 1);
  }

  static void aggregate(double[][] ch, double[] w, double[] out, Parameters p,
      Aggregator.Context c) {
    int k = ch.length;
    double[] positional = positionalWeights(p, k, c.node());
    double[] quantifier = new double[k + 1];
    for (int i = 0; i < k; i++) {
      quantifier[i + 1] = quantifier[i] + positional[i];
    }
    quantifier[k] = 1;
    double[] v = new double[k];
    double[] iw = new double[k];
    int[] order = new int[k];
    for (int u = 0; u < out.length; u++) {
      int n = 0;
      double total = 0;
      for (int j = 0; j < k; j++) {
        double x = ch[j][u];
        if (x == x) {
          v[n] = x;
          iw[n] = w[j];
          total += w[j];
          n++;
        }
      }
      if (n == 0 || !(total > 0)) {
        out[u] = Double.NaN;
        continue;
      }
      Ranking.orderShortRow(v, n, order, true);
      double s = 0;
      double cum = 0;
      double before = 0;
      for (int at = 0; at < n; at++) {
        int i = order[at];
        cum += iw[i];
        double after = at == n - 1 ? 1 : quantify(quantifier, k, cum / total);
        s += (after - before) * v[i];
        before = after;
      }
      out[u] = s;
    }
  }

  /** The piecewise linear quantifier through (i/k, quantifier[i]) at x in [0, 1]. */
  private static double quantify(double[] quantifier, int k, double x) {
    double t = Math.min(1, Math.max(0, x)) * k;
    int i = (int) Math.floor(t);
    if (i >= k) {
      return 1;
    }
    double frac = t - i;
    return quantifier[i] + frac * (quantifier[i + 1] - quantifier[i]);
  }
}
