package io.github.learningcities.lcn.indicators.bod;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.internal.DenseSimplex;
import io.github.learningcities.lcn.indicators.internal.ExactSimplex;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The LP solver against an independent oracle: every vertex of small programmes enumerated
 * (each choice of n rows or bounds made tight, solved by elimination), the best feasible one
 * compared with the solver's status and optimum, and the solver's optimum certified by its
 * duals. Rows of every sense and negative right-hand sides make phase 1 work.
 */
class DenseSimplexProperties {

  record Lp(double[] c, double[][] a, byte[] sense, double[] b) {}

  @Provide
  Arbitrary<Lp> programmes() {
    return Arbitraries.integers().between(1, 3).flatMap(n -> Arbitraries.integers()
        .between(1, 5).flatMap(m -> {
          Arbitrary<double[]> c = Arbitraries.integers().between(-5, 5).map(v -> (double) v)
              .array(double[].class).ofSize(n);
          Arbitrary<double[][]> a = Arbitraries.integers().between(-5, 5).map(v -> (double) v)
              .array(double[].class).ofSize(n).array(double[][].class).ofSize(m);
          Arbitrary<byte[]> sense = Arbitraries.of(DenseSimplex.LE, DenseSimplex.EQ,
              DenseSimplex.GE, DenseSimplex.LE).array(byte[].class).ofSize(m);
          Arbitrary<double[]> b = Arbitraries.integers().between(-6, 10).map(v -> (double) v)
              .array(double[].class).ofSize(m);
          return Combinators.combine(c, a, sense, b).as(DenseSimplexProperties::boxed);
        }));
  }

  /** Adds x_j <= 10 so that every programme is bounded and its optimum is at a vertex. */
  static Lp boxed(double[] c, double[][] a, byte[] sense, double[] b) {
    int n = c.length;
    int m = a.length;
    double[][] a2 = Arrays.copyOf(a, m + n);
    byte[] s2 = Arrays.copyOf(sense, m + n);
    double[] b2 = Arrays.copyOf(b, m + n);
    for (int j = 0; j < n; j++) {
      a2[m + j] = new double[n];
      a2[m + j][j] = 1;
      s2[m + j] = DenseSimplex.LE;
      b2[m + j] = 10;
    }
    return new Lp(c, a2, s2, b2);
  }

  @Property(tries = 400)
  void theOptimumIsTheBestVertexAndItsDualsCertifyIt(@ForAll("programmes") Lp lp) {
    assertIsTheBestVertex(lp, DenseSimplex.maximise(lp.c(), lp.a(), lp.sense(), lp.b()));
  }

  /** The exact last resort alone, against the same oracle. */
  @Property(tries = 200)
  void theExactSolverFindsTheBestVertexToo(@ForAll("programmes") Lp lp) {
    assertIsTheBestVertex(lp, ExactSimplex.maximise(lp.c(), lp.a(), lp.sense(), lp.b()));
  }

  /** The solution has the best vertex's objective and its duals certify it, or none exists. */
  static void assertIsTheBestVertex(Lp lp, DenseSimplex.Solution s) {
    double best = bestVertex(lp);
    if (Double.isNaN(best)) {
      assertThat(s.status()).isEqualTo(DenseSimplex.Status.INFEASIBLE);
      return;
    }
    assertThat(s.status()).isEqualTo(DenseSimplex.Status.OPTIMAL);
    assertThat(s.objective()).isCloseTo(best, org.assertj.core.data.Offset.offset(1e-7));
    Kkt.assertOptimal(lp.c(), lp.a(), lp.sense(), lp.b(), s, 1e-9);
  }

  @Property(tries = 50)
  void theSameProgrammeGivesTheSameVertexBitForBit(@ForAll("programmes") Lp lp) {
    DenseSimplex.Solution a = DenseSimplex.maximise(lp.c(), lp.a(), lp.sense(), lp.b());
    DenseSimplex.Solution b = DenseSimplex.maximise(lp.c(), lp.a(), lp.sense(), lp.b());
    assertThat(a.x()).isEqualTo(b.x());
    assertThat(a.duals()).isEqualTo(b.duals());
  }

  @Example
  void anUnboundedProgrammeIsReported() {
    DenseSimplex.Solution s = DenseSimplex.maximise(new double[] {1, 1},
        new double[][] {{1, -1}}, new byte[] {DenseSimplex.LE}, new double[] {1});
    assertThat(s.status()).isEqualTo(DenseSimplex.Status.UNBOUNDED);
  }

