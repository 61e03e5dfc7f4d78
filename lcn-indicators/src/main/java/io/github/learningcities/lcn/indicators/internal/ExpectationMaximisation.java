package io.github.learningcities.lcn.indicators.internal;

import io.github.learningcities.lcn.indicators.method.Imputer;
import io.github.learningcities.lcn.indicators.method.Parameters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Imputation by expectation-maximisation under a multivariate normal model of all indicators
 * (Dempster, Laird and Rubin 1977; Little and Rubin, Statistical Analysis with Missing Data,
 * chapter 11).
 *
 * <p>The algorithm, in standard units (each indicator centred and scaled by its present values'
 * mean and standard deviation, so that the result does not depend on units of measurement):
 * <ol>
 *   <li>Start: mean vector 0 (the present values' means), covariance diagonal with the present
 *       values' variances (no correlations assumed).
 *   <li>E-step: for each unit, the missing indicators' conditional mean given its present ones,
 *       mu_M + S_MO S_OO^- (x_O - mu_O), and conditional covariance S_MM - S_MO S_OO^- S_OM,
 *       both from the sweep operator ({@link Sweep}); a unit with nothing present gets the mean.
 *   <li>M-step: the maximum-likelihood mean and covariance (divisor n) of the completed data,
 *       with the conditional covariances added to the cross-products.
 *   <li>Stop when no entry of the mean or covariance moved by more than {@code tolerance}
 *       (standard units, default 1e-8), or after {@code maxIterations} (default 1000) with a
 *       note {@code em-not-converged} giving the last change.
 * </ol>
 * When the covariance is singular (fewer units than indicators, constant or collinear
 * indicators), the sweep leaves out each present indicator whose variance given the ones
 * already used is below 1e-10 of its own: the conditional mean is then computed from a maximal
 * set of linearly independent present indicators (a generalised inverse of S_OO).
 *
 * <p>Imputations are the conditional means at the final estimates. With {@code draw} d >= 1 (a
 * replication of multiple imputation), each unit's missing cells are instead drawn from their
 * conditional normal distribution, mean plus a Cholesky factor of the conditional covariance
 * times standard normal deviates from the unit's own stream ({@link ImputationDraws}). The
 * parameters are those of the maximum-likelihood fit, not drawn from their posterior, so the
 * spread between replications reflects the residual uncertainty of each cell, not the
 * uncertainty of the model's estimates.
 *
 * <p>The fit depends only on the data and the stopping rule, not on the draw: the last eight
 * fits are kept and reused, so the m replications of multiple imputation in an uncertainty
 * analysis cost one fit and m draws. Complete data are returned unchanged. Indicators without any present value are left out
 * of the model and stay missing.
 *
 * @since 0.1.0
 */
public final class ExpectationMaximisation {
  private ExpectationMaximisation() {}

  /**
   * Imputes one column from the run's shared fit.
   *
   * @param x the column
   * @param p the parameters
   * @param c the context
   * @return the imputed column
   */
  static double[] impute(double[] x, Parameters p, Imputer.Context c) {
    double[][] all = c.perRun("em " + p, new CompleteAll(p, c));
    return all[c.indicators().indexOf(c.indicator())];
  }

  /**
   * Every column completed, computed once per run: a named class rather than a lambda, so that
   * imputing links no call site on a short run's path.
   */
  private static final class CompleteAll implements Supplier<double[][]> {
    private final Parameters parameters;
    private final Imputer.Context context;

    CompleteAll(Parameters parameters, Imputer.Context context) {
      this.parameters = parameters;
      this.context = context;
    }

    @Override
    public double[][] get() {
      return completeAll(parameters, context);
    }
  }

  /** Whether a row has a missing (NaN) entry. */
  private static boolean hasMissing(double[] row) {
    for (double v : row) {
      if (Double.isNaN(v)) {
        return true;
      }
    }
    return false;
  }

  private static double[][] completeAll(Parameters p, Imputer.Context c) {
    double[][] cols = c.columns();
    int k = cols.length;
    int n = k == 0 ? 0 : cols[0].length;
    double[][] out = new double[k][];
    for (int j = 0; j < k; j++) {
      out[j] = cols[j].clone();
    }
    if (!anyMissing(cols)) {
      return out;
    }
    StandardisedColumns s = StandardisedColumns.of(cols);
    int q0 = 0;
    for (int j = 0; j < k; j++) {
      if (!s.empty()[j]) {
        q0++;
      }
    }
    int[] active = new int[q0];
    for (int j = 0, a = 0; j < k; j++) {
      if (!s.empty()[j]) {
        active[a++] = j;
      }
    }
    int q = active.length;
    // Rows in the order of the units' codes: every sum, and so the result, is then bit for bit
    // the same whatever the order of the units.
    int[] rows = StandardisedColumns.byUnitCode(n, c);
    double[][] z = new double[n][q];
    for (int i = 0; i < n; i++) {
      for (int a = 0; a < q; a++) {
        z[i][a] = s.z()[active[a]][rows[i]];
      }
    }
    int maxIterations = (int) p.number("maxIterations", 1000);
    double tolerance = p.number("tolerance", 1e-8);
    Fit fit = fit(new FitKey(z, maxIterations, tolerance));
    double[] mu = fit.mu();
    double[][] sigma = fit.sigma();
    double change = fit.change();
    if (!(change <= tolerance)) {
      c.note("em-not-converged", Optional.empty(), "expectation-maximisation stopped after "
          + maxIterations + " iterations (maxIterations) with a last change of " + change
          + " in standard units, above the tolerance " + tolerance + "; the imputations are "
          + "those of the last iteration");
    }
    int draw = (int) p.number("draw", 0);
    Map<BitSet, Conditional> swept = new HashMap<>();
    for (int i = 0; i < n; i++) {
      double[] row = z[i];
      Conditional g = conditional(row, mu, sigma, swept);
      double[] filled = filled(row, mu, g);
      if (draw > 0) {
        addNoise(row, filled, g.g(), ImputationDraws.stream(draw, c.unit(rows[i]), ""));
      }
      for (int a = 0; a < q; a++) {
        if (Double.isNaN(row[a])) {
          out[active[a]][rows[i]] = s.original(active[a], filled[a]);
        }
      }
    }
    return out;
  }

  /**
   * What a fit depends on: the standardised data (rows in the order of unit codes) and the
   * stopping rule; the draw does not enter, so the replications of multiple imputation share
   * one fit.
   */
  private record FitKey(double[][] z, int maxIterations, double tolerance) {
    @Override
    public boolean equals(Object o) {
      return o instanceof FitKey k && maxIterations == k.maxIterations
          && Double.compare(tolerance, k.tolerance) == 0 && Arrays.deepEquals(z, k.z);
    }

    @Override
    public int hashCode() {
      return 31 * (31 * Arrays.deepHashCode(z) + maxIterations) + Double.hashCode(tolerance);
    }
  }

  /** The maximum-likelihood estimates, and the last change (above tolerance: not converged). */
  private record Fit(double[] mu, double[][] sigma, double change) {}

  /**
   * The last few fits: an uncertainty analysis runs the same data through many replications
   * that differ only in their draw (or in later steps), and a fit is deterministic, so it is
   * computed once. Bounded, so a long-lived engine holds at most {@link #CACHED} fits.
   */
  private static final int CACHED = 8;

  private static final Map<FitKey, Fit> FITS = new java.util.LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<FitKey, Fit> eldest) {
      return size() > CACHED;
    }
  };

  private static Fit fit(FitKey key) {
    synchronized (FITS) {
      Fit f = FITS.get(key);
      if (f != null) {
        return f;
      }
    }
    // Computed outside the lock: two threads may both compute a fit, with the same result.
    Fit f = iterate(key.z(), key.maxIterations(), key.tolerance());
    synchronized (FITS) {
      FITS.put(key, f);
    }
    return f;
  }

  private static Fit iterate(double[][] z, int maxIterations, double tolerance) {
    int n = z.length;
    int q = n == 0 ? 0 : z[0].length;
    double[] mu = new double[q];
    double[][] sigma = new double[q][q];
    for (int a = 0; a < q; a++) {
      double ss = 0;
      int m = 0;
      for (int i = 0; i < n; i++) {
        if (!Double.isNaN(z[i][a])) {
          ss += z[i][a] * z[i][a];
          m++;
        }
      }
      sigma[a][a] = ss / m;
    }
    // Complete rows add the same to the sums in every iteration: added once.
    double[] completeSum = new double[q];
    double[][] completeCross = new double[q][q];
    List<double[]> incomplete = new ArrayList<>();
    for (double[] row : z) {
      if (hasMissing(row)) {
        incomplete.add(row);
        continue;
      }
      for (int a = 0; a < q; a++) {
        completeSum[a] += row[a];
        for (int b = 0; b < q; b++) {
          completeCross[a][b] += row[a] * row[b];
        }
      }
    }
    double change = Double.POSITIVE_INFINITY;
    int iteration = 0;
    while (iteration < maxIterations && !(change <= tolerance)) {
      iteration++;
      double[] sum = completeSum.clone();
      double[][] cross = Sweep.copy(completeCross);
      Map<BitSet, Conditional> swept = new HashMap<>();
      for (double[] row : incomplete) {
        Conditional g = conditional(row, mu, sigma, swept);
        double[] filled = filled(row, mu, g);
        for (int a = 0; a < q; a++) {
          sum[a] += filled[a];
          for (int b = 0; b < q; b++) {
            cross[a][b] += filled[a] * filled[b];
            if (Double.isNaN(row[a]) && Double.isNaN(row[b])) {
              cross[a][b] += g.g()[a][b];
            }
          }
        }
      }
      change = 0;
      double[] newMu = new double[q];
      for (int a = 0; a < q; a++) {
        newMu[a] = sum[a] / n;
        change = Math.max(change, Math.abs(newMu[a] - mu[a]));
      }
      for (int a = 0; a < q; a++) {
        for (int b = 0; b < q; b++) {
          double v = cross[a][b] / n - newMu[a] * newMu[b];
          change = Math.max(change, Math.abs(v - sigma[a][b]));
          sigma[a][b] = v;
        }
      }
      mu = newMu;
    }
    return new Fit(mu, sigma, change);
  }

  private static boolean anyMissing(double[][] cols) {
    for (double[] col : cols) {
      for (double v : col) {
        if (Double.isNaN(v)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A covariance swept on a set of pivots, and which of them were swept (not aliased). */
  private record Conditional(double[][] g, boolean[] swept) {}

  /** The covariance swept on a row's present indicators (one sweep per missingness pattern). */
  private static Conditional conditional(double[] row, double[] mu, double[][] sigma,
      Map<BitSet, Conditional> cache) {
    BitSet present = new BitSet(row.length);
    for (int a = 0; a < row.length; a++) {
      if (!Double.isNaN(row[a])) {
        present.set(a);
      }
    }
    Conditional known = cache.get(present);
    if (known != null) {
      return known;
    }
    double[][] g = Sweep.copy(sigma);
    boolean[] swept = new boolean[sigma.length];
    for (int a = present.nextSetBit(0); a >= 0; a = present.nextSetBit(a + 1)) {
      swept[a] = Sweep.sweep(g, a, sigma[a][a]);
    }
    Conditional made = new Conditional(g, swept);
    cache.put(present, made);
    return made;
  }

  /** The row with its missing entries replaced by their conditional means. */
  private static double[] filled(double[] row, double[] mu, Conditional c) {
    double[][] g = c.g();
    int q = row.length;
    double[] out = row.clone();
    for (int m = 0; m < q; m++) {
      if (!Double.isNaN(row[m])) {
        continue;
      }
      double v = mu[m];
      for (int o = 0; o < q; o++) {
        if (c.swept()[o]) {
          v += g[m][o] * (row[o] - mu[o]);
        }
      }
      out[m] = v;
    }
    return out;
  }

  /** Adds L e to the missing entries, where L L' is their conditional covariance. */
  private static void addNoise(double[] row, double[] filled, double[][] g,
      SplittableRandom random) {
    int[] missing = new int[row.length];
    int count = 0;
    for (int a = 0; a < row.length; a++) {
      if (Double.isNaN(row[a])) {
        missing[count++] = a;
      }
    }
    missing = Arrays.copyOf(missing, count);
    int r = missing.length;
    double[][] l = new double[r][r];
    for (int a = 0; a < r; a++) {
      for (int b = 0; b <= a; b++) {
        double v = g[missing[a]][missing[b]];
        for (int t = 0; t < b; t++) {
          v -= l[a][t] * l[b][t];
        }
        if (a == b) {
          // A (numerically) non-positive pivot is a degenerate direction: no noise along it.
          l[a][a] = v > Sweep.ALIASED * Math.max(g[missing[a]][missing[a]], 0) ? Math.sqrt(v)
              : 0;
        } else {
          l[a][b] = l[b][b] == 0 ? 0 : v / l[b][b];
        }
      }
    }
    double[] e = new double[r];
    for (int a = 0; a < r; a++) {
      e[a] = random.nextGaussian();
    }
    for (int a = 0; a < r; a++) {
      double v = 0;
      for (int b = 0; b <= a; b++) {
        v += l[a][b] * e[b];
      }
      filled[missing[a]] += v;
    }
  }
}
