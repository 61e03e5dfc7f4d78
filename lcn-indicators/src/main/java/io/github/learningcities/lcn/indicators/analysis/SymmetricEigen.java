package io.github.learningcities.lcn.indicators.analysis;

/**
 * The eigen-decomposition of a real symmetric matrix by the cyclic Jacobi method (Rutishauser's
 * rotation formulas, as in Golub and Van Loan, Matrix Computations, section 8.5).
 *
 * <p>Jacobi rotations are slower than a tridiagonal QL for large matrices but need no more
 * than the few indicators of a PCA group, and they find small eigenvalues and the eigenvectors
 * to high relative accuracy. Eigenvalues come unsorted; eigenvectors have unit length and an
 * arbitrary sign.
 */
final class SymmetricEigen {
  /** Sweeps after which rotations of negligible off-diagonal elements are skipped. */
  private static final int CAREFUL_SWEEPS = 4;
  private static final int MAX_SWEEPS = 100;

  private final double[] values;
  private final double[][] vectors;

  private SymmetricEigen(double[] values, double[][] vectors) {
    this.values = values;
    this.vectors = vectors;
  }

  /**
   * Decomposes a symmetric matrix; only its upper triangle is read.
   *
   * @param matrix k x k, finite
   * @return the decomposition
   */
  static SymmetricEigen of(double[][] matrix) {
    int k = matrix.length;
    double[][] a = new double[k][k];
    double[][] v = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = i; j < k; j++) {
        a[i][j] = matrix[i][j];
        a[j][i] = matrix[i][j];
      }
      v[i][i] = 1;
    }
    for (int sweep = 0; ; sweep++) {
      double off = 0;
      for (int p = 0; p < k; p++) {
        for (int q = p + 1; q < k; q++) {
          off += Math.abs(a[p][q]);
        }
      }
      if (off == 0) {
        break;
      }
      if (sweep == MAX_SWEEPS) {
        throw new IllegalStateException("Jacobi eigen-decomposition of a " + k + " x " + k
            + " matrix did not converge in " + MAX_SWEEPS + " sweeps; expected a finite"
            + " symmetric matrix");
      }
      for (int p = 0; p < k; p++) {
        for (int q = p + 1; q < k; q++) {
          double apq = a[p][q];
          double g = 100 * Math.abs(apq);
          if (sweep >= CAREFUL_SWEEPS && Math.abs(a[p][p]) + g == Math.abs(a[p][p])
              && Math.abs(a[q][q]) + g == Math.abs(a[q][q])) {
            a[p][q] = 0;
            a[q][p] = 0;
            continue;
          }
          if (apq == 0) {
            continue;
          }
          rotate(a, v, p, q);
        }
      }
    }
    double[] values = new double[k];
    double[][] vectors = new double[k][k];
    for (int c = 0; c < k; c++) {
      values[c] = a[c][c];
      for (int r = 0; r < k; r++) {
        vectors[c][r] = v[r][c];
      }
    }
    return new SymmetricEigen(values, vectors);
  }

  /** One rotation in the (p, q) plane that zeroes a[p][q]; v accumulates the rotations. */
  private static void rotate(double[][] a, double[][] v, int p, int q) {
    int k = a.length;
    double apq = a[p][q];
    double h = a[q][q] - a[p][p];
    double t;
    if (Math.abs(h) + 100 * Math.abs(apq) == Math.abs(h)) {
      t = apq / h; // theta so large that t = 1 / (2 theta) to working precision
    } else {
      double theta = 0.5 * h / apq;
      t = 1 / (Math.abs(theta) + Math.sqrt(1 + theta * theta));
      if (theta < 0) {
        t = -t;
      }
    }
    double c = 1 / Math.sqrt(1 + t * t);
    double s = t * c;
    double tau = s / (1 + c);
    double shift = t * apq;
    a[p][p] -= shift;
    a[q][q] += shift;
    a[p][q] = 0;
    a[q][p] = 0;
    for (int r = 0; r < k; r++) {
      if (r != p && r != q) {
        double arp = a[r][p];
        double arq = a[r][q];
        a[r][p] = arp - s * (arq + arp * tau);
        a[p][r] = a[r][p];
        a[r][q] = arq + s * (arp - arq * tau);
        a[q][r] = a[r][q];
      }
    }
    for (int r = 0; r < k; r++) {
      double vrp = v[r][p];
      double vrq = v[r][q];
      v[r][p] = vrp - s * (vrq + vrp * tau);
      v[r][q] = vrq + s * (vrp - vrq * tau);
    }
  }

  /**
   * Returns the eigenvalues, unsorted.
   *
   * @return a copy
   */
  double[] values() {
    return values.clone();
  }

  /**
   * Returns the unit eigenvector of the eigenvalue {@code values()[c]}.
   *
   * @param c the index of the eigenvalue
   * @return a copy
   */
  double[] vector(int c) {
    return vectors[c].clone();
  }

  /**
   * Returns the indexes of the eigenvalues from the largest to the smallest (equal values keep
   * their order).
   *
   * @return the order
   */
  int[] descending() {
    Integer[] order = new Integer[values.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (p, q) -> Double.compare(values[q], values[p]));
    int[] out = new int[order.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = order[i];
    }
    return out;
  }
}
