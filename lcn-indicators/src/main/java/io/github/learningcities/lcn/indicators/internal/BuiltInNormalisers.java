package io.github.learningcities.lcn.indicators.internal;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.method.Normaliser;
import io.github.learningcities.lcn.indicators.method.Parameters;
import io.github.learningcities.lcn.indicators.method.Statistics;
import java.util.LinkedHashMap;
import java.util.Map;

/** The built-in normalisation methods, COINr's formulas with defined constant-column values. */
public final class BuiltInNormalisers {
  private BuiltInNormalisers() {}

  /**
   * Returns the built-ins by name.
   *
   * @return name to normaliser
   */
  public static Map<String, Normaliser> all() {
    Map<String, Normaliser> m = new LinkedHashMap<>();
    m.put("minmax", BuiltInNormalisers::minMax);
    m.put("zscore", BuiltInNormalisers::zScore);
    m.put("rank", (x, out, p, c) -> copy(Statistics.ascendingRanks(x), out));
    m.put("borda", (x, out, p, c) -> {
      double[] r = Statistics.ascendingRanks(x);
      for (int i = 0; i < r.length; i++) {
        out[i] = r[i] - 1;
      }
    });
    m.put("prank", BuiltInNormalisers::percentRank);
    m.put("fracmax", BuiltInNormalisers::fractionOfMax);
    m.put("dist2max", BuiltInNormalisers::distanceToMax);
    m.put("dist2ref", BuiltInNormalisers::distanceToReference);
    m.put("dist2targ", BuiltInNormalisers::distanceToTarget);
    m.put("goalposts", BuiltInNormalisers::goalposts);
    m.put("scaled", BuiltInNormalisers::scaled);
    m.put("none", (x, out, p, c) -> copy(x, out));
    return m;
  }

  private static void copy(double[] from, double[] to) {
    System.arraycopy(from, 0, to, 0, from.length);
  }

  static void minMax(double[] x, double[] out, Parameters p, Normaliser.Context c) {
    double l = p.number("lower", 0);
    double u = p.number("upper", 100);
    double min = Statistics.min(x);
    double max = Statistics.max(x);
    double range = max - min;
    if (range == 0) {
      c.note("constant-indicator", "all present values equal " + max
          + "; min-max gives every unit the midpoint " + (l + u) / 2 + " (COINr: NaN)");
    }
    double mid = (l + u) / 2;
    double f = (u - l) / range;
    for (int i = 0; i < x.length; i++) {
      double v = x[i];
      out[i] = Double.isNaN(v) ? Double.NaN : range == 0 ? mid : (v - min) * f + l;
    }
  }

  static void zScore(double[] x, double[] out, Parameters p, Normaliser.Context c) {
    double m = p.number("mean", 0);
    double s = p.number("sd", 1);
    double mean = Statistics.mean(x);
    double sd = Statistics.sd(x);
    boolean flat = !(sd > 0);
    if (flat) {
      c.note("constant-indicator", "standard deviation is 0 or undefined; z-score gives every "
          + "unit the mean " + m + " (COINr: NaN)");
    }
    for (int i = 0; i < x.length; i++) {
      double v = x[i];
      out[i] = Double.isNaN(v) ? Double.NaN : flat ? m : (v - mean) / sd * s + m;
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
      out[i] = Double.isNaN(v) ? Double.NaN : range == 0 ? 1.0 : 1 - (max - v) / range;
    }
  }

  static void distanceToReference(double[] x, double[] out, Parameters p, Normaliser.Context c) {
    String ref = p.text("reference").orElseThrow(() -> new IndicatorsException(
        "indicator '" + c.indicator() + "': distance to reference needs the text parameter "
            + "'reference' naming the reference unit"));
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
      double y = 1 - (xr - x[i]) / (xr - min);
      out[i] = cap && y > 1 ? 1 : y;
    }
  }

  static void distanceToTarget(double[] x, double[] out, Parameters p, Normaliser.Context c) {
    double target;
    if (p.has("target")) {
      target = p.number("target", 0) * c.sign();
    } else {
      target = c.target().orElseThrow(() -> new IndicatorsException("indicator '"
          + c.indicator() + "': distance to target needs a target; give the node a target or "
          + "the normalisation a 'target' parameter"));
    }
    double min = Statistics.min(x);
    if (target == min) {
      throw new IndicatorsException("indicator '" + c.indicator() + "': target " + target * c.sign()
          + " equals the worst value, so distances are undefined; expected a target better "
          + "than the worst value");
    }
    boolean cap = p.flag("cap", false);
    for (int i = 0; i < x.length; i++) {
      double y = (x[i] - min) / (target - min);
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
      double y = (x[i] - l) / (u - l);
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
      out[i] = (x[i] - l) / (u - l) * scale;
    }
  }
}
