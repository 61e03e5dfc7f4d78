package io.github.learningcities.lcn.indicators.uncertainty;

import io.github.learningcities.lcn.indicators.data.Unit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Sobol indices from a Saltelli design: rows A (0..N-1), B (N..2N-1), then A with column i from
 * B for each factor i. With V the sample variance of (y_A, y_B): S_i = mean(y_B (y_ABi - y_A)) /
 * V (Saltelli 2010) and ST_i = mean((y_A - y_ABi)^2) / (2 V) (Jansen), as COINr's
 * {@code SA_estimate}; confidence intervals from bootstrap resamples of the rows.
 */
final class SobolEstimator {
  private SobolEstimator() {}

  static Sensitivity estimate(List<Factor> factors, int n, int[][] ranks, int[] nominalRanks,
      List<Unit> units, UncertaintySpec spec) {
    int d = factors.size();
    int blocks = d + 2;
    boolean[] usable = new boolean[n];
    int failed = 0;
    for (int j = 0; j < n; j++) {
      boolean ok = true;
      for (int b = 0; b < blocks; b++) {
        ok &= ranks[b * n + j] != null;
      }
      usable[j] = ok;
      if (!ok) {
        failed++;
      }
    }
    // Output 1: mean absolute rank change versus nominal.
    double[] y = new double[blocks * n];
    for (int r = 0; r < y.length; r++) {
      y[r] = ranks[r] == null ? Double.NaN : meanAbsoluteRankChange(ranks[r], nominalRanks);
    }
    int[] rows = usableRows(usable, n);
    long seed = spec.seed();
    List<SobolIndices> main = indices(factors, y, n, rows, spec, seed);
    Map<Integer, List<SobolIndices>> convergence = new TreeMap<>();
    for (int div : new int[] {8, 4, 2, 1}) {
      int m = n / div;
      if (m >= 4) {
        // all n points with the same seed are the main indices themselves
        convergence.put(m, m == n ? main
            : indices(factors, y, n, usableRows(usable, m), spec, seed));
      }
    }
    List<String> codes = units.stream().map(Unit::code).toList();
    return new Sensitivity(main, convergence, failed,
        new UnitOutputs(factors, n, ranks, usable, codes, spec));
  }

  /** What the per-unit indices are computed from, on demand. */
  static final class UnitOutputs {
    private final List<Factor> factors;
    private final int n;
    private final int[][] ranks;
    private final boolean[] usable;
    private final List<String> codes;
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final UncertaintySpec spec;

    UnitOutputs(List<Factor> factors, int n, int[][] ranks, boolean[] usable, List<String> codes,
        UncertaintySpec spec) {
      this.factors = factors;
      this.n = n;
      this.ranks = ranks;
      this.usable = usable;
      this.codes = codes;
      this.spec = spec;
      for (int i = 0; i < codes.size(); i++) {
        index.put(codes.get(i), i);
      }
    }

    List<String> codes() {
      return codes;
    }

    List<SobolIndices> indices(String unit) {
      Integer i = index.get(unit);
      if (i == null) {
        throw new io.github.learningcities.lcn.indicators.IndicatorsException("unit '" + unit
            + "' was not analysed; expected one of the nominal results' units");
      }
      int blocks = factors.size() + 2;
      double[] yi = new double[blocks * n];
      boolean[] ok = usable.clone();
      for (int r = 0; r < yi.length; r++) {
        if (ranks[r] == null || ranks[r][i] == 0) {
          yi[r] = Double.NaN;
          ok[r % n] = false;
        } else {
          yi[r] = ranks[r][i];
        }
      }
      return SobolEstimator.indices(factors, yi, n, usableRows(ok, n), spec,
          spec.seed() + 1 + i);
    }
  }

  private static int[] usableRows(boolean[] usable, int limit) {
    int[] rows = new int[limit];
    int k = 0;
    for (int j = 0; j < limit; j++) {
      if (usable[j]) {
        rows[k++] = j;
      }
    }
    return Arrays.copyOf(rows, k);
  }

  static double meanAbsoluteRankChange(int[] ranks, int[] nominal) {
    double s = 0;
    int k = 0;
    for (int i = 0; i < ranks.length; i++) {
      if (ranks[i] != 0 && nominal[i] != 0) {
        s += Math.abs(ranks[i] - nominal[i]);
        k++;
      }
    }
    return k == 0 ? 0 : s / k;
  }

