package io.github.learningcities.lcn.indicators.analysis;

import java.util.Objects;

/**
 * Varimax rotation of a loading matrix, exactly as R's {@code stats::varimax(x, normalize,
 * eps)} (Kaiser 1958), which {@code psych::principal} and therefore Compind's
 * {@code ci_factor} use.
 *
 * <p>The algorithm: with Kaiser normalisation each row of the p x q loadings is first divided
 * by its length (the square root of the indicator's communality), so that every indicator
 * counts equally. Starting from T = I, each iteration computes Z = L T and
 * B = L<sup>T</sup> (Z<sup>3</sup> - Z diag(colSums(Z<sup>2</sup>)) / p), takes the singular
 * value decomposition B = U D V<sup>T</sup> and sets T = U V<sup>T</sup> (the orthogonal
 * matrix closest to B); it stops as soon as the sum of the singular values d no longer grows
 * by a factor of more than 1 + eps over the previous iteration's (R's test
 * {@code d < dpast * (1 + eps)}), or after 1000 iterations. The rotated loadings are L T,
 * multiplied back by the row lengths. With fewer than two columns nothing is rotated.
 *
 * <p>When B is singular (a singular value below 1e-13 times the largest, or below 1e-12 p:
 * rounding noise around 0 for Kaiser-normalised loadings), the closest orthogonal matrix is
 * not unique and LAPACK would pick one from the noise. At the first iteration this means the
 * loadings start at a stationary point of the criterion (always so for two indicators and two
 * factors, whose principal components are symmetric): the rotation then continues from T = a
 * 45-degree turn of the first two factors, which for two factors is the optimum itself; at a
 * later iteration the rotation stops with the current T.
 *
 * <p>The singular value decomposition is one-sided Jacobi (Hestenes), which gives U V<sup>T</sup>
 * to full relative accuracy; U V<sup>T</sup> does not depend on how a library orders or signs
 * the singular vectors, so the rotation equals R's (LAPACK's) to rounding.
 *
 * @since 0.1.0
 */
public final class Varimax {
  /** R's default convergence tolerance. */
  public static final double DEFAULT_EPS = 1e-5;
  private static final int MAX_ITERATIONS = 1000;

  private Varimax() {}

  /**
   * Rotates with Kaiser normalisation and R's default tolerance 1e-5.
   *
   * @param loadings p x q loadings (rows are indicators), finite
   * @return the rotated loadings, p x q
   * @throws AnalysisException if the matrix is empty, ragged or not finite, or a row is all
   *     zero (its Kaiser normalisation is undefined)
   */
  public static double[][] rotate(double[][] loadings) {
    return rotate(loadings, true, DEFAULT_EPS);
  }

  /**
   * Rotates.
   *
   * @param loadings p x q loadings (rows are indicators), finite
   * @param normalize whether to apply Kaiser normalisation (R's {@code normalize})
   * @param eps the relative convergence tolerance (R's {@code eps}), &gt; 0
   * @return the rotated loadings, p x q
   * @throws AnalysisException if the matrix is empty, ragged or not finite, a row is all zero
   *     under Kaiser normalisation, or eps is not positive
   */
  public static double[][] rotate(double[][] loadings, boolean normalize, double eps) {
    if (!(eps > 0) || Double.isInfinite(eps)) {
      throw new AnalysisException("varimax: eps is " + eps + "; expected a finite number > 0");
    }
    int p = loadings.length;
    if (p == 0 || loadings[0].length == 0) {
      throw new AnalysisException("varimax: the loading matrix is empty; expected at least one"
          + " row and one column");
    }
    int q = loadings[0].length;
    double[][] x = new double[p][];
    double[] sc = new double[p];
    for (int i = 0; i < p; i++) {
      if (loadings[i].length != q) {
        throw new AnalysisException("varimax: row " + i + " has " + loadings[i].length
            + " loadings; expected " + q + " like row 0");
      }
      x[i] = loadings[i].clone();
      double ss = 0;
      for (int c = 0; c < q; c++) {
        if (!Double.isFinite(x[i][c])) {
          throw new AnalysisException("varimax: row " + i + ", column " + c + " is " + x[i][c]
              + "; expected a finite loading");
        }
        ss += x[i][c] * x[i][c];
      }
      sc[i] = Math.sqrt(ss);
      if (normalize && q > 1) {
        if (!(sc[i] > 0)) {
          throw new AnalysisException("varimax: row " + i + " is all zero, so Kaiser "
              + "normalisation is undefined; expected every indicator to load on some factor");
        }
        for (int c = 0; c < q; c++) {
          x[i][c] /= sc[i];
        }
      }
    }
    double[][] t = identity(q);
    if (q < 2) {
      return x;
    }
    double d = 0;
    for (int it = 1; it <= MAX_ITERATIONS; it++) {
      double[][] z = multiply(x, t);
      double[] colSq = new double[q];
      for (double[] row : z) {
        for (int c = 0; c < q; c++) {
          colSq[c] += row[c] * row[c];
        }
      }
      double[][] inner = new double[p][q];
      for (int i = 0; i < p; i++) {
        for (int c = 0; c < q; c++) {
          double v = z[i][c];
          inner[i][c] = v * v * v - v * colSq[c] / p;
        }
      }
      double[][] b = new double[q][q];
      for (int a = 0; a < q; a++) {
        for (int c = 0; c < q; c++) {
          double s = 0;
          for (int i = 0; i < p; i++) {
            s += x[i][a] * inner[i][c];
          }
          b[a][c] = s;
        }
      }
      Polar polar = Polar.of(b, p);
      if (polar == null) {
        if (it == 1) {
          // started at a stationary point (e.g. two indicators, whose components are always
          // symmetric): leave it by a quarter-right-angle turn of the first two factors
          t = identity(q);
          double h = Math.sqrt(0.5);
          t[0][0] = h;
          t[0][1] = -h;
          t[1][0] = h;
          t[1][1] = h;
          continue;
        }
        break;
      }
      t = polar.orthogonal;
      double dpast = d;
      d = polar.singularValueSum;
      if (d < dpast * (1 + eps)) {
        break;
      }
    }
    double[][] z = multiply(x, t);
    if (normalize) {
      for (int i = 0; i < p; i++) {
        for (int c = 0; c < q; c++) {
          z[i][c] *= sc[i];
        }
      }
    }
    return z;
  }

