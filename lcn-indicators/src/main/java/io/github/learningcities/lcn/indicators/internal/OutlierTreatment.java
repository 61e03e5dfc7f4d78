package io.github.learningcities.lcn.indicators.internal;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.engine.Diagnostics.TreatmentStage;
import io.github.learningcities.lcn.indicators.method.Parameters;
import io.github.learningcities.lcn.indicators.method.Statistics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * COINr's outlier treatment of one column: check skew and kurtosis, winsorise, then fall back
 * to a transform of the original column; and the plain transforms.
 */
public final class OutlierTreatment {
  private OutlierTreatment() {}

  /**
   * The outcome for one column.
   *
   * @param values the treated column
   * @param labels per cell, the treatment applied ({@code winhi}, {@code winlo}, the transform's
   *     name) or {@code null}
   * @param skewBefore skew of the input
   * @param kurtosisBefore kurtosis of the input
   * @param passedBefore whether the input passed the check
   * @param winsorised points counted by COINr's {@code nwin} (0 when not winsorised)
   * @param transform the transform applied, or {@code null}
   * @param skewAfter skew of the output
   * @param kurtosisAfter kurtosis of the output
   * @param passedAfter whether the output passes the check
   * @param stages the column after each stage (original, winsorised, transformed), as COINr's
   *     {@code Dets_Table} reports them
   */
  public record Outcome(double[] values, String[] labels, double skewBefore,
      double kurtosisBefore, boolean passedBefore, int winsorised, String transform,
      double skewAfter, double kurtosisAfter, boolean passedAfter,
      List<TreatmentStage> stages) {}

  /**
   * The relative distance within which a moment counts as equal to a threshold, and the skew
   * as 0. Rounding leaves about 1e-15 of noise in the moments; samples that sit exactly on a
   * threshold are common (n - 1 equal values and one other have a skew of exactly sqrt(n), so
   * 2 for four units), and adding a constant to the data, reordering it or imputing it another
   * way moves that noise to either side. Deciding by the noise made such a shift change the
   * treatment, and so every score downstream.
   */
  private static final double ON_THRESHOLD = 1e-9;

  /**
   * Whether a column passes COINr's check: |skew| &lt; skew threshold or kurtosis &lt; kurtosis
   * threshold. A moment within a relative 1e-9 of its threshold counts as on it, so it does not
   * pass by that moment (rounding noise does not decide). A column too short for the statistics
   * passes (nothing can be said).
   *
   * @param x the column
   * @param skewThreshold the absolute skew threshold
   * @param kurtThreshold the kurtosis threshold
   * @return true if it passes
   */
  public static boolean passes(double[] x, double skewThreshold, double kurtThreshold) {
    return passesMoments(moments(x, skewThreshold, kurtThreshold), skewThreshold,
        kurtThreshold);
  }

  /**
   * Skew and kurtosis for a decision against the thresholds that does not depend on the order
   * of the units. Sums in another order round differently, and some samples sit exactly on a
   * threshold (three equal values and a fourth have a skew of exactly 2): within 1e-9 of a
   * threshold, or of 0 for the skew's sign, the moments are computed again over the sorted
   * values, whatever order the units came in.
   */
  private static double[] moments(double[] x, double skewThreshold, double kurtThreshold) {
    double[] m = Statistics.moments(x);
    if (near(Math.abs(m[0]), skewThreshold) || near(m[1], kurtThreshold)
        || Math.abs(m[0]) <= 1e-9) {
      double[] sorted = Statistics.present(x);
      Arrays.sort(sorted);
      return Statistics.moments(sorted);
    }
    return m;
  }

  private static boolean near(double value, double threshold) {
    return Math.abs(value - threshold) <= ON_THRESHOLD * Math.max(1, Math.abs(threshold));
  }

  /** Whether a moment is below its threshold by more than rounding noise. */
  private static boolean below(double value, double threshold) {
    return value < threshold && !near(value, threshold);
  }

  /**
   * Whether a skew counts as non-negative, the side COINr winsorises (high) and log-ct-plus
   * transforms (from the minimum) for: a skew within 1e-9 of 0 is 0, whatever the rounding.
   */
  private static boolean nonNegativeSkew(double skew) {
    return skew >= -ON_THRESHOLD;
  }

  private static boolean passesMoments(double[] moments, double skewThreshold,
      double kurtThreshold) {
    double s = moments[0];
    double k = moments[1];
    if (Double.isNaN(s) || Double.isNaN(k)) {
      return true;
    }
    return below(Math.abs(s), skewThreshold) || below(k, kurtThreshold);
  }

