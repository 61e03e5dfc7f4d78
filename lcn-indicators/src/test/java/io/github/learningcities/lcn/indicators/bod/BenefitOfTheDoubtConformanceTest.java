package io.github.learningcities.lcn.indicators.bod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.internal.DenseSimplex;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Compind 3.4's Benefit-of-the-Doubt calls on COINr's ASEM pillars (I1) and the same rescaled to
 * [1, 100] (I3): scores to 1e-9 relative; weights, which are not unique, checked by feasibility
 * and by reproducing the score, and every unit's score checked against the full programme (all
 * 51 rows, no constraint generation) certified optimal by its duals.
 */
class BenefitOfTheDoubtConformanceTest {

  record Input(List<String> units, List<String> indicators, double[][] x) {}

  static Input input(String set) {
    CompindData.Table t = CompindData.read("inputs/" + set + ".csv");
    return new Input(t.codes(), t.header().subList(1, t.header().size()), t.numbers());
  }

  static Results run(Input in, Aggregation aggregation) {
    return Engine.standard().run(CompindData.framework(in.indicators()),
        CompindData.dataset(in.units(), in.indicators(), in.x()), CompindData.asIs(aggregation));
  }

  static double[] expectedScores(String call, List<String> units) {
    CompindData.Table t = CompindData.read("calls/" + call + "/scores.csv");
    assertThat(t.codes()).isEqualTo(units);
    double[][] v = t.numbers();
    double[] s = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      s[i] = v[i][0];
    }
    return s;
  }

  static void assertScores(String call, Results r, Input in, double[] expected) {
    for (int i = 0; i < expected.length; i++) {
      double got = r.score(in.units().get(i), "Index").orElseThrow();
      double want = expected[i];
      if (call.equals("I3_bod_dir_ones") && in.units().get(i).equals("CHE")) {
        // Compind: 0.9999999232 (lp_solve tolerance); the exact value is 1
        assertThat(want).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-7));
        assertThat(got).isEqualTo(1.0);
        continue;
      }
      assertThat(Math.abs(got - want)).as("%s unit %s: %s vs Compind %s", call,
          in.units().get(i), got, want).isLessThanOrEqualTo(1e-9 * Math.abs(want));
    }
  }

  static double dot(double[] w, double[] x) {
    double s = 0;
    for (int j = 0; j < x.length; j++) {
      s += w[j] * x[j];
    }
    return s;
  }

  static double[] weights(Results r, Input in, int unit) {
    Map<String, Double> m = r.unitWeights(in.units().get(unit), "Index");
    assertThat(m.keySet()).containsExactlyElementsOf(in.indicators());
    double[] w = new double[in.indicators().size()];
    for (int j = 0; j < w.length; j++) {
      w[j] = m.get(in.indicators().get(j));
      assertThat(w[j]).isGreaterThanOrEqualTo(0);
    }
    return w;
  }

  /** The full programme of unit i: max x_i.w, X w <= 1, w >= 0, plus extra rows. */
  static double fullOptimum(double[][] x, int i, double lower, double upper) {
    int n = x.length;
    int k = x[0].length;
    boolean shares = lower > 0 || upper < 1;
    int rows = n + (shares ? 2 * k : 0);
    double[][] a = new double[rows][];
    byte[] sense = new byte[rows];
    double[] b = new double[rows];
    for (int r = 0; r < n; r++) {
      a[r] = x[r].clone();
      sense[r] = DenseSimplex.LE;
      b[r] = 1;
    }
    for (int l = 0; shares && l < k; l++) {
      double[] up = new double[k];
      double[] lo = new double[k];
      for (int j = 0; j < k; j++) {
        up[j] = upper * x[i][j];
        lo[j] = lower * x[i][j];
      }
      up[l] -= x[i][l];
      lo[l] -= x[i][l];
      a[n + 2 * l] = up;
      sense[n + 2 * l] = DenseSimplex.GE;
      a[n + 2 * l + 1] = lo;
      sense[n + 2 * l + 1] = DenseSimplex.LE;
    }
    DenseSimplex.Solution s = DenseSimplex.maximise(x[i], a, sense, b);
    assertThat(s.status()).isEqualTo(DenseSimplex.Status.OPTIMAL);
    Kkt.assertOptimal(x[i], a, sense, b, s, 1e-9);
    return s.objective();
  }

  /**
   * Unit i's weights reproduce its score, keep every unit at most 1, and the score is the full
   * programme's certified optimum.
   *
   * @return the score
   */
  static double assertOptimalWeights(Results r, Input in, int i, double lower, double upper) {
    double score = r.score(in.units().get(i), "Index").orElseThrow();
    double[] w = weights(r, in, i);
    assertThat(dot(w, in.x()[i])).isCloseTo(score, org.assertj.core.data.Offset.offset(1e-9));
    for (double[] row : in.x()) {
      assertThat(dot(w, row)).isLessThanOrEqualTo(1 + 1e-9);
    }
    assertThat(fullOptimum(in.x(), i, lower, upper)).isCloseTo(score,
        org.assertj.core.data.Offset.offset(1e-9));
    return score;
  }

  @ParameterizedTest
  @ValueSource(strings = {"I1", "I3"})
  void plainScoresMatchCompindAndWeightsAreOptimal(String set) {
    Input in = input(set);
    Results r = run(in, Aggregation.bod());
    String call = set + "_bod";
    double[] expected = expectedScores(call, in.units());
    assertScores(call, r, in, expected);
    for (int i = 0; i < in.x().length; i++) {
      assertOptimalWeights(r, in, i, 0, 1);
      // Compind's own weights are optimal too (a check of the data, not of the SDK)
      double[] cw = CompindData.read("calls/" + call + "/weights.csv").numbers()[i];
      assertThat(dot(cw, in.x()[i])).isCloseTo(expected[i],
          org.assertj.core.data.Offset.offset(1e-7));
    }
  }

  @ParameterizedTest
  @CsvSource({"I1_bod_constr_w05_50, 0.05, 0.5", "I1_bod_constr_w10_20, 0.1, 0.2",
      "I1_bod_constr_w0_100, 0, 1", "I3_bod_constr_w05_50, 0.05, 0.5",
      "I3_bod_constr_w10_20, 0.1, 0.2", "I3_bod_constr_w0_100, 0, 1"})
  void shareBoundedScoresMatchCompindAndSharesHold(String call, double lower, double upper) {
    Input in = input(call.substring(0, 2));
    Results r = run(in, Aggregation.bod(lower, upper));
    double[] expected = expectedScores(call, in.units());
    assertScores(call, r, in, expected);
    CompindData.Table compindShares = CompindData.read("calls/" + call + "/weights.csv");
    for (int i = 0; i < in.x().length; i++) {
      double score = assertOptimalWeights(r, in, i, lower, upper);
      double[] w = weights(r, in, i);
      for (int j = 0; j < w.length; j++) {
        double share = w[j] * in.x()[i][j] / score;
        assertThat(share).isBetween(lower - 1e-9, upper + 1e-9);
        double cs = compindShares.numbers()[i][j];
        assertThat(cs).isBetween(lower - 1e-9, upper + 1e-9);
      }
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"I1_bod_dir_ones; ones", "I3_bod_dir_ones; ones",
      "I1_bod_dir_mixed; 1,1,1,1,1,0.5,0.5,0.5", "I3_bod_dir_mixed; 1,1,1,1,1,0.5,0.5,0.5"})
  void directionalScoresMatchCompind(String call, String direction) {
    Input in = input(call.substring(0, 2));
    Results r = run(in, Aggregation.of("bod-directional",
        io.github.learningcities.lcn.indicators.method.Parameters.of(
            Map.of("direction", direction))));
    assertScores(call, r, in, expectedScores(call, in.units()));
    double[] d = direction.equals("ones") ? new double[] {1, 1, 1, 1, 1, 1, 1, 1}
        : new double[] {1, 1, 1, 1, 1, 0.5, 0.5, 0.5};
    for (int i = 0; i < in.x().length; i++) {
      double score = r.score(in.units().get(i), "Index").orElseThrow();
      double[] w = weights(r, in, i);
      assertThat(dot(w, d)).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-9));
      double best = 0;
      for (double[] row : in.x()) {
        best = Math.max(best, dot(w, row));
      }
      assertThat(1 / (1 + best - dot(w, in.x()[i]))).isCloseTo(score,
          org.assertj.core.data.Offset.offset(1e-9));
    }
  }

  @Test
  void directionalFactoryWritesTheDirectionAsText() {
    Input in = input("I1");
    Results a = run(in, Aggregation.bodDirectional(1, 1, 1, 1, 1, 0.5, 0.5, 0.5));
    assertScores("I1_bod_dir_mixed", a, in, expectedScores("I1_bod_dir_mixed", in.units()));
  }

  /** Compind returns 0 and NaN shares for every unit; the SDK refuses, naming the bounds. */
  @Test
  void infeasibleShareBoundsAreRefusedWhereCompindReturnsZero() {
    Input in = input("I1");
    double[] compind = expectedScores("I1_bod_constr_w20_50_degenerate", in.units());
    assertThat(compind).containsOnly(0.0);
    assertThatThrownBy(() -> run(in, Aggregation.bod(0.2, 0.5)))
        .isInstanceOf(IndicatorsException.class)
        .hasMessageContaining("aggregate 'Index'")
        .hasMessageContaining("lowerShare = 0.2, upperShare = 0.5")
        .hasMessageContaining("8 present children")
        .hasMessageContaining("expected lowerShare <= 1/8 <= upperShare");
  }
}