  private static double[][] identity(int q) {
    double[][] t = new double[q][q];
    for (int c = 0; c < q; c++) {
      t[c][c] = 1;
    }
    return t;
  }

  static double[][] multiply(double[][] a, double[][] b) {
    int n = a.length;
    int m = b[0].length;
    int inner = b.length;
    double[][] out = new double[n][m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        double s = 0;
        for (int l = 0; l < inner; l++) {
          s += a[i][l] * b[l][j];
        }
        out[i][j] = s;
      }
    }
    return out;
  }

  /**
   * The orthogonal polar factor U V<sup>T</sup> of a square matrix and the sum of its singular
   * values, by one-sided Jacobi rotations of the columns.
   */
  private static final class Polar {
    private static final int MAX_SWEEPS = 60;
    final double[][] orthogonal;
    final double singularValueSum;

    private Polar(double[][] orthogonal, double singularValueSum) {
      this.orthogonal = orthogonal;
      this.singularValueSum = singularValueSum;
    }

    /**
     * The polar factor, or null when B is singular (to rounding) and it is not unique; rows is
     * the number of loading rows B sums over.
     */
    static Polar of(double[][] b, int rows) {
      int q = b.length;
      // columns of W = B V, rotated until mutually orthogonal; then W = U D
      double[][] w = new double[q][q];
      double[][] v = identity(q);
      for (int i = 0; i < q; i++) {
        for (int j = 0; j < q; j++) {
          w[j][i] = b[i][j];
        }
      }
      for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
        boolean rotated = false;
        for (int a = 0; a < q - 1; a++) {
          for (int c = a + 1; c < q; c++) {
            double alpha = 0;
            double beta = 0;
            double gamma = 0;
            for (int i = 0; i < q; i++) {
              alpha += w[a][i] * w[a][i];
              beta += w[c][i] * w[c][i];
              gamma += w[a][i] * w[c][i];
            }
            if (Math.abs(gamma) <= 1e-15 * Math.sqrt(alpha * beta) || gamma == 0) {
              continue;
            }
            rotated = true;
            double zeta = (beta - alpha) / (2 * gamma);
            double t = Math.signum(zeta) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
            if (zeta == 0) {
              t = 1;
            }
            double cs = 1 / Math.sqrt(1 + t * t);
            double sn = cs * t;
            for (int i = 0; i < q; i++) {
              double wa = w[a][i];
              double wc = w[c][i];
              w[a][i] = cs * wa - sn * wc;
              w[c][i] = sn * wa + cs * wc;
              double va = v[a][i];
              double vc = v[c][i];
              v[a][i] = cs * va - sn * vc;
              v[c][i] = sn * va + cs * vc;
            }
          }
        }
        if (!rotated) {
          break;
        }
      }
      double sum = 0;
      double[] sigma = new double[q];
      for (int a = 0; a < q; a++) {
        double s = 0;
        for (int i = 0; i < q; i++) {
          s += w[a][i] * w[a][i];
        }
        sigma[a] = Math.sqrt(s);
        sum += sigma[a];
      }
      double[][] out = new double[q][q];
      double largest = 0;
      for (double x : sigma) {
        largest = Math.max(largest, x);
      }
      // B sums rows of O(1) terms: far below that, it is rounding noise around 0
      double floor = Math.max(largest * 1e-13, rows * 1e-12);
      for (double x : sigma) {
        if (!(x > floor)) {
          return null;
        }
      }
      for (int a = 0; a < q; a++) {
        for (int i = 0; i < q; i++) {
          for (int j = 0; j < q; j++) {
            // v[a] is column a of V (stored as a row); w[a] / sigma is column a of U
            out[i][j] += w[a][i] / sigma[a] * v[a][j];
          }
        }
      }
      return new Polar(out, sum);
    }
  }
}
