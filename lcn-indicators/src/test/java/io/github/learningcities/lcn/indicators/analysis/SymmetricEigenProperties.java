package io.github.learningcities.lcn.indicators.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The Jacobi eigen-decomposition reconstructs the matrix it decomposes. */
class SymmetricEigenProperties {

  @Property(tries = 200)
  void eigenpairsSatisfyTheDefinitionAndVectorsAreOrthonormal(
      @ForAll @IntRange(min = 1, max = 25) int k, @ForAll long seed,
      @ForAll boolean correlation) {
    double[][] a = correlation ? correlationMatrix(k, seed) : symmetric(k, seed);
    SymmetricEigen eig = SymmetricEigen.of(a);
    double[] values = eig.values();
    double scale = 1;
    for (double[] row : a) {
      for (double x : row) {
        scale = Math.max(scale, Math.abs(x));
      }
    }
    double tol = 1e-12 * k * scale;
    double trace = 0;
    double sum = 0;
    for (int c = 0; c < k; c++) {
      trace += a[c][c];
      sum += values[c];
      double[] v = eig.vector(c);
      for (int r = 0; r < k; r++) {
        double av = 0;
        for (int j = 0; j < k; j++) {
          av += a[r][j] * v[j];
        }
        assertThat(av).as("(A v)[%d] of eigenpair %d", r, c)
            .isCloseTo(values[c] * v[r], within(tol));
      }
      for (int d = 0; d < k; d++) {
        double dot = 0;
        double[] w = eig.vector(d);
        for (int j = 0; j < k; j++) {
          dot += v[j] * w[j];
        }
        assertThat(dot).as("v%d . v%d", c, d).isCloseTo(c == d ? 1 : 0, within(1e-12 * k));
      }
    }
    assertThat(sum).isCloseTo(trace, within(tol));
  }

  @Property(tries = 100)
  void knownSpectrumsComeBack(@ForAll @IntRange(min = 1, max = 12) int k, @ForAll long seed) {
    // Q diag(lambda) Q^T with Q a product of random Householder reflections
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] lambda = new double[k];
    for (int i = 0; i < k; i++) {
      lambda[i] = rnd.nextInt(-5, 6) + rnd.nextInt(0, 4) * 0.25;
    }
    double[][] q = new double[k][k];
    for (int i = 0; i < k; i++) {
      q[i][i] = 1;
    }
    for (int h = 0; h < 3; h++) {
      double[] u = new double[k];
      double norm = 0;
      for (int i = 0; i < k; i++) {
        u[i] = rnd.nextDouble(-1, 1);
        norm += u[i] * u[i];
      }
      for (int r = 0; r < k; r++) {
        double dot = 0;
        for (int j = 0; j < k; j++) {
          dot += q[r][j] * u[j];
        }
        for (int j = 0; j < k; j++) {
          q[r][j] -= 2 * dot * u[j] / norm;
        }
      }
    }
    double[][] a = new double[k][k];
    for (int r = 0; r < k; r++) {
      for (int c = 0; c < k; c++) {
        for (int i = 0; i < k; i++) {
          a[r][c] += q[r][i] * lambda[i] * q[c][i];
        }
      }
    }
    double[] got = SymmetricEigen.of(a).values();
    Arrays.sort(got);
    Arrays.sort(lambda);
    assertThat(got).containsExactly(lambda, within(1e-12 * k * 10));
  }

  private static double[][] symmetric(int k, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[][] a = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = i; j < k; j++) {
        // some exact zeros and repeated values: block structure and ties on purpose
        double x = rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(-3, 4) * Math.pow(10, rnd.nextInt(-3, 4));
        a[i][j] = x;
        a[j][i] = x;
      }
    }
    return a;
  }

  private static double[][] correlationMatrix(int k, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int n = k + 3;
    double[][] x = new double[k][n];
    for (int j = 0; j < k; j++) {
      for (int r = 0; r < n; r++) {
        x[j][r] = rnd.nextGaussian() + (j > 0 ? x[j - 1][r] * 0.7 : 0);
      }
    }
    double[][] c = new double[k][k];
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        c[a][b] = Pairwise.pearson(x[a], x[b]);
      }
    }
    return c;
  }
}
