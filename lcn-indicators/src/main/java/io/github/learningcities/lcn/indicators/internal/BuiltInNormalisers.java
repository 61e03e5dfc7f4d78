package io.github.learningcities.lcn.indicators.internal;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.method.Normaliser;
import io.github.learningcities.lcn.indicators.method.Parameters;
import io.github.learningcities.lcn.indicators.method.Statistics;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** The built-in normalisation methods, COINr's formulas with defined constant-column values. */
public final class BuiltInNormalisers {
  private BuiltInNormalisers() {}

  /**
   * Returns the built-ins by name.
   *
   * @return name to normaliser
   */
  public static Map<String, Normaliser> all() {
    return new BuiltInMethods<>(List.of(
        "minmax", "zscore", "rank", "borda", "prank", "fracmax", "dist2max", "dist2ref",
        "dist2targ", "goalposts", "scaled", "none")) {
      @Override
      protected Normaliser make(String name) {
        return switch (name) {
          case "minmax", "zscore" -> new Directed(name);
          case "rank", "borda", "prank", "fracmax", "dist2max", "dist2ref", "dist2targ",
              "goalposts", "scaled", "none" -> new ByName(name);
          default -> throw new IllegalArgumentException("no built-in method '" + name + "'");
        };
      }
    };
  }

  /*
   * The built-ins are objects of the two classes below, each calling its method by name: named
   * classes rather than method references, so that a run links no call site (a lambda's first
   * link costs a short command milliseconds).
   */

  /** Min-max or z-score, with the direction folded in. */
  private static final class Directed implements DirectedNormaliser {
    private final boolean minMax;

    Directed(String name) {
      this.minMax = name.equals("minmax");
    }

    @Override
    public void normaliseDirected(double[] raw, int sign, double[] out, Parameters parameters,
        Normaliser.Context context) {
      if (minMax) {
        minMax(raw, sign, out, parameters, context);
      } else {
        zScore(raw, sign, out, parameters, context);
      }
    }

    @Override
    public AffineColumn normaliseLater(double[] raw, int sign, Parameters parameters) {
      return minMax ? minMaxLater(raw, sign, parameters) : null;
    }
  }

  /** Every other built-in normaliser. */
  private static final class ByName implements Normaliser {
    private final String name;

    ByName(String name) {
      this.name = name;
    }

    @Override
    public void normalise(double[] x, double[] out, Parameters p, Normaliser.Context c) {
      switch (name) {
        case "rank" -> copy(Statistics.ascendingRanks(x), out);
        case "borda" -> {
          double[] r = Statistics.ascendingRanks(x);
          for (int i = 0; i < r.length; i++) {
            out[i] = r[i] - 1;
          }
        }
        case "prank" -> percentRank(x, out, p, c);
        case "fracmax" -> fractionOfMax(x, out, p, c);
        case "dist2max" -> distanceToMax(x, out, p, c);
        case "dist2ref" -> distanceToReference(x, out, p, c);
        case "dist2targ" -> distanceToTarget(x, out, p, c);
        case "goalposts" -> goalposts(x, out, p, c);
        case "scaled" -> scaled(x, out, p, c);
        default -> copy(x, out);
      }
    }
  }

  private static void copy(double[] from, double[] to) {
    System.arraycopy(from, 0, to, 0, from.length);
  }

  /**
   * Min-max to [l, u] in two passes over the raw column: the smallest and largest values, then
   * {@code (sign * v - min) * (u - l) / range + l}. Every output lies in [l, u], so it is finite
   * whenever min, max, the range and the factor are; only when one of those overflows or
   * underflows (values near the largest or smallest double, or extreme bounds) does it compute
   * the position {@code t} in [0, 1] on values scaled by a power of two and return
   * {@code l (1 - t) + u t}.
   */
  static void minMax(double[] x, int sign, double[] out, Parameters p, Normaliser.Context c) {
    double l = p.number("lower", 0);
    double u = p.number("upper", 100);
    double[] extremes = extremes(x);
    scaleBetween(x, sign, extremes[0], extremes[1], out, l, u, c);
  }