  /**
   * COINr's default two-stage treatment.
   *
   * @param x the column (not modified)
   * @param p winmax, skewThreshold, kurtosisThreshold, secondary, lambda, forceWinsorise
   * @param indicator the indicator, for error messages
   * @return the outcome
   */
  public static Outcome coinr(double[] x, Parameters p, String indicator) {
    int winmax = (int) p.number("winmax", 5);
    double st = p.number("skewThreshold", 2);
    double kt = p.number("kurtosisThreshold", 3.5);
    String secondary = p.text("secondary").orElse("log-ct");
    boolean force = p.flag("forceWinsorise", false);
    double[] m0 = moments(x, st, kt);
    double skew0 = m0[0];
    double kurt0 = m0[1];
    boolean pass0 = passesMoments(m0, st, kt);
    String[] labels = new String[x.length];
    List<TreatmentStage> stages = new ArrayList<>();
    stages.add(new TreatmentStage(TreatmentStage.ORIGINAL, 0, skew0, kurt0, pass0));
    if (pass0 && !force) {
      return new Outcome(x.clone(), labels, skew0, kurt0, true, 0, null, skew0, kurt0, true,
          stages);
    }
    double[] w = x.clone();
    int[] imax = new int[0];
    int[] imin = new int[0];
    int nwin = 0;
    boolean passing = pass0;
    double[] m = m0;
    while ((!passing || force) && nwin < winmax) {
      boolean high = nonNegativeSkew(m[0]);
      int[] clamped = clampExtreme(w, high);
      if (clamped == null) {
        // Every present value is equal: nothing is left to winsorise (a forced treatment
        // would otherwise repeat this step for ever below winmax).
        break;
      }
      if (high) {
        imax = clamped;
      } else {
        imin = clamped;
      }
      nwin = imax.length + imin.length;
      m = moments(w, st, kt);
      passing = passesMoments(m, st, kt);
    }
    for (int i : imax) {
      labels[i] = "winhi";
    }
    for (int i : imin) {
      labels[i] = "winlo";
    }
    stages.add(new TreatmentStage(TreatmentStage.WINSORISED, nwin, m[0], m[1], passing));
    if (passing || secondary.equals("none")) {
      return new Outcome(w, labels, skew0, kurt0, false, nwin, null, m[0], m[1], passing,
          stages);
    }
    double[] t = transform(x, secondary, p, indicator);
    // As COINr's Treated_Points: a point winsorised before the transform keeps that stage
    // ("winhi+log-ct"), though the transform is applied to the original column.
    String[] tl = new String[x.length];
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i])) {
        tl[i] = labels[i] == null ? secondary : labels[i] + "+" + secondary;
      }
    }
    double[] mt = moments(t, st, kt);
    boolean passT = passesMoments(mt, st, kt);
    stages.add(new TreatmentStage(secondary, 0, mt[0], mt[1], passT));
    return new Outcome(t, tl, skew0, kurt0, false, nwin, secondary, mt[0], mt[1], passT,
        stages);
  }

  /**
   * Replaces every value equal to the column's maximum (or minimum) by the next value below
   * (above) it, as COINr's {@code winsorise} does, and returns the positions replaced; null,
   * with the column unchanged, when no present value differs from the extreme.
   */
  private static int[] clampExtreme(double[] w, boolean high) {
    double extreme = high ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    int count = 0;
    for (double v : w) {
      if (v == v) {
        if (v == extreme) {
          count++;
        } else if (high ? v > extreme : v < extreme) {
          extreme = v;
          count = 1;
        }
      }
    }
    double next = extreme;
    boolean any = false;
    for (double v : w) {
      if (v == v && v != extreme && (!any || (high ? v > next : v < next))) {
        next = v;
        any = true;
      }
    }
    if (!any) {
      return null;
    }
    int[] pos = new int[count];
    int k = 0;
    for (int i = 0; i < w.length; i++) {
      if (w[i] == extreme) {
        pos[k++] = i;
        w[i] = next;
      }
    }
    return pos;
  }

  /**
   * A plain transform of a whole column.
   *
   * @param x the column
   * @param name {@code log-ct}, {@code log-ct-plus}, {@code log-ct-orig} or {@code boxcox}
   * @param p parameters ({@code lambda} for Box-Cox)
   * @param indicator the indicator, for error messages
   * @return the transformed column
   */
  public static double[] transform(double[] x, String name, Parameters p, String indicator) {
    double min = Statistics.min(x);
    double max = Statistics.max(x);
    // Beyond half the largest double, x - min + a can overflow: the logarithms are then taken
    // of the values scaled by a power of two, log(v) = log(c v) - log(c). Exact scaling, so
    // only the columns that would have overflowed are computed differently.
    double c = max - min <= Double.MAX_VALUE / 4 ? 1.0
        : Scaling.toUnit(Math.max(Math.abs(min), Math.abs(max)));
    double logC = Math.log(c);
    double minC = min * c;
    double maxC = max * c;
    double a = 0.01 * (maxC - minC);
    double[] out = new double[x.length];
    switch (name) {
      case "log-ct" -> {
        for (int i = 0; i < x.length; i++) {
          out[i] = Math.log(x[i] * c - minC + a) - logC;
        }
      }
      case "log-ct-plus" -> {
        double skew = Statistics.skew(x);
        boolean positive = Double.isNaN(skew) || nonNegativeSkew(skew);
        for (int i = 0; i < x.length; i++) {
          out[i] = positive ? Math.log(x[i] * c - minC + a) - logC
              : -(Math.log(maxC + a - x[i] * c) - logC);
        }
      }
      case "log-ct-orig" -> {
        for (int i = 0; i < x.length; i++) {
          out[i] = Math.log(x[i] * c - minC + c) - logC;
        }
      }
      case "boxcox" -> {
        double lambda = p.requireNumber("lambda", "boxcox");
        for (int i = 0; i < x.length; i++) {
          double v = x[i] * c - minC + c;
          out[i] = lambda == 0 ? Math.log(v) - logC
              : c == 1.0 ? (Math.pow(v, lambda) - 1) / lambda
              : (Math.exp(lambda * (Math.log(v) - logC)) - 1) / lambda;
        }
      }
      default -> throw new IndicatorsException("indicator '" + indicator + "': transform '"
          + name + "' is unknown; expected log-ct, log-ct-plus, log-ct-orig, boxcox or none");
    }
    return out;
  }
}
