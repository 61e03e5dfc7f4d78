package io.github.learningcities.lcn.indicators.internal;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.method.Aggregator;
import io.github.learningcities.lcn.indicators.method.Parameters;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
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
    return new BuiltInMethods<>(List.of(
        "arithmetic", "geometric", "harmonic", "generalised", "copeland", "mazziotta-pareto", "bod",
        "bod-directional", "bod-robust", "adjusted-mazziotta-pareto", "mean-min", "owa",
        "weighted-median", "wroclaw", "topsis")) {
      @Override
      protected Aggregator make(String name) {
        return switch (name) {
          case "arithmetic", "geometric", "harmonic", "generalised", "mazziotta-pareto" ->
              new Presence(name);
          case "mean-min", "weighted-median" -> Aggregator.rowWise(new Row(name));
          case "copeland", "bod", "bod-directional", "bod-robust", "adjusted-mazziotta-pareto",
              "owa", "wroclaw", "topsis" -> new ByName(name);
          default -> throw new IllegalArgumentException("no built-in method '" + name + "'");
        };
      }
    };
  }

  /*
   * The built-ins are objects of the three classes below, each calling its method by name:
   * named classes rather than method references, so that a run links no call site (a lambda's
   * first link costs a short command milliseconds).
   */

  /** The means that report the units the engine checks. */
  private static final class Presence implements PresenceAggregator {
    private final String name;

    Presence(String name) {
      this.name = name;
    }

    @Override
    public int aggregate(double[][] ch, AffineColumn[] unwritten, double[] w, double[] out,
        int[] flagged, int[] missing, double[] presentWeight, Parameters p,
        Aggregator.Context c) {
      if (name.equals("arithmetic")) {
        return arithmetic(ch, unwritten, w, out, flagged, missing, presentWeight);
      }
      return PresenceAggregator.super.aggregate(ch, unwritten, w, out, flagged, missing,
          presentWeight, p, c);
    }

    @Override
    public int aggregate(double[][] ch, double[] w, double[] out, int[] flagged, int[] missing,
        double[] presentWeight, Parameters p, Aggregator.Context c) {
      return switch (name) {
        case "arithmetic" -> arithmetic(ch, w, out, flagged, missing, presentWeight, p, c);
        case "geometric" -> geometric(ch, w, out, flagged, missing, presentWeight, p, c);
        case "harmonic" -> harmonic(ch, w, out, flagged, missing, presentWeight, p, c);
        case "generalised" -> generalised(ch, w, out, flagged, missing, presentWeight, p, c);
        default -> mazziottaPareto(ch, w, out, flagged, missing, presentWeight, p, c);
      };
    }
  }

  /** The closed forms computed one unit's present children at a time. */
  private static final class Row implements Aggregator.RowAggregator {
    private final boolean meanMin;

    Row(String name) {
      this.meanMin = name.equals("mean-min");
    }

    @Override
    public double aggregate(double[] v, double[] w, int n, Parameters p) {
      return meanMin ? ClosedFormAggregators.meanMin(v, w, n, p)
          : ClosedFormAggregators.weightedMedian(v, w, n, p);
    }
  }

  /** Every other built-in aggregator. */
  private static final class ByName implements Aggregator {
    private final String name;

    ByName(String name) {
      this.name = name;
    }

    @Override
    public void aggregate(double[][] ch, double[] w, double[] out, Parameters p,
        Aggregator.Context c) {
      switch (name) {
        case "copeland" -> copeland(ch, w, out, p, c);
        case "bod" -> BenefitOfTheDoubt.aggregate(ch, w, out, p, c);
        case "bod-directional" -> BenefitOfTheDoubt.aggregateDirectional(ch, w, out, p, c);
        case "bod-robust" -> OrderM.aggregate(ch, w, out, p, c);
        case "adjusted-mazziotta-pareto" ->
            ClosedFormAggregators.adjustedMazziottaPareto(ch, w, out, p, c);
        case "owa" -> OrderedWeightedAverage.aggregate(ch, w, out, p, c);
        case "wroclaw" -> IdealPointAggregators.wroclaw(ch, w, out, p, c);
        default -> IdealPointAggregators.topsis(ch, w, out, p, c);
      }
    }
  }

  /**
   * COINr's a_amean: the sum of w * x with the weights re-normalised over the present children.
   *
   * <p>For a unit with every child present the given weights already sum to 1 (dividing by
   * their rounded sum would only add noise). R sums in extended precision; a compensated sum
   * (TwoSum, exact error terms) gives the same correctly rounded result, so that equal scores
   * come out equal and share a rank, as in COINr, instead of being split by rounding noise.
   *
   * <p>Child by child over all units, in the children's order, so that each column is read
   * once, sequentially, and the units' sums are independent of one another: the loops have no
   * branch and the compiler vectorises them. The first column starts the running sums (in
   * {@code out}) and error terms (in {@code presentWeight}) from the constant 0 instead of
   * zeroed arrays; the last one adds the error term to its sum in the same loop. A missing
   * child (NaN) turns its unit's sum into NaN; such units, and a sum that overflowed (values
   * near the largest double), are flagged for the engine and computed again on their own: with
   * the weights re-normalised over the present children, and on values scaled by a power of
   * two if the plain sum is not finite. Each unit's terms are added in the same order either
   * way, so the doubles are the same as a unit-by-unit loop's.
   */
  static int arithmetic(double[][] ch, double[] w, double[] out, int[] flagged, int[] missing,
      double[] presentWeight, Parameters p, Aggregator.Context c) {
    return arithmetic(ch, null, w, out, flagged, missing, presentWeight);
  }

  /**
   * {@link #arithmetic(double[][], double[], double[], int[], int[], double[], Parameters,
   * Aggregator.Context)} with some children unwritten: where {@code unwritten[j]} is not null,
   * child j's values are that column's, and {@code ch[j]} is a scratch column. The column
   * passes compute each such value from the raw one as they read it ({@link
   * AffineColumn#value}, the expression that would have written it, so the terms are the same
   * doubles), and the values are written into the scratch column at the flagged units only:
   * they are all that the rest of the kernel, and the engine's checks after it, read.
   *
   * @param unwritten null, or per child its unwritten column (null for a written child)
   */
  static int arithmetic(double[][] ch, AffineColumn[] unwritten, double[] w, double[] out,
      int[] flagged, int[] missing, double[] presentWeight) {
    int n = out.length;
    int k = ch.length;
    if (k == 0) {
      Arrays.fill(out, 0.0);
      return 0;
    }
    double[] err = presentWeight;
    for (int j = 0; j < k; j++) {
      int pass = j == 0 ? FIRST : j < k - 1 ? MIDDLE : LAST;
      columnPass(pass, ch[j], unwritten == null ? null : unwritten[j], w[j], out, err);
    }
    if (k == 1) {
      for (int u = 0; u < n; u++) {
        out[u] = out[u] + err[u];
      }
    }
    int flags = notFinite(out, flagged);
    if (unwritten != null) {
      writeFlagged(ch, unwritten, flagged, flags);
    }
    // Units with a missing child: their present children's shares w / (sum of present w)
    // depend only on which children are present, so they are computed once per pattern (the
    // table is made on the first such unit). The common case (some children missing, a
    // positive present weight, a finite sum) runs without a branch on which children are
    // present: presence and the missing child's term +0.0 come from the bits (present(b)).
    if (k <= UNROLLED_CHILDREN) {
      missingUnrolled(ch, w, out, flagged, missing, presentWeight, flags);
      return flags;
    }
    double[] shares = null;
    for (int i = 0; i < flags; i++) {
      int u = flagged[i];
      int present = 0;
      for (int j = 0; j < k; j++) {
        present |= (int) -present(Double.doubleToRawLongBits(ch[j][u])) << j;
      }
      int miss = k - Integer.bitCount(present);
      missing[u] = miss;
      if (miss == 0 || miss == k || k > MAX_PATTERN_CHILDREN) {
        unitOnItsOwn(ch, w, out, presentWeight, u, miss);
        continue;
      }
      if (shares == null) {
        shares = new double[(1 << k) * (k + 1)];
      }
      int at = present * (k + 1);
      double ws = patternWeight(w, present, shares, at, k, at + k, presentWeight, out, u);
      if (ws == 0) {
        continue;
      }
      // Every child in order, a missing one as the term +0.0 (share 0 times +0.0): adding it
      // leaves the sum and the error term as they are (neither is ever -0.0), so this is the
      // sum over the present children.
      double sum = 0;
      double e = 0;
      for (int j = 0; j < k; j++) {
        long b = Double.doubleToRawLongBits(ch[j][u]);
        double term = shares[at + j] * Double.longBitsToDouble(b & present(b));
        double t = sum + term;
        e += twoSumError(sum, term, t);
        sum = t;
      }
      double r = sum + e;
      out[u] = Math.abs(r) <= Double.MAX_VALUE ? r : meanOfPresent(ch, w, u, miss, ws);
    }
    return flags;
  }

  /**
   * Lists the units to look at again, those whose sum is not a finite number (NaN or
   * infinite), in ascending order into {@code flagged}, and returns how many. A branch per unit:
   * the processor predicts it well where few units are flagged (most nodes) and costs no more
   * than a loop without a branch, which stores a position for every unit, where many are (on
   * 2,000 sums with 0 % to 50 % flagged: 0.32 to 0.68 ns per unit against 0.70).
   *
   * @param out the sums
   * @param flagged receives the positions (length at least {@code out.length})
   * @return how many positions it wrote
   */
  static int notFinite(double[] out, int[] flagged) {
    int flags = 0;
    for (int u = 0; u < out.length; u++) {
      if (!Double.isFinite(out[u])) {
        flagged[flags++] = u;
      }
    }
    return flags;
  }

  /** The column passes of the arithmetic mean: the first child's, a middle one's, the last. */
  private static final int FIRST = 0;
  private static final int MIDDLE = 1;
  private static final int LAST = 2;

  /**
   * One child's column pass over all units: the first starts the running sums (in {@code out})
   * and error terms from the constant 0 instead of zeroed arrays, a middle one adds its terms,
   * the last adds its terms and the error terms to the sums. The child's value is its written
   * column's ({@code col}) or, when {@code unwritten} is not null, computed from the raw value
   * ({@link AffineColumn#value}): the loops test that once per column, not per value (the
   * compiler makes a loop for each case).
   */
  private static void columnPass(int pass, double[] col, AffineColumn unwritten, double wj,
      double[] out, double[] err) {
    boolean affine = unwritten != null;
    double[] x = affine ? unwritten.raw() : col;
    double s = affine ? unwritten.sign() : 1;
    double m = affine ? unwritten.min() : 0;
    double f = affine ? unwritten.factor() : 1;
    double l = affine ? unwritten.lower() : 0;
    int n = out.length;
    if (pass == FIRST) {
      for (int u = 0; u < n; u++) {
        double term = wj * (affine ? AffineColumn.value(x[u], s, m, f, l) : x[u]);
        double t = 0.0 + term;
        err[u] = 0.0 + twoSumError(0.0, term, t);
        out[u] = t;
      }
    } else if (pass == MIDDLE) {
      for (int u = 0; u < n; u++) {
        double term = wj * (affine ? AffineColumn.value(x[u], s, m, f, l) : x[u]);
        double sum = out[u];
        double t = sum + term;
        err[u] += twoSumError(sum, term, t);
        out[u] = t;
      }
    } else {
      for (int u = 0; u < n; u++) {
        double term = wj * (affine ? AffineColumn.value(x[u], s, m, f, l) : x[u]);
        double sum = out[u];
        double t = sum + term;
        out[u] = t + (err[u] + twoSumError(sum, term, t));
      }
    }
  }

  /** The unwritten children's values at the flagged units, written into their scratch. */
  private static void writeFlagged(double[][] ch, AffineColumn[] unwritten, int[] flagged,
      int flags) {
    for (int j = 0; j < ch.length; j++) {
      AffineColumn a = unwritten[j];
      if (a != null) {
        double[] col = ch[j];
        for (int i = 0; i < flags; i++) {
          int u = flagged[i];
          col[u] = a.valueAt(u);
        }
      }
    }
  }

  /** Up to this many children, the units with a missing child run {@link #missingUnrolled}. */
  static final int UNROLLED_CHILDREN = 4;

  /**
   * The flagged units of a node with at most four children, as the general loop computes them
   * but with the children unrolled: each value is read once, into a register, for both its
   * presence and its term. A node with fewer children reads child 0 in place of the absent ones
   * with the bits cleared (the term +0.0 with share 0, which leaves the sums as they are, as a
   * missing child's does) and leaves them out of the pattern. The shares of a pattern are at
   * {@code pattern * 5}, their sum at {@code pattern * 5 + 4}.
   */
  private static void missingUnrolled(double[][] ch, double[] w, double[] out, int[] flagged,
      int[] missing, double[] presentWeight, int flags) {
    int k = ch.length;
    double[] c0 = ch[0];
    double[] c1 = k > 1 ? ch[1] : c0;
    double[] c2 = k > 2 ? ch[2] : c0;
    double[] c3 = k > 3 ? ch[3] : c0;
    long keep1 = k > 1 ? -1L : 0L;
    long keep2 = k > 2 ? -1L : 0L;
    long keep3 = k > 3 ? -1L : 0L;
    int all = (1 << k) - 1;
    double[] shares = null;
    for (int i = 0; i < flags; i++) {
      int u = flagged[i];
      long b0 = Double.doubleToRawLongBits(c0[u]);
      long b1 = Double.doubleToRawLongBits(c1[u]) & keep1;
      long b2 = Double.doubleToRawLongBits(c2[u]) & keep2;
      long b3 = Double.doubleToRawLongBits(c3[u]) & keep3;
      long p0 = present(b0);
      long p1 = present(b1);
      long p2 = present(b2);
      long p3 = present(b3);
      int present = ((int) -p0 | (int) -p1 << 1 | (int) -p2 << 2 | (int) -p3 << 3) & all;
      int miss = k - Integer.bitCount(present);
      missing[u] = miss;
      if (miss == 0 || miss == k) {
        unitOnItsOwn(ch, w, out, presentWeight, u, miss);
        continue;
      }
      if (shares == null) {
        shares = new double[(1 << k) * 5];
      }
      int at = present * 5;
      double ws = patternWeight(w, present, shares, at, k, at + 4, presentWeight, out, u);
      if (ws == 0) {
        continue;
      }
      double r = compensatedSum(shares[at] * Double.longBitsToDouble(b0 & p0),
          shares[at + 1] * Double.longBitsToDouble(b1 & p1),
          shares[at + 2] * Double.longBitsToDouble(b2 & p2),
          shares[at + 3] * Double.longBitsToDouble(b3 & p3));
      out[u] = Math.abs(r) <= Double.MAX_VALUE ? r : meanOfPresent(ch, w, u, miss, ws);
    }
  }

  /**
   * Unit {@code u}'s present weight, the sum of its pattern's weights from the table (filled
   * on the pattern's first unit, the sum at {@code sumAt}), recorded in {@code presentWeight};
   * when the present children's weights sum to 0 the unit's score is NaN and this returns 0.
   */
  private static double patternWeight(double[] w, int present, double[] shares, int at, int k,
      int sumAt, double[] presentWeight, double[] out, int u) {
    double ws = shares[sumAt];
    if (ws == 0) {
      fillShares(w, present, shares, at, k, sumAt);
      ws = shares[sumAt];
    }
    if (!(ws > 0)) {
      presentWeight[u] = 0;
      out[u] = Double.NaN;
      return 0;
    }
    presentWeight[u] = ws;
    return ws;
  }

  /**
   * The compensated sum of four terms in order, as the loops child by child compute it: the
   * running sum from +0.0, the TwoSum error terms added from +0.0, and their sum added last.
   */
  static double compensatedSum(double x0, double x1, double x2, double x3) {
    double s1 = 0.0 + x0;
    double e = 0.0 + twoSumError(0.0, x0, s1);
    double s2 = s1 + x1;
    e += twoSumError(s1, x1, s2);
    double s3 = s2 + x2;
    e += twoSumError(s2, x2, s3);
    double sum = s3 + x3;
    e += twoSumError(s3, x3, sum);
    return sum + e;
  }

  /**
   * The rounding error of {@code t = sum + term} (TwoSum), the term a compensated sum adds to
   * its error.
   */
  static double twoSumError(double sum, double term, double t) {
    double bp = t - sum;
    return (sum - (t - bp)) + (term - bp);
  }

  /** The bits of a double without its sign. */
  private static final long ABS_BITS = 0x7fffffffffffffffL;
  /** The smallest bits (without the sign) of a NaN. */
  private static final long NAN_BITS = 0x7ff0000000000001L;

  /**
   * All ones for the bits of a present value (not NaN), 0 for a NaN: {@code b & present(b)} is
   * the value itself or +0.0, without a branch.
   */
  private static long present(long b) {
    return ((b & ABS_BITS) - NAN_BITS) >> 63;
  }

  /**
   * A flagged unit outside the tabulated case: every child missing (NaN), every child present
   * (a sum that overflowed) or more children than the table serves.
   */
  private static void unitOnItsOwn(double[][] ch, double[] w, double[] out,
      double[] presentWeight, int u, int miss) {
    if (miss == ch.length) {
      presentWeight[u] = 0;
      out[u] = Double.NaN;
      return;
    }
    double ws = 0;
    for (int j = 0; j < ch.length; j++) {
      if (ch[j][u] == ch[j][u]) {
        ws += w[j];
      }
    }
    presentWeight[u] = ws;
    out[u] = ws > 0 ? meanOfPresent(ch, w, u, miss, ws) : Double.NaN;
  }

  /**
   * One unit's mean of its present children, the weights divided by their present sum
   * {@code ws} (not when every child is present), on values scaled by a power of two when the
   * plain sum is not finite.
   */
  private static double meanOfPresent(double[][] ch, double[] w, int u, int miss, double ws) {
    double scale = miss == 0 ? 1.0 : ws;
    double r = weightedMean(ch, w, u, scale, 1.0);
    return Math.abs(r) <= Double.MAX_VALUE ? r : scaledWeightedMean(ch, w, u, scale);
  }

  /**
   * A weighted mean whose plain sum overflowed: computed on the values scaled into [-2, 2]
   * and scaled back, then held within the unit's present values, where a mean lies (weights
   * that sum to a rounding above 1 could otherwise carry a mean of values at the largest
   * double just beyond it).
   */
  static double scaledWeightedMean(double[][] ch, double[] w, int u, double weightSum) {
    return withinPresent(ch, u,
        weightedMean(ch, w, u, weightSum, Scaling.toUnit(presentMaxAbs(ch, u))));
  }

  /** A mean of a unit's present values, held within them against rounding at the extremes. */
  private static double withinPresent(double[][] ch, int u, double r) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double[] col : ch) {
      double v = col[u];
      if (v == v) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    return Math.max(lo, Math.min(hi, r));
  }

  /** Up to this many children, the shares of each presence pattern are tabulated. */
  static final int MAX_PATTERN_CHILDREN = 10;

  /**
   * Fills {@code shares[at + j] = w[j] / ws} for the children j in the pattern and
   * {@code shares[at + k] = ws}, the sum of their weights in child order, exactly as a unit's
   * own loop would compute them; a pattern whose weights sum to 0 is marked with -1.
   */
  static void fillShares(double[] w, int present, double[] shares, int at, int k) {
    fillShares(w, present, shares, at, k, at + k);
  }

  /**
   * As {@link #fillShares(double[], int, double[], int, int)}, the sum (or -1) at
   * {@code sumAt}.
   */
  static void fillShares(double[] w, int present, double[] shares, int at, int k, int sumAt) {
    double ws = 0;
    for (int j = 0; j < k; j++) {
      if ((present & (1 << j)) != 0) {
        ws += w[j];
      }
    }
    for (int j = 0; j < k; j++) {
      shares[at + j] = (present & (1 << j)) != 0 ? w[j] / ws : 0;
    }
    shares[sumAt] = ws > 0 ? ws : -1;
  }

  /**
   * One unit's compensated weighted sum of its present children, the weights divided by
   * {@code weightSum}, on the values times {@code scale} (a power of two), scaled back.
   */
  static double weightedMean(double[][] ch, double[] w, int u, double weightSum,
      double scale) {
    double sum = 0;
    double err = 0;
    for (int j = 0; j < ch.length; j++) {
      double v = ch[j][u];
      if (v == v) {
        double term = (w[j] / weightSum) * (v * scale);
        double t = sum + term;
        err += twoSumError(sum, term, t);
        sum = t;
      }
    }
    return (sum + err) / scale;
  }

  private static double presentMaxAbs(double[][] ch, int u) {
    double m = 0;
    for (double[] col : ch) {
      double a = Math.abs(col[u]);
      if (a > m) {
        m = a;
      }
    }
    return m;
  }

  private static double presentMinAbs(double[][] ch, int u) {
    double m = Double.MAX_VALUE;
    for (double[] col : ch) {
      double a = Math.abs(col[u]);
      if (a < m && a > 0) {
        m = a;
      }
    }
    return m;
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
   *
   * <p>These means are homogeneous (M(c x) = c M(x)): where the plain formula overflows or
   * underflows (x^p or 1/x of values near either end of the double range), the unit is
   * computed again on its values scaled by a power of two that brings the dominant value
   * (the largest for p &gt; 0, the smallest for p &lt; 0) into [1, 2), and scaled back (held
   * within the unit's present values, where a mean lies).
   */
  private static int quasiArithmetic(double[][] ch, double[] w, double[] out, int[] flagged,
      int[] missing, double[] presentWeight, DoubleUnaryOperator f, DoubleUnaryOperator inverse,
      boolean dominatedBySmallest) {
    int k = ch.length;
    int flags = 0;
    for (int u = 0; u < out.length; u++) {
      double s = 0;
      double ws = 0;
      int miss = 0;
      for (int j = 0; j < k; j++) {
        double v = ch[j][u];
        if (v == v) {
          s += w[j] * f.applyAsDouble(v);
          ws += w[j];
        } else {
          miss++;
        }
      }
      missing[u] = miss;
      presentWeight[u] = ws;
      double r = inverse.applyAsDouble(s / ws);
      if (miss < k && ws > 0 && !(Math.abs(r) >= Double.MIN_NORMAL
          && Math.abs(r) <= Double.MAX_VALUE) && presentMaxAbs(ch, u) > 0) {
        double scale = Scaling.toUnit(dominatedBySmallest ? presentMinAbs(ch, u)
            : presentMaxAbs(ch, u));
        double t = 0;
        for (int j = 0; j < k; j++) {
          double v = ch[j][u];
          if (v == v) {
            t += w[j] * f.applyAsDouble(v * scale);
          }
        }
        r = withinPresent(ch, u, inverse.applyAsDouble(t / ws) / scale);
      }
      out[u] = r;
      flags = flag(flagged, flags, u, miss, r);
    }
    return flags;
  }

  /**
   * Adds a unit to the ones the engine checks (availability, weights, finiteness) when a child
   * is missing or its score is not finite.
   *
   * @return the new number of flagged units
   */
  private static int flag(int[] flagged, int flags, int u, int miss, double score) {
    if (miss > 0 || !(Math.abs(score) <= Double.MAX_VALUE)) {
      flagged[flags++] = u;
    }
    return flags;
  }

  static int geometric(double[][] ch, double[] w, double[] out, int[] flagged, int[] missing,
      double[] presentWeight, Parameters p, Aggregator.Context c) {
    requirePositive(ch, c, "geometric mean", POSITIVE_FIX);
    return quasiArithmetic(ch, w, out, flagged, missing, presentWeight, MeanTransform.LOG,
        MeanTransform.EXP, false);
  }

  static int harmonic(double[][] ch, double[] w, double[] out, int[] flagged, int[] missing,
      double[] presentWeight, Parameters p, Aggregator.Context c) {
    requirePositive(ch, c, "harmonic mean", POSITIVE_FIX);
    return quasiArithmetic(ch, w, out, flagged, missing, presentWeight,
        MeanTransform.RECIPROCAL, MeanTransform.RECIPROCAL, true);
  }

  static int generalised(double[][] ch, double[] w, double[] out, int[] flagged, int[] missing,
      double[] presentWeight, Parameters p, Aggregator.Context c) {
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
    return quasiArithmetic(ch, w, out, flagged, missing, presentWeight,
        MeanTransform.power(power), MeanTransform.power(1 / power), power < 0);
  }

  /**
   * The transforms of the quasi-arithmetic means: named objects rather than lambdas, so that
   * aggregating links no call site on a short run's path.
   */
  private static final class MeanTransform implements DoubleUnaryOperator {
    static final MeanTransform LOG = new MeanTransform(0, 0);
    static final MeanTransform EXP = new MeanTransform(1, 0);
    static final MeanTransform RECIPROCAL = new MeanTransform(2, 0);
    private static final int POWER = 3;

    private final int kind;
    private final double exponent;

    private MeanTransform(int kind, double exponent) {
      this.kind = kind;
      this.exponent = exponent;
    }

    /** {@code v -> Math.pow(v, exponent)}. */
    static MeanTransform power(double exponent) {
      return new MeanTransform(POWER, exponent);
    }

    @Override
    public double applyAsDouble(double v) {
      return switch (kind) {
        case 0 -> Math.log(v);
        case 1 -> Math.exp(v);
        case 2 -> 1 / v;
        default -> Math.pow(v, exponent);
      };
    }
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

  /**
   * The divisor of a weighted sample variance with reliability weights, W - sum(w^2) / W over
   * the unit's present children: (k - 1) / k for k equal weights summing to 1, Bessel's
   * correction. Positive infinity (a variance of 0) when only one child is present.
   */
  private static double sampleDivisor(double[] w, double[][] ch, int u, double ws) {
    double sq = 0;
    for (int k = 0; k < ch.length; k++) {
      if (ch[k][u] == ch[k][u]) {
        sq += w[k] * w[k];
      }
    }
    double d = ws - sq / ws;
    return d > 1e-15 * ws ? d : Double.POSITIVE_INFINITY;
  }

  /**
   * The Mazziotta-Pareto index: mean -/+ sd * (sd / mean) over each unit's present children,
   * sd the population standard deviation unless {@code deviation = "sample"} (Compind's ci_mpi).
   * Homogeneous like the means: a unit whose values lie beyond 2^400 or below 2^-400 in size
   * (where squared deviations overflow or underflow to 0) is computed on its values scaled by
   * a power of two, and scaled back; other units as the plain formula does.
   */
  static int mazziottaPareto(double[][] ch, double[] w, double[] out, int[] flagged,
      int[] missing, double[] presentWeight, Parameters p, Aggregator.Context c) {
    double sign = ClosedFormAggregators.penaltySign(p, c);
    boolean sample = p.text("deviation").orElse("population").equals("sample");
    requirePositive(ch, c, "Mazziotta-Pareto index",
        "normalise to a positive scale, e.g. z-scores with mean 100 and sd 10");
    int flags = 0;
    for (int u = 0; u < out.length; u++) {
      double scale = Scaling.forMaxAbs(presentMaxAbs(ch, u), 400);
      double s = 0;
      double ws = 0;
      int miss = 0;
      for (int k = 0; k < ch.length; k++) {
        double v = ch[k][u];
        if (v == v) {
          s += w[k] * (v * scale);
          ws += w[k];
        } else {
          miss++;
        }
      }
      missing[u] = miss;
      presentWeight[u] = ws;
      double mean = s / ws;
      double var = 0;
      for (int k = 0; k < ch.length; k++) {
        double v = ch[k][u];
        if (v == v) {
          double d = v * scale - mean;
          var += w[k] * d * d;
        }
      }
      var /= sample ? sampleDivisor(w, ch, u, ws) : ws;
      double sd = Math.sqrt(var);
      out[u] = (mean + sign * sd * (sd / mean)) / scale;
      flags = flag(flagged, flags, u, miss, out[u]);
    }
    return flags;
  }
}