  /**
   * Min-max as {@link #minMax} computes it, left unwritten: the affine map of its second pass
   * when every value maps through it (some value present, not all equal, a finite range and
   * factor), otherwise null (the caller runs {@link #minMax}, which also writes any note).
   */
  static AffineColumn minMaxLater(double[] x, int sign, Parameters p) {
    double l = p.number("lower", 0);
    double u = p.number("upper", 100);
    double[] extremes = extremes(x);
    return affineBetween(x, sign, extremes[0], extremes[1], l, u);
  }

  /** The smallest and largest present values, {@code {+inf, -inf}} when none is present. */
  private static double[] extremes(double[] x) {
    // One accumulator each, updated on a comparison (a NaN compares false and is skipped): the
    // compiler emits branches that real data almost never takes, so the loop has no chain of
    // dependent comparisons. A zero extreme comes from pairedZero (which zero it is).
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      if (v < lo) {
        lo = v;
      }
      if (v > hi) {
        hi = v;
      }
    }
    if (lo == 0) {
      lo = pairedZero(x, true);
    }
    if (hi == 0) {
      hi = pairedZero(x, false);
    }
    return new double[] {lo, hi};
  }

  /**
   * The affine map of min-max's second pass onto [l, u] from the extremes, or null when the
   * column has no present value, is constant, or its range or factor is not finite and normal
   * (those take {@link #scaleBetween}'s other paths).
   */
  static AffineColumn affineBetween(double[] x, int sign, double lo, double hi, double l,
      double u) {
    if (lo > hi) {
      return null;
    }
    double min = sign > 0 ? lo : -hi;
    double range = (sign > 0 ? hi : -lo) - min;
    if (range == 0) {
      return null;
    }
    double f = (u - l) / range;
    double af = Math.abs(f);
    return range < Double.POSITIVE_INFINITY && af < Double.POSITIVE_INFINITY
        && af >= Double.MIN_NORMAL ? new AffineColumn(x, sign, min, f, l) : null;
  }

  /**
   * Min-max's second pass: the column onto [l, u] from its smallest and largest present values
   * ({@code lo > hi} when none is present).
   */
  static void scaleBetween(double[] x, int sign, double lo, double hi, double[] out, double l,
      double u, Normaliser.Context c) {
    AffineColumn affine = affineBetween(x, sign, lo, hi, l, u);
    if (affine != null) {
      affine.writeTo(out);
      return;
    }
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
    double scale = Scaling.toUnit(Math.max(Math.abs(min), Math.abs(max)));
    double sc = s * scale;
    double minC = min * scale;
    double rangeC = max * scale - minC;
    for (int k = 0; k < x.length; k++) {
      double t = (sc * x[k] - minC) / rangeC;
      out[k] = l * (1 - t) + u * t;
    }
  }

  /**
   * Which zero min-max's former loop took for an extreme that is 0 (it kept two independent
   * pairs of accumulators, for the even and the odd positions, so that comparisons overlap): each
   * half (even and odd positions) kept its first zero, and the halves were joined by
   * {@code Math.min} for the smallest value ({@code Math.max} for the largest), so it is the
   * join of the halves' first zeros, or the one half's that has a zero. It stops at those first
   * zeros instead of passing over the whole column again.
   *
   * @param x the column, whose smallest (or largest) present value is 0
   * @param smallest whether the extreme is the smallest value
   */
  static double pairedZero(double[] x, boolean smallest) {
    double even = Double.NaN;
    double odd = Double.NaN;
    for (int i = 0; i < x.length && (even != even || odd != odd); i++) {
      if (x[i] == 0) {
        if ((i & 1) == 0) {
          if (even != even) {
            even = x[i];
          }
        } else if (odd != odd) {
          odd = x[i];
        }
      }
    }
    if (even != even) {
      return odd;
    }
    if (odd != odd) {
      return even;
    }
    return smallest ? Math.min(even, odd) : Math.max(even, odd);
  }

  /**
   * Z-score: {@code (sign * v - mean) / sd * sd' + mean'}, with the mean and the sample standard
   * deviation computed as {@link Statistics#mean} and {@link Statistics#sd} do (on values
   * scaled by a power of two when the column is near the ends of the double range, so that
   * neither overflows nor underflows). The output's extent is known from the column's min and
   * max: if it would exceed the largest double (an enormous {@code sd} parameter), it refuses.
   */
  static void zScore(double[] x, int sign, double[] out, Parameters p, Normaliser.Context c) {
    double m = p.number("mean", 0);
    double sdOut = p.number("sd", 1);
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    double sum = 0;
    int n = 0;
    for (double v : x) {
      if (v == v) {
        sum += v;
        n++;
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    double sc = n == 0 ? sign
        : sign * Scaling.forMaxAbs(Math.max(Math.abs(lo), Math.abs(hi)), 400);
    if (Math.abs(sc) != 1.0) {
      sum = 0;
      for (double v : x) {
        if (v == v) {
          sum += Math.abs(sc) * v;
        }
      }
    }
    // the mean of sign * scale * x; negation is exact, so this is the plain formula's double
    double mean = sign * sum / n;
    double ss = 0;
    for (double v : x) {
      if (v == v) {
        double d = sc * v - mean;
        ss += d * d;
      }
    }
    double sd = n < 2 ? Double.NaN : Math.sqrt(ss / (n - 1));
    if (!(sd > 0)) {
      c.note("constant-indicator", "standard deviation is 0 or undefined; z-score gives "
          + "every unit the mean " + m + " (COINr: NaN)");
      for (int i = 0; i < x.length; i++) {
        out[i] = x[i] == x[i] ? m : Double.NaN;
      }
      return;
    }
    double zMax = Math.max(Math.abs(sc * lo - mean), Math.abs(sc * hi - mean)) / sd;
    if (!(zMax * Math.abs(sdOut) + Math.abs(m) < Double.POSITIVE_INFINITY)) {
      throw new IndicatorsException("indicator '" + c.indicator() + "': z-score with sd "
          + sdOut + " and mean " + m + " gives values up to " + zMax + " standard deviations "
          + "from the mean, beyond the largest double; expected a smaller sd parameter");
    }
    for (int i = 0; i < x.length; i++) {
      out[i] = (sc * x[i] - mean) / sd * sdOut + m;
    }
  }

  static void percentRank(double[] x, double[] out, Parameters p, Normaliser.Context c) {
    double[] r = Statistics.ascendingRanks(x);
    int n = Statistics.count(x);
    for (int i = 0; i < r.length; i++) {
      out[i] = Double.isNaN(r[i]) ? Double.NaN : n == 1 ? 1.0 : (r[i] - 1) / (n - 1);
    }
  }

  static void fractionOfMax(double[] x, double[] out, Parameters p, Normaliser.Context c) {
    double max = Statistics.max(x);
    if (!(max > 0) && Statistics.count(x) > 0) {
      throw new IndicatorsException("indicator '" + c.indicator() + "': fraction of maximum "
          + "needs a positive maximum, found " + max + "; use min-max or shift the data");
    }
    for (int i = 0; i < x.length; i++) {
      out[i] = x[i] / max;
    }
  }

  static void distanceToMax(double[] x, double[] out, Parameters p, Normaliser.Context c) {
    double min = Statistics.min(x);
    double max = Statistics.max(x);
    double range = max - min;
    if (range == 0) {
      c.note("constant-indicator", "all present values equal " + max
          + "; distance to maximum gives every unit 1 (COINr: NaN)");
    }
    for (int i = 0; i < x.length; i++) {
      double v = x[i];
      out[i] = Double.isNaN(v) ? Double.NaN : range == 0 ? 1.0
          : 1 - Scaling.ratioOfDifferences(max, v, max, min);
    }
  }

  static void distanceToReference(double[] x, double[] out, Parameters p, Normaliser.Context c) {
    Optional<String> reference = p.text("reference");
    if (reference.isEmpty()) {
      throw new IndicatorsException("indicator '" + c.indicator() + "': distance to reference "
          + "needs the text parameter 'reference' naming the reference unit");
    }
    String ref = reference.get();
    double xr = x[c.unitIndex(ref)];
    if (Double.isNaN(xr)) {
      throw new IndicatorsException("indicator '" + c.indicator() + "': reference unit '" + ref
          + "' has no value; choose a reference unit with data");
    }
    double min = Statistics.min(x);
    if (xr == min) {
      throw new IndicatorsException("indicator '" + c.indicator() + "': reference unit '" + ref
          + "' has the lowest value " + xr + ", so distances are undefined; expected a "
          + "reference above the minimum");
    }
    boolean cap = p.flag("cap", false);
    for (int i = 0; i < x.length; i++) {
      double y = 1 - Scaling.ratioOfDifferences(xr, x[i], xr, min);
      out[i] = cap && y > 1 ? 1 : y;
    }
  }

  static void distanceToTarget(double[] x, double[] out, Parameters p, Normaliser.Context c) {
    double target;
    if (p.has("target")) {
      target = p.number("target", 0) * c.sign();
    } else {
      OptionalDouble nodeTarget = c.target();
      if (nodeTarget.isEmpty()) {
        throw new IndicatorsException("indicator '" + c.indicator() + "': distance to target "
            + "needs a target; give the node a target or the normalisation a 'target' "
            + "parameter");
      }
      target = nodeTarget.getAsDouble();
    }
    double min = Statistics.min(x);
    if (target == min) {
      throw new IndicatorsException("indicator '" + c.indicator() + "': target " + target * c.sign()
          + " equals the worst value, so distances are undefined; expected a target better "
          + "than the worst value");
    }
    boolean cap = p.flag("cap", false);
    for (int i = 0; i < x.length; i++) {
      double y = Scaling.ratioOfDifferences(x[i], min, target, min);
      out[i] = cap && y > 1 ? 1 : y;
    }
  }

  static void goalposts(double[] x, double[] out, Parameters p, Normaliser.Context c) {
    double lower = p.requireNumber("lower", "goalposts");
    double upper = p.requireNumber("upper", "goalposts");
    if (lower == upper) {
      throw new IndicatorsException("indicator '" + c.indicator() + "': goalposts " + lower
          + " and " + upper + " are equal; expected two different goalposts");
    }
    double scale = p.number("scale", 1);
    boolean trunc = p.flag("truncate", true);
    double l = c.sign() > 0 ? lower : -upper;
    double u = c.sign() > 0 ? upper : -lower;
    for (int i = 0; i < x.length; i++) {
      double y = Scaling.ratioOfDifferences(x[i], l, u, l);
      if (trunc) {
        y = y < 0 ? 0 : y > 1 ? 1 : y;
      }
      out[i] = y * scale;
    }
  }

  static void scaled(double[] x, double[] out, Parameters p, Normaliser.Context c) {
    double lower = p.number("lower", 0);
    double upper = p.number("upper", 100);
    if (lower == upper) {
      throw new IndicatorsException("indicator '" + c.indicator() + "': scaled normalisation "
          + "bounds " + lower + " and " + upper + " are equal; expected two different bounds");
    }
    double scale = p.number("scale", 100);
    double l = c.sign() > 0 ? lower : -upper;
    double u = c.sign() > 0 ? upper : -lower;
    for (int i = 0; i < x.length; i++) {
      out[i] = Scaling.ratioOfDifferences(x[i], l, u, l) * scale;
    }
  }
}
