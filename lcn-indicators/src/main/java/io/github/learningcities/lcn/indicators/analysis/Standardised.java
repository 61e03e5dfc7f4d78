package io.github.learningcities.lcn.indicators.analysis;

import io.github.learningcities.lcn.indicators.internal.Scaling;

/**
 * Columns standardised on their complete units (listwise deletion), and their correlation
 * matrix: the common first step of principal component and factor analysis. Columns are
 * centred and divided by their sample standard deviation (divisor n - 1), as R's
 * {@code scale()}.
 */
final class Standardised {
  /** Indexes of the complete rows, ascending. */
  final int[] rows;
  /** k x n standardised values of the complete rows. */
  final double[][] z;
  /** k x k Pearson correlations: a unit diagonal, the others in [-1, 1] (as R's cor()). */
  final double[][] correlations;

  private Standardised(int[] rows, double[][] z, double[][] correlations) {
    this.rows = rows;
    this.z = z;
    this.correlations = correlations;
  }

  /**
   * Standardises columns on the rows where all of them are present.
   *
   * @param where the analysis, for messages (e.g. "PCA of group 'P1'")
   * @param items the column names, for messages
   * @param cols k columns of equal length, NaN for missing
   * @return the standardised columns
   * @throws AnalysisException if fewer than 2 rows are complete or a column is constant on them
   */
  static Standardised of(String where, java.util.List<String> items, double[][] cols) {
    int k = cols.length;
    int total = k == 0 ? 0 : cols[0].length;
    int[] rows = new int[total];
    int n = 0;
    for (int i = 0; i < total; i++) {
      boolean complete = true;
      for (double[] c : cols) {
        complete &= !Double.isNaN(c[i]);
      }
      if (complete) {
        rows[n++] = i;
      }
    }
    if (n < 2) {
      throw new AnalysisException(where + ": " + n + " unit(s) have all values"
          + " present; expected at least 2 complete units (impute first)");
    }
    double[][] z = new double[k][n];
    for (int j = 0; j < k; j++) {
      // Standardising removes any scale, so a column is scaled by a power of two (exactly)
      // where its sum of squares would overflow or underflow.
      double max = 0;
      for (int r = 0; r < n; r++) {
        max = Math.max(max, Math.abs(cols[j][rows[r]]));
      }
      double scale = Scaling.forMaxAbs(max, 400);
      double mean = 0;
      for (int r = 0; r < n; r++) {
        mean += cols[j][rows[r]] * scale;
      }
      mean /= n;
      double ss = 0;
      for (int r = 0; r < n; r++) {
        double d = cols[j][rows[r]] * scale - mean;
        z[j][r] = d;
        ss += d * d;
      }
      boolean constant = true;
      for (int r = 1; r < n; r++) {
        constant &= cols[j][rows[r]] == cols[j][rows[0]];
      }
      if (constant || ss == 0) {
        throw new AnalysisException(where + ": column '" + items.get(j)
            + "' is constant on the complete units, so it cannot be scaled to unit variance;"
            + " expected columns that vary");
      }
      double sd = Math.sqrt(ss / (n - 1));
      for (int r = 0; r < n; r++) {
        z[j][r] /= sd;
      }
    }
    // As R's cor(): a column's correlation with itself is exactly 1 and the others are clamped
    // to [-1, 1]. The sums give the diagonal only to rounding (1 +- 2e-16, unequal between
    // columns), and with two nearly uncorrelated columns unequal diagonals turn the
    // eigenvectors by (a - b) / 4r: a rescaled column then moved the factor weights by 3e-6.
    double[][] corr = new double[k][k];
    for (int a = 0; a < k; a++) {
      corr[a][a] = 1;
      for (int b = a + 1; b < k; b++) {
        double s = 0;
        for (int r = 0; r < n; r++) {
          s += z[a][r] * z[b][r];
        }
        corr[a][b] = Math.max(-1, Math.min(1, s / (n - 1)));
        corr[b][a] = corr[a][b];
      }
    }
    return new Standardised(java.util.Arrays.copyOf(rows, n), z, corr);
  }

  /**
   * The number of complete rows.
   *
   * @return n
   */
  int n() {
    return rows.length;
  }
}
