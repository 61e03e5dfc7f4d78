package io.github.learningcities.lcn.indicators.bod;

import io.github.learningcities.lcn.indicators.bod.DenseSimplexProperties.Lp;
import io.github.learningcities.lcn.indicators.internal.DenseSimplex;
import java.util.Arrays;

/**
 * An oracle independent of the SDK's solver: each unit's full Benefit-of-the-Doubt programme
 * (every unit's row, the data as given, no scaling, no constraint generation) written out from
 * Compind's definitions (conformance README: {@code ci_bod}, {@code ci_bod_constr},
 * {@code ci_bod_dir}) and solved by enumerating its vertices: every choice of as many tight
 * constraints (inequality rows or {@code v_j >= 0}, besides the equalities) as there are
 * variables, solved by elimination with partial pivoting, kept when it satisfies every
 * constraint; the best objective is the optimum (the feasible set lies in the non-negative
 * orthant, so a bounded optimum is at a vertex). Exponential in the number of children: for
 * tiny programmes only.
 */
final class FullProgramme {
  /** A constraint holds within this, relative to the size of its terms. */
  private static final double FEASIBLE = 1e-11;

  private FullProgramme() {}

  /**
   * Unit i's full programme. Plain: {@code max w.x_i} s.t. {@code w.x_r <= 1} for every unit r;
   * with share bounds (unless 0 and 1) also {@code w_l x_il - upper (w.x_i) <= 0} and
   * {@code lower (w.x_i) - w_l x_il <= 0} for every child l. Directional ({@code d} not null):
   * variables (w, t), {@code max w.x_i - t} s.t. {@code w.x_r - t <= 0} for every r and
   * {@code w.d = 1}; then {@code beta = -optimum}.
   */
  static Lp programme(double[][] x, int i, double lower, double upper, double[] d) {
    int n = x.length;
    int k = x[0].length;
    if (d != null) {
      double[][] a = new double[n + 1][k + 1];
      double[] b = new double[n + 1];
      byte[] sense = new byte[n + 1];
      for (int r = 0; r < n; r++) {
        System.arraycopy(x[r], 0, a[r], 0, k);
        a[r][k] = -1;
        sense[r] = DenseSimplex.LE;
      }
      System.arraycopy(d, 0, a[n], 0, k);
      b[n] = 1;
      sense[n] = DenseSimplex.EQ;
      double[] c = Arrays.copyOf(x[i], k + 1);
      c[k] = -1;
      return new Lp(c, a, sense, b);
    }
    int bounds = lower == 0 && upper == 1 ? 0 : k;
    double[][] a = new double[n + 2 * bounds][];
    double[] b = new double[n + 2 * bounds];
    byte[] sense = new byte[n + 2 * bounds];
    Arrays.fill(sense, DenseSimplex.LE);
    for (int r = 0; r < n; r++) {
      a[r] = x[r].clone();
      b[r] = 1;
    }
    for (int l = 0; l < bounds; l++) {
      double[] up = new double[k];
      double[] lo = new double[k];
      for (int j = 0; j < k; j++) {
        up[j] = -upper * x[i][j];
        lo[j] = lower * x[i][j];
      }
      up[l] += x[i][l];
      lo[l] -= x[i][l];
      a[n + 2 * l] = up;
      a[n + 2 * l + 1] = lo;
    }
    return new Lp(x[i].clone(), a, sense, b);
  }

  /** Every unit's score by the oracle: plain or share-bounded ({@code d} null), directional. */
  static double[] scores(double[][] x, double lower, double upper, double[] d) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double z = best(programme(x, i, lower, upper, d));
      if (d != null) {
        double beta = -z;
        out[i] = beta <= 1e-10 ? 1 : 1 / (1 + beta);
      } else {
        out[i] = Math.abs(z - 1) <= 1e-10 ? 1 : z;
      }
    }
    return out;
  }

  /** The largest objective over the programme's vertices (NaN when it has none). */
  static double best(Lp lp) {
    int v = lp.c().length;
    int m = lp.a().length;
    int[] inequality = new int[m];
    int[] equality = new int[m];
    int ni = 0;
    int ne = 0;
    for (int i = 0; i < m; i++) {
      if (lp.sense()[i] == DenseSimplex.EQ) {
        equality[ne++] = i;
      } else {
        inequality[ni++] = i;
      }
    }
    int choose = v - ne;
    int total = ni + v;
    int[] pick = new int[choose];
    for (int q = 0; q < choose; q++) {
      pick[q] = q;
    }
    double best = Double.NaN;
    while (true) {
      double[][] e = new double[v][v + 1];
      for (int q = 0; q < choose; q++) {
        int t = pick[q];
        if (t < ni) {
          System.arraycopy(lp.a()[inequality[t]], 0, e[q], 0, v);
          e[q][v] = lp.b()[inequality[t]];
        } else {
          e[q][t - ni] = 1;
        }
      }
      for (int q = 0; q < ne; q++) {
        System.arraycopy(lp.a()[equality[q]], 0, e[choose + q], 0, v);
        e[choose + q][v] = lp.b()[equality[q]];
      }
      double[] p = DenseSimplexProperties.solve(e, v);
      if (p != null && feasible(lp, p)) {
        double z = 0;
        for (int j = 0; j < v; j++) {
          z += lp.c()[j] * p[j];
        }
        if (Double.isNaN(best) || z > best) {
          best = z;
        }
      }
      // the next combination in lexicographic order
      int q = choose - 1;
      while (q >= 0 && pick[q] == total - choose + q) {
        q--;
      }
      if (q < 0) {
        return best;
      }
      pick[q]++;
      for (int r = q + 1; r < choose; r++) {
        pick[r] = pick[r - 1] + 1;
      }
    }
  }

  private static boolean feasible(Lp lp, double[] p) {
    for (double v : p) {
      if (v < -FEASIBLE) {
        return false;
      }
    }
    for (int i = 0; i < lp.a().length; i++) {
      double lhs = 0;
      double terms = Math.abs(lp.b()[i]);
      for (int j = 0; j < p.length; j++) {
        lhs += lp.a()[i][j] * p[j];
        terms += Math.abs(lp.a()[i][j] * p[j]);
      }
      double excess = lhs - lp.b()[i];
      double tol = FEASIBLE * Math.max(1, terms);
      byte s = lp.sense()[i];
      if (s == DenseSimplex.LE ? excess > tol
          : s == DenseSimplex.GE ? excess < -tol : Math.abs(excess) > tol) {
        return false;
      }
    }
    return true;
  }
}