  @Example
  void anInfeasibleProgrammeIsReportedExactlyToo() {
    DenseSimplex.Solution s = ExactSimplex.maximise(new double[] {1},
        new double[][] {{1}, {1}}, new byte[] {DenseSimplex.LE, DenseSimplex.GE},
        new double[] {1, 2});
    assertThat(s.status()).isEqualTo(DenseSimplex.Status.INFEASIBLE);
    assertThat(ExactSimplex.maximise(new double[] {1, 1}, new double[][] {{1, -1}},
        new byte[] {DenseSimplex.LE}, new double[] {1}).status())
        .isEqualTo(DenseSimplex.Status.UNBOUNDED);
  }

  /** Beale's example, on which Dantzig's rule without anti-cycling cycles forever. */
  @Example
  void bealesCyclingExampleTerminatesAtItsOptimum() {
    double[] c = {0.75, -150, 0.02, -6};
    double[][] a = {{0.25, -60, -0.04, 9}, {0.5, -90, -0.02, 3}, {0, 0, 1, 0}};
    byte[] sense = {DenseSimplex.LE, DenseSimplex.LE, DenseSimplex.LE};
    double[] b = {0, 0, 1};
    DenseSimplex.Solution s = DenseSimplex.maximise(c, a, sense, b);
    assertThat(s.status()).isEqualTo(DenseSimplex.Status.OPTIMAL);
    assertThat(s.objective()).isCloseTo(0.05, org.assertj.core.data.Offset.offset(1e-12));
    Kkt.assertOptimal(c, a, sense, b, s, 1e-12);
  }

  /** The best objective over all feasible vertices, NaN when none is feasible. */
  static double bestVertex(Lp lp) {
    int n = lp.c().length;
    int m = lp.a().length;
    // candidate tight constraints: the m rows, then x_j = 0
    int total = m + n;
    double best = Double.NaN;
    int[] pick = new int[n];
    for (int mask = 0; mask < (1 << total); mask++) {
      if (Integer.bitCount(mask) != n) {
        continue;
      }
      int q = 0;
      for (int t = 0; t < total; t++) {
        if ((mask & (1 << t)) != 0) {
          pick[q++] = t;
        }
      }
      double[][] eq = new double[n][n + 1];
      for (int r = 0; r < n; r++) {
        int t = pick[r];
        if (t < m) {
          System.arraycopy(lp.a()[t], 0, eq[r], 0, n);
          eq[r][n] = lp.b()[t];
        } else {
          eq[r][t - m] = 1;
        }
      }
      double[] x = solve(eq, n);
      if (x == null || !feasible(lp, x)) {
        continue;
      }
      double z = 0;
      for (int j = 0; j < n; j++) {
        z += lp.c()[j] * x[j];
      }
      if (Double.isNaN(best) || z > best) {
        best = z;
      }
    }
    return best;
  }

  static boolean feasible(Lp lp, double[] x) {
    for (double v : x) {
      if (v < -1e-9) {
        return false;
      }
    }
    for (int i = 0; i < lp.a().length; i++) {
      double lhs = 0;
      for (int j = 0; j < x.length; j++) {
        lhs += lp.a()[i][j] * x[j];
      }
      double d = lhs - lp.b()[i];
      boolean ok = lp.sense()[i] == DenseSimplex.LE ? d <= 1e-9
          : lp.sense()[i] == DenseSimplex.GE ? d >= -1e-9 : Math.abs(d) <= 1e-9;
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Gaussian elimination with partial pivoting; null when singular. */
  static double[] solve(double[][] m, int n) {
    for (int col = 0; col < n; col++) {
      int p = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(m[r][col]) > Math.abs(m[p][col])) {
          p = r;
        }
      }
      if (Math.abs(m[p][col]) < 1e-12) {
        return null;
      }
      double[] t = m[p];
      m[p] = m[col];
      m[col] = t;
      for (int r = 0; r < n; r++) {
        if (r != col) {
          double f = m[r][col] / m[col][col];
          for (int j = col; j <= n; j++) {
            m[r][j] -= f * m[col][j];
          }
        }
      }
    }
    double[] x = new double[n];
    for (int j = 0; j < n; j++) {
      x[j] = m[j][n] / m[j][j];
    }
    return x;
  }
}
