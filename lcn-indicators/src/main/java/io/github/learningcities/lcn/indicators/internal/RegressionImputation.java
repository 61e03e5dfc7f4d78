package io.github.learningcities.lcn.indicators.internal;

import io.github.learningcities.lcn.indicators.method.Imputer;
import io.github.learningcities.lcn.indicators.method.Parameters;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Regression imputation: a missing cell is predicted by a least-squares regression of its
 * indicator on the other indicators, fitted on the units where all of them are present.
 *
 * <p>Units with several missing values: each missing cell is predicted from exactly the
 * indicators present in its unit (one regression per indicator and pattern of present
 * indicators, so no imputed value ever serves as a predictor and the result does not depend on
 * the order in which indicators are imputed). If no unit has the indicator and all those
 * predictors present, the predictor present together with the indicator in the fewest units is
 * dropped (ties: the later one in the framework) until some unit qualifies; with no predictor
 * left the prediction is the indicator's mean. Predictors are used in standard units; a constant
 * or collinear predictor is left out by the sweep operator ({@link Sweep}), which makes the fit
 * well defined when the cross-products are singular (fewer units than predictors).
 *
 * <p>With {@code draw} d >= 1 (a replication of multiple imputation) a normal residual is added,
 * with the fit's residual variance (divisor: units used), from the cell's own stream ({@link
 * ImputationDraws}); the coefficients stay those of the fit.
 *
 * @since 0.1.0
 */
public final class RegressionImputation {
  private RegressionImputation() {}

  /** A fitted regression in standard units. */
  private record Fit(int[] predictors, boolean[] used, double[] coefficients, double[] means,
      double intercept, double residualVariance) {}

  /**
   * Imputes one column.
   *
   * @param x the column
   * @param p the parameters
   * @param c the context
   * @return the imputed column
   */
  static double[] impute(double[] x, Parameters p, Imputer.Context c) {
    double[] out = x.clone();
    int target = c.indicators().indexOf(c.indicator());
    StandardisedColumns s = c.perRun("standardised", new StandardisedColumns.OfColumns(c));
    if (s.empty()[target]) {
      return out;
    }
    double[][] z = s.z();
    int draw = (int) p.number("draw", 0);
    Map<BitSet, Fit> fits = new HashMap<>();
    int[] byCode = c.perRun("rows by unit code",
        new StandardisedColumns.RowsByUnitCode(x.length, c));
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i])) {
        continue;
      }
      BitSet present = new BitSet(z.length);
      for (int j = 0; j < z.length; j++) {
        if (j != target && !s.empty()[j] && !Double.isNaN(z[j][i])) {
          present.set(j);
        }
      }
      Fit f = fits.get(present);
      if (f == null) {
        f = fit(z, target, present, byCode);
        fits.put(present, f);
      }
      double v = f.intercept();
      for (int a = 0; a < f.predictors().length; a++) {
        if (f.used()[a]) {
          v += f.coefficients()[a] * (z[f.predictors()[a]][i] - f.means()[a]);
        }
      }
      if (draw > 0) {
        v += Math.sqrt(f.residualVariance())
            * ImputationDraws.stream(draw, c.unit(i), c.indicator()).nextGaussian();
      }
      out[i] = s.original(target, v);
    }
    return out;
  }

  private static Fit fit(double[][] z, int target, BitSet wanted, int[] byCode) {
    BitSet predictors = (BitSet) wanted.clone();
    int n = z[target].length;
    List<Integer> rows = rows(z, target, predictors, byCode);
    while (rows.isEmpty()) {
      int drop = -1;
      int fewest = Integer.MAX_VALUE;
      for (int j = predictors.nextSetBit(0); j >= 0; j = predictors.nextSetBit(j + 1)) {
        int together = 0;
        for (int i = 0; i < n; i++) {
          if (!Double.isNaN(z[j][i]) && !Double.isNaN(z[target][i])) {
            together++;
          }
        }
        if (together <= fewest) {
          fewest = together;
          drop = j;
        }
      }
      predictors.clear(drop);
      rows = rows(z, target, predictors, byCode);
    }
    // the set bits in ascending order, as BitSet.stream() gives them, without a stream
    int[] pred = new int[predictors.cardinality()];
    for (int j = predictors.nextSetBit(0), a = 0; j >= 0; j = predictors.nextSetBit(j + 1)) {
      pred[a++] = j;
    }
    int k = pred.length;
    int m = rows.size();
    double[] means = new double[k + 1];
    for (int i : rows) {
      for (int a = 0; a < k; a++) {
        means[a] += z[pred[a]][i];
      }
      means[k] += z[target][i];
    }
    for (int a = 0; a <= k; a++) {
      means[a] /= m;
    }
    double[][] g = new double[k + 1][k + 1];
    for (int i : rows) {
      for (int a = 0; a <= k; a++) {
        double da = value(z, pred, target, a, i) - means[a];
        for (int b = 0; b <= k; b++) {
          g[a][b] += da * (value(z, pred, target, b, i) - means[b]);
        }
      }
    }
    for (int a = 0; a <= k; a++) {
      for (int b = 0; b <= k; b++) {
        g[a][b] /= m;
      }
    }
    double[] own = new double[k + 1];
    for (int a = 0; a <= k; a++) {
      own[a] = g[a][a];
    }
    boolean[] used = new boolean[k];
    for (int a = 0; a < k; a++) {
      used[a] = Sweep.sweep(g, a, own[a]);
    }
    double[] coefficients = new double[k];
    for (int a = 0; a < k; a++) {
      coefficients[a] = used[a] ? g[a][k] : 0;
    }
    return new Fit(pred, used, coefficients, java.util.Arrays.copyOf(means, k), means[k],
        Math.max(0, g[k][k]));
  }

  private static double value(double[][] z, int[] pred, int target, int a, int row) {
    return a < pred.length ? z[pred[a]][row] : z[target][row];
  }

  /** The rows (in the order of unit codes) where the target and every predictor are present. */
  private static List<Integer> rows(double[][] z, int target, BitSet predictors, int[] byCode) {
    List<Integer> rows = new ArrayList<>();
    for (int i : byCode) {
      boolean all = !Double.isNaN(z[target][i]);
      for (int j = predictors.nextSetBit(0); all && j >= 0; j = predictors.nextSetBit(j + 1)) {
        all = !Double.isNaN(z[j][i]);
      }
      if (all) {
        rows.add(i);
      }
    }
    return rows;
  }
}
