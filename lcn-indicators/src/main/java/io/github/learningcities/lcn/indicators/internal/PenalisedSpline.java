package io.github.learningcities.lcn.indicators.internal;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The first-order correlation ratio {@code Var(E[Y | X]) / Var(Y)} estimated with a penalised
 * B-spline smoother (P-spline, Eilers and Marx 1996, "Flexible smoothing with B-splines and
 * penalties", Statistical Science 11): a cubic B-spline basis on {@value #SEGMENTS} equal
 * segments of the range of x, a second-order difference penalty on the coefficients, and the
 * penalty's weight chosen by generalised cross-validation (Craven and Wahba 1979) on a grid of
 * {@value #GRID} values spaced evenly in log scale. The penalty's null space holds the straight
 * lines, so a heavily penalised fit is the least-squares line and the ratio then is the squared
 * Pearson correlation; the fitted values have the mean of y, so the ratio is their variance over
 * that of y. x is mapped onto [0, 1] by its range, which makes the estimate invariant under
 * positive (and negative) affine changes of x and of y.
 *
 * <p>{@code G + lambda P} is banded (a point touches four neighbouring cubic B-splines, the
 * second-difference penalty couples coefficients two apart), so its Cholesky factor has the same
 * lower bandwidth of {@value #BAND} and is stored as {@code nb x (BAND + 1)}; the factorisation,
 * the substitutions and the effective-degrees trace visit only the band. The terms they skip are
 * exact zeros and the remaining ones are summed in the dense order, so every result carries the
 * same bits as the dense routines. An instance keeps its work arrays between fits and is
 * therefore not safe for use by several threads at once.
 *
 * @since 0.1.0
 */
public final class PenalisedSpline {
  /** Number of equal B-spline segments. */
  static final int SEGMENTS = 20;
  /** Number of penalty weights tried. */
  static final int GRID = 49;
  private static final double LOG_LOW = -6;
  private static final double LOG_HIGH = 6;

  /** Lower bandwidth of {@code G + lambda P} and of its Cholesky factor. */
  static final int BAND = 3;
  /** Stored entries per row: the band and the diagonal (slot {@code BAND}). */
  private static final int W = BAND + 1;

  private final int n;
  private final int nb;
  private final int[] segment;
  private final double[][] basis;
  private final double[] y;
  /** Lower band of P: entry (i, j), i - BAND <= j <= i, at {@code i * W + j - i + BAND}. */
  private final double[] penalty;
  private final double lambdaScale;
  // Work arrays, reused by every fit and resample.
  private final double[] gram;
  private final double[] moment;
  private final double[] factor;
  private final double[] forward;
  private final double[] coefficients;
  private final double[] fitted;
  private final double[] traceForward;
  private final double[] traceBackward;
  private double rss;

  /**
   * Prepares the basis of complete pairs.
   *
   * @param x the explanatory values, finite
   * @param y the response values, finite, as many as x
   */
  public PenalisedSpline(double[] x, double[] y) {
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
    gram = new double[nb * W];
    moment = new double[nb];
    factor = new double[nb * W];
    forward = new double[nb];
    coefficients = new double[nb];
    fitted = new double[n];
    traceForward = new double[nb];
    traceBackward = new double[nb];
    double traceG = 0;
    for (int i = 0; i < n; i++) {
      for (int a = 0; a < 4; a++) {
        traceG += basis[i][a] * basis[i][a];
      }
    }
    double traceP = 0;
    for (int a = 0; a < nb; a++) {
      traceP += penalty[a * W + BAND];
    }
    lambdaScale = traceP > 0 ? traceG / traceP : 1;
  }

  /** The outcome of a fit: the ratio, the penalty weight chosen and the effective degrees. */
  public record Fit(double ratio, double lambda, double effectiveDegrees) {}

  /**
   * Fits with the penalty weight that minimises the GCV score and returns the correlation ratio.
   *
   * @return the fit; ratio NaN when x or y is constant or there are fewer than 3 pairs
   */
  public Fit fit() {
    int[] rows = allRows();
    if (degenerate(rows)) {
      return new Fit(Double.NaN, Double.NaN, Double.NaN);
    }
    normalEquations(rows);
    double bestScore = Double.POSITIVE_INFINITY;
    double bestLambda = Double.NaN;
    double bestEdf = Double.NaN;
    double bestRatio = Double.NaN;
    for (int k = 0; k < GRID; k++) {
      double lambda = lambdaScale * Math.pow(10, LOG_LOW + (LOG_HIGH - LOG_LOW) * k / (GRID - 1));
      cholesky(lambda);
      solve();
      double edf = trace();
      double ratio = residualAndFitted(rows);
      double score = n * rss / ((n - edf) * (n - edf));
      if (score < bestScore) {
        bestScore = score;
        bestLambda = lambda;
        bestEdf = edf;
        bestRatio = ratio;
      }
    }
    return new Fit(bestRatio, bestLambda, bestEdf);
  }

  /** The effective degrees of the fit on all rows with the given penalty weight. */
  double effectiveDegrees(double lambda) {
    normalEquations(allRows());
    cholesky(lambda);
    return trace();
  }

  private int[] allRows() {
    int[] rows = new int[n];
    for (int i = 0; i < n; i++) {
      rows[i] = i;
    }
    return rows;
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
  public double[] bootstrap(double lambda, int resamples, double confidence,
      SplittableRandom random) {
    double[] sorted = bootstrapRatios(lambda, resamples, random);
    if (sorted.length == 0) {
      return new double[] {Double.NaN, Double.NaN};
    }
    Arrays.sort(sorted);
    double tail = (1 - confidence) / 2;
    return new double[] {quantile(sorted, tail), quantile(sorted, 1 - tail)};
  }

  /** Every defined resample's ratio, in the order drawn. */
  double[] bootstrapRatios(double lambda, int resamples, SplittableRandom random) {
    double[] ratios = new double[resamples];
    int defined = 0;
    int[] rows = new int[n];
    for (int b = 0; b < resamples; b++) {
      for (int i = 0; i < n; i++) {
        rows[i] = random.nextInt(n);
      }
      if (degenerate(rows)) {
        continue;
      }
      normalEquations(rows);
      cholesky(lambda);
      solve();
      ratios[defined++] = residualAndFitted(rows);
    }
    return Arrays.copyOf(ratios, defined);
  }

  /** Type-7 quantile (R's default) of sorted values. */
  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
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

  /** Fills the lower band of G and the vector B'y over the given rows. */
  private void normalEquations(int[] rows) {
    double[] g = gram;
    double[] r = moment;
    Arrays.fill(g, 0);
    Arrays.fill(r, 0);
    for (int i : rows) {
      int s = segment[i];
      double[] b = basis[i];
      double yi = y[i];
      for (int p = 0; p < 4; p++) {
        r[s + p] += b[p] * yi;
        int row = (s + p) * W + BAND - p;
        for (int q = 0; q <= p; q++) {
          g[row + q] += b[p] * b[q];
        }
      }
    }
  }

  /**
   * The ratio (variance of the fitted values over that of y) of the current coefficients on the
   * given rows; leaves the residual sum of squares in {@link #rss}.
   */
  private double residualAndFitted(int[] rows) {
    double[] a = coefficients;
    double[] f = fitted;
    double meanY = 0;
    double meanF = 0;
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
    double sumE = 0;
    double varY = 0;
    double varF = 0;
    for (int k = 0; k < rows.length; k++) {
      double dy = y[rows[k]] - meanY;
      double df = f[k] - meanF;
      double e = y[rows[k]] - f[k];
      sumE += e * e;
      varY += dy * dy;
      varF += df * df;
    }
    rss = sumE;
    return varY > 0 ? Math.min(1, varF / varY) : Double.NaN;
  }

  private static double[] secondDifferencePenalty(int nb) {
    double[] p = new double[nb * W];
    double[] d = {1, -2, 1};
    for (int row = 0; row < nb - 2; row++) {
      for (int a = 0; a < 3; a++) {
        for (int b = 0; b <= a; b++) {
          p[(row + a) * W + BAND - a + b] += d[a] * d[b];
        }
      }
    }
    return p;
  }

  /** Lower banded Cholesky factor of G + lambda P into {@link #factor}. */
  private void cholesky(double lambda) {
    double[] l = factor;
    double[] g = gram;
    for (int i = 0; i < nb; i++) {
      int lo = Math.max(0, i - BAND);
      int rowI = i * W + BAND - i;
      for (int j = lo; j <= i; j++) {
        int rowJ = j * W + BAND - j;
        double sum = g[rowI + j] + lambda * penalty[rowI + j];
        // l(i, k) is zero below k = i - BAND, and l(j, k) below j - BAND <= i - BAND
        for (int k = lo; k < j; k++) {
          sum -= l[rowI + k] * l[rowJ + k];
        }
        if (i == j) {
          // A basis function no point reaches has a zero row in G: the penalty alone keeps the
          // system positive definite, but rounding may leave a tiny negative pivot.
          l[rowI + i] = Math.sqrt(Math.max(sum, 1e-300));
        } else {
          l[rowI + j] = sum / l[rowJ + j];
        }
      }
    }
  }

  /** Solves (G + lambda P) a = B'y with the current factor into {@link #coefficients}. */
  private void solve() {
    double[] l = factor;
    double[] z = forward;
    double[] a = coefficients;
    for (int i = 0; i < nb; i++) {
      int rowI = i * W + BAND - i;
      double sum = moment[i];
      for (int k = Math.max(0, i - BAND); k < i; k++) {
        sum -= l[rowI + k] * z[k];
      }
      z[i] = sum / l[rowI + i];
    }
    backSubstitute(z, a, 0);
  }

  /** Solves L' a = z for a[nb - 1] down to a[to], each from the band below it in L. */
  private void backSubstitute(double[] z, double[] a, int to) {
    double[] l = factor;
    for (int i = nb - 1; i >= to; i--) {
      double sum = z[i];
      int last = Math.min(nb - 1, i + BAND);
      for (int k = i + 1; k <= last; k++) {
        sum -= l[k * W + BAND - k + i] * a[k];
      }
      a[i] = sum / l[i * W + BAND];
    }
  }

  /**
   * trace((G + lambda P)^-1 G): the effective degrees of freedom of the fit. Column c of G is
   * zero above row c - BAND, so the forward solution is too and starts there; of the backward
   * solution only rows c and below (in the order of solving) are needed.
   */
  private double trace() {
    double[] l = factor;
    double[] g = gram;
    double[] z = traceForward;
    double[] a = traceBackward;
    double tr = 0;
    for (int c = 0; c < nb; c++) {
      int top = Math.max(0, c - BAND);
      for (int i = top; i < nb; i++) {
        int rowI = i * W + BAND - i;
        double sum;
        if (i <= c) {
          sum = g[c * W + BAND - c + i];
        } else if (i - c <= BAND) {
          sum = g[rowI + c];
        } else {
          sum = 0;
        }
        for (int k = Math.max(top, i - BAND); k < i; k++) {
          sum -= l[rowI + k] * z[k];
        }
        z[i] = sum / l[rowI + i];
      }
      backSubstitute(z, a, c);
      tr += a[c];
    }
    return tr;
  }
}
