package io.github.learningcities.lcn.indicators.internal;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The dense reference for {@link PenalisedSpline}: the smoother as it was before its Cholesky
 * factor, substitutions and effective-degrees trace used the band of {@code G + lambda P}, kept
 * verbatim (full {@code nb x nb} loops, fresh arrays per step) so the properties can show that
 * the banded routines give the same bits. Only {@link #effectiveDegrees} and
 * {@link #bootstrapRatios} (the resampling loop of {@link #bootstrap}, moved) are added, built
 * from the original private routines, to expose intermediate results.
 */
final class DensePenalisedSpline {
  /** Number of equal B-spline segments. */
  static final int SEGMENTS = 20;
  /** Number of penalty weights tried. */
  static final int GRID = 49;
  private static final double LOG_LOW = -6;
  private static final double LOG_HIGH = 6;

  private final int n;
  private final int nb;
  private final int[] segment;
  private final double[][] basis;
  private final double[] y;
  private final double[] penalty;
  private final double lambdaScale;

  /**
   * Prepares the basis of complete pairs.
   *
   * @param x the explanatory values, finite
   * @param y the response values, finite, as many as x
   */
  DensePenalisedSpline(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("x and y differ in length");
    }
    this.n = x.length;
    this.nb = SEGMENTS + 3;
    this.y = y.clone();
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    double width = hi - lo;
    segment = new int[n];
    basis = new double[n][4];
    for (int i = 0; i < n; i++) {
      double u = width > 0 ? (x[i] - lo) / width * SEGMENTS : 0;
      int s = Math.min((int) Math.floor(u), SEGMENTS - 1);
      double t = u - s;
      double t2 = t * t;
      double t3 = t2 * t;
      double m = 1 - t;
      segment[i] = s;
      basis[i][0] = m * m * m / 6;
      basis[i][1] = (3 * t3 - 6 * t2 + 4) / 6;
      basis[i][2] = (-3 * t3 + 3 * t2 + 3 * t + 1) / 6;
      basis[i][3] = t3 / 6;
    }
    penalty = secondDifferencePenalty(nb);
    double traceG = 0;
    for (int i = 0; i < n; i++) {
      for (int a = 0; a < 4; a++) {
        traceG += basis[i][a] * basis[i][a];
      }
    }
    double traceP = 0;
    for (int a = 0; a < nb; a++) {
      traceP += penalty[a * nb + a];
    }
    lambdaScale = traceP > 0 ? traceG / traceP : 1;
  }

  /** The outcome of a fit: the ratio, the penalty weight chosen and the effective degrees. */
  record Fit(double ratio, double lambda, double effectiveDegrees) {}

  /**
   * Fits with the penalty weight that minimises the GCV score and returns the correlation ratio.
   *
   * @return the fit; ratio NaN when x or y is constant or there are fewer than 3 pairs
   */
  Fit fit() {
    int[] rows = new int[n];
    for (int i = 0; i < n; i++) {
      rows[i] = i;
    }
    if (degenerate(rows)) {
      return new Fit(Double.NaN, Double.NaN, Double.NaN);
    }
    double[] g = new double[nb * nb];
    double[] r = new double[nb];
    normalEquations(rows, g, r);
    double bestScore = Double.POSITIVE_INFINITY;
    double bestLambda = Double.NaN;
    double bestEdf = Double.NaN;
    double bestRatio = Double.NaN;
    for (int k = 0; k < GRID; k++) {
      double lambda = lambdaScale * Math.pow(10, LOG_LOW + (LOG_HIGH - LOG_LOW) * k / (GRID - 1));
      double[] chol = cholesky(g, lambda);
      double[] a = solve(chol, r);
      double edf = trace(chol, g);
      double[] moments = residualAndFitted(rows, a);
      double score = n * moments[0] / ((n - edf) * (n - edf));
      if (score < bestScore) {
        bestScore = score;
        bestLambda = lambda;
        bestEdf = edf;
        bestRatio = moments[1];
      }
    }
    return new Fit(bestRatio, bestLambda, bestEdf);
  }

  /**
   * Bootstrap percentile interval of the ratio: the rows are resampled with replacement and
   * refitted with the given penalty weight (the smoothing parameter is held at the one chosen on
   * the whole sample, the usual conditional bootstrap of a smoother).
   *
   * @param lambda the penalty weight
   * @param resamples the number of resamples, at least 1
   * @param confidence the two-sided level, between 0 and 1
   * @param random the random stream (consumed)
   * @return {low, high}; NaN when no resample had a defined ratio
   */
  double[] bootstrap(double lambda, int resamples, double confidence,
      SplittableRandom random) {
    double[] sorted = bootstrapRatios(lambda, resamples, random);
    if (sorted.length == 0) {
      return new double[] {Double.NaN, Double.NaN};
    }
    Arrays.sort(sorted);
    double tail = (1 - confidence) / 2;
    return new double[] {PenalisedSpline.quantile(sorted, tail),
        PenalisedSpline.quantile(sorted, 1 - tail)};
  }

  /** The effective degrees of the fit on all rows with the given penalty weight. */
  double effectiveDegrees(double lambda) {
    int[] rows = new int[n];
    for (int i = 0; i < n; i++) {
      rows[i] = i;
    }
    double[] g = new double[nb * nb];
    double[] r = new double[nb];
    normalEquations(rows, g, r);
    return trace(cholesky(g, lambda), g);
  }

  /** Every resample's ratio, in the order drawn, as {@link #bootstrap} computes them. */
  double[] bootstrapRatios(double lambda, int resamples, SplittableRandom random) {
    double[] ratios = new double[resamples];
    int defined = 0;
    int[] rows = new int[n];
    double[] g = new double[nb * nb];
    double[] r = new double[nb];
    for (int b = 0; b < resamples; b++) {
      for (int i = 0; i < n; i++) {
        rows[i] = random.nextInt(n);
      }
      if (degenerate(rows)) {
        continue;
      }
      normalEquations(rows, g, r);
      double[] a = solve(cholesky(g, lambda), r);
      ratios[defined++] = residualAndFitted(rows, a)[1];
    }
    return Arrays.copyOf(ratios, defined);
  }

  private boolean degenerate(int[] rows) {
    if (rows.length < 3) {
      return true;
    }
    boolean xVaries = false;
    boolean yVaries = false;
    int first = rows[0];
    for (int i : rows) {
      xVaries |= segment[i] != segment[first] || basis[i][3] != basis[first][3];
      yVaries |= y[i] != y[first];
    }
    return !xVaries || !yVaries;
  }

  private void normalEquations(int[] rows, double[] g, double[] r) {
    Arrays.fill(g, 0);
    Arrays.fill(r, 0);
    for (int i : rows) {
      int s = segment[i];
      double[] b = basis[i];
      for (int p = 0; p < 4; p++) {
        r[s + p] += b[p] * y[i];
        for (int q = 0; q < 4; q++) {
          g[(s + p) * nb + s + q] += b[p] * b[q];
        }
      }
    }
  }

  /** {residual sum of squares, variance of the fitted values over the variance of y}. */
  private double[] residualAndFitted(int[] rows, double[] a) {
    double meanY = 0;
    double meanF = 0;
    double[] f = new double[rows.length];
    for (int k = 0; k < rows.length; k++) {
      int i = rows[k];
      int s = segment[i];
      double[] b = basis[i];
      f[k] = b[0] * a[s] + b[1] * a[s + 1] + b[2] * a[s + 2] + b[3] * a[s + 3];
      meanY += y[i];
      meanF += f[k];
    }
    meanY /= rows.length;
    meanF /= rows.length;
    double rss = 0;
    double varY = 0;
    double varF = 0;
    for (int k = 0; k < rows.length; k++) {
      double dy = y[rows[k]] - meanY;
      double df = f[k] - meanF;
      double e = y[rows[k]] - f[k];
      rss += e * e;
      varY += dy * dy;
      varF += df * df;
    }
    double ratio = varY > 0 ? Math.min(1, varF / varY) : Double.NaN;
    return new double[] {rss, ratio};
  }

  private static double[] secondDifferencePenalty(int nb) {
    double[] p = new double[nb * nb];
    double[] d = {1, -2, 1};
    for (int row = 0; row < nb - 2; row++) {
      for (int a = 0; a < 3; a++) {
        for (int b = 0; b < 3; b++) {
          p[(row + a) * nb + row + b] += d[a] * d[b];
        }
      }
    }
    return p;
  }

  /** Lower Cholesky factor of G + lambda P, row-major. */
  private double[] cholesky(double[] g, double lambda) {
    double[] l = new double[nb * nb];
    for (int i = 0; i < nb; i++) {
      for (int j = 0; j <= i; j++) {
        double sum = g[i * nb + j] + lambda * penalty[i * nb + j];
        for (int k = 0; k < j; k++) {
          sum -= l[i * nb + k] * l[j * nb + k];
        }
        if (i == j) {
          // A basis function no point reaches has a zero row in G: the penalty alone keeps the
          // system positive definite, but rounding may leave a tiny negative pivot.
          l[i * nb + i] = Math.sqrt(Math.max(sum, 1e-300));
        } else {
          l[i * nb + j] = sum / l[j * nb + j];
        }
      }
    }
    return l;
  }

  private double[] solve(double[] l, double[] r) {
    double[] z = new double[nb];
    for (int i = 0; i < nb; i++) {
      double sum = r[i];
      for (int k = 0; k < i; k++) {
        sum -= l[i * nb + k] * z[k];
      }
      z[i] = sum / l[i * nb + i];
    }
    double[] a = new double[nb];
    for (int i = nb - 1; i >= 0; i--) {
      double sum = z[i];
      for (int k = i + 1; k < nb; k++) {
        sum -= l[k * nb + i] * a[k];
      }
      a[i] = sum / l[i * nb + i];
    }
    return a;
  }

  /** trace((G + lambda P)^-1 G): the effective degrees of freedom of the fit. */
  private double trace(double[] l, double[] g) {
    double tr = 0;
    double[] column = new double[nb];
    for (int c = 0; c < nb; c++) {
      for (int i = 0; i < nb; i++) {
        column[i] = g[i * nb + c];
      }
      tr += solve(l, column)[c];
    }
    return tr;
  }
}