  private static List<SobolIndices> indices(List<Factor> factors, double[] y, int n, int[] rows,
      UncertaintySpec spec, long seed) {
    int d = factors.size();
    int m = rows.length;
    List<SobolIndices> out = new ArrayList<>(d);
    double[][] boot = new double[2 * d][spec.bootstrap()];
    SplittableRandom rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
    int[] pick = new int[m];
    double[] e = new double[2 * d];
    for (int b = 0; b < spec.bootstrap(); b++) {
      resampledEstimates(y, n, d, rows, rnd, pick, e);
      for (int i = 0; i < 2 * d; i++) {
        boot[i][b] = e[i];
      }
    }
    double[] point = estimates(y, n, d, rows);
    double lowP = (1 - spec.confidence()) / 2;
    double highP = 1 - lowP;
    for (int i = 0; i < d; i++) {
      double[] sb = boot[i].clone();
      double[] tb = boot[d + i].clone();
      Arrays.sort(sb);
      Arrays.sort(tb);
      out.add(new SobolIndices(factors.get(i).name(), point[i],
          UncertaintyAnalysis.quantile(sb, lowP), UncertaintyAnalysis.quantile(sb, highP),
          point[d + i], UncertaintyAnalysis.quantile(tb, lowP),
          UncertaintyAnalysis.quantile(tb, highP)));
    }
    return out;
  }

  /** First-order then total indices of each factor over the given rows. */
  static double[] estimates(double[] y, int n, int d, int[] rows) {
    int m = rows.length;
    double[] out = new double[2 * d];
    if (m < 2) {
      Arrays.fill(out, Double.NaN);
      return out;
    }
    double sum = 0;
    for (int j : rows) {
      sum += y[j] + y[n + j];
    }
    finish(y, n, d, rows, sum, out);
    return out;
  }

  /**
   * The estimates over a bootstrap resample of the rows, into {@code out}: {@code m} rows drawn
   * with replacement from {@code rnd} into {@code pick}, then {@link #estimates} over them. The
   * draws and the sum of the mean share one pass; the result and the random numbers drawn are
   * those of drawing first and estimating after.
   */
  static void resampledEstimates(double[] y, int n, int d, int[] rows, SplittableRandom rnd,
      int[] pick, double[] out) {
    int m = rows.length;
    double sum = 0;
    for (int k = 0; k < m; k++) {
      int j = rows[rnd.nextInt(m)];
      pick[k] = j;
      sum += y[j] + y[n + j];
    }
    if (m < 2) {
      Arrays.fill(out, Double.NaN);
      return;
    }
    finish(y, n, d, pick, sum, out);
  }

  /**
   * The estimates from the sum of both base blocks over the rows. The pass that accumulates the
   * variance's squares also accumulates the first factor's first-order and total sums (in local
   * variables, each in row order as a separate pass would, so the same bits); any further
   * factor takes a pass of its own, as before.
   */
  private static void finish(double[] y, int n, int d, int[] rows, double sum, double[] out) {
    int m = rows.length;
    double mean = sum / (2.0 * m);
    // without a factor the third block does not exist: the first block stands in, unused
    int ab = d > 0 ? 2 * n : 0;
    double ss = 0;
    double first = 0;
    double total = 0;
    for (int j : rows) {
      double ya = y[j];
      double yb = y[n + j];
      double yab = y[ab + j];
      ss += (ya - mean) * (ya - mean) + (yb - mean) * (yb - mean);
      first += yb * (yab - ya);
      total += (ya - yab) * (ya - yab);
    }
    double v = ss / (2.0 * m - 1);
    for (int i = 0; i < d; i++) {
      if (!(v > 0)) {
        out[i] = 0;
        out[d + i] = 0;
        continue;
      }
      if (i > 0) {
        int abi = (2 + i) * n;
        first = 0;
        total = 0;
        for (int j : rows) {
          double ya = y[j];
          double yab = y[abi + j];
          first += y[n + j] * (yab - ya);
          total += (ya - yab) * (ya - yab);
        }
      }
      out[i] = first / m / v;
      out[d + i] = total / (2.0 * m) / v;
    }
  }
}
