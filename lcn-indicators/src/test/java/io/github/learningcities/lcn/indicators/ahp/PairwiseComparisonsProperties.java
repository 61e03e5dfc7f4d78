package io.github.learningcities.lcn.indicators.ahp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue #14: invariants of the Analytic Hierarchy Process. A consistent matrix (a_ij = w_i /
 * w_j) gives back w by either method with lambda_max = n and CR = 0; renaming the elements'
 * order permutes the weights and leaves lambda_max and CR unchanged; inverting every judgement
 * (a_ij -&gt; a_ji) keeps CR (a matrix and its transpose share their eigenvalues) and gives
 * geometric-mean weights proportional to 1 / w; the eigenvector is positive, sums to 1, and
 * satisfies A w = lambda_max w.
 */
class PairwiseComparisonsProperties {

  @Provide
  Arbitrary<double[]> upperTriangles() {
    Arbitrary<Double> saaty = Arbitraries.of(1.0 / 9, 1.0 / 7, 1.0 / 5, 1.0 / 3, 0.5, 1.0, 2.0,
        3.0, 5.0, 7.0, 9.0);
    return Arbitraries.integers().between(1, 10).flatMap(n -> saaty.array(double[].class)
        .ofSize(n * (n - 1) / 2));
  }

  @Provide
  Arbitrary<double[]> priorities() {
    return Arbitraries.doubles().between(0.05, 20).array(double[].class).ofMinSize(1)
        .ofMaxSize(10);
  }

  private static int size(double[] upper) {
    return (int) Math.round((1 + Math.sqrt(1 + 8.0 * upper.length)) / 2);
  }

  private static List<String> codes(int n) {
    List<String> c = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      c.add("e" + i);
    }
    return c;
  }

  @Property(tries = 200)
  void aConsistentMatrixGivesBackItsPriorities(@ForAll("priorities") double[] w) {
    int n = w.length;
    double[][] a = new double[n][n];
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += w[i];
      for (int j = 0; j < n; j++) {
        a[i][j] = w[i] / w[j];
      }
    }
    for (PriorityMethod m : PriorityMethod.values()) {
      AhpWeights r = PairwiseComparisons.of("X", codes(n), a).weights(m, 0.1);
      for (int i = 0; i < n; i++) {
        assertThat(r.weights().get("e" + i)).isCloseTo(w[i] / s, within(1e-12));
      }
      assertThat(r.consistencyRatio()).isCloseTo(0, within(1e-12));
      assertThat(r.lambdaMax()).isCloseTo(n, within(1e-10 * n));
    }
  }

  @Property(tries = 200)
  void reorderingTheElementsPermutesTheWeightsAndKeepsTheConsistency(
      @ForAll("upperTriangles") double[] upper) {
    int n = size(upper);
    PairwiseComparisons c = PairwiseComparisons.fromUpperTriangle("X", codes(n), upper);
    double[][] a = c.matrix();
    // reverse order: element i becomes n - 1 - i
    double[][] b = new double[n][n];
    List<String> reversed = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      reversed.add("e" + (n - 1 - i));
      for (int j = 0; j < n; j++) {
        b[i][j] = a[n - 1 - i][n - 1 - j];
      }
    }
    for (PriorityMethod m : PriorityMethod.values()) {
      AhpWeights x = c.evaluate(m);
      AhpWeights y = PairwiseComparisons.of("X", reversed, b).evaluate(m);
      for (String code : codes(n)) {
        assertThat(y.weights().get(code)).isCloseTo(x.weights().get(code), within(1e-12));
      }
      assertThat(y.consistencyRatio()).isCloseTo(x.consistencyRatio(), within(1e-9));
      assertThat(y.lambdaMax()).isCloseTo(x.lambdaMax(), within(1e-9));
    }
  }

  @Property(tries = 200)
  void invertingEveryJudgementKeepsTheConsistencyAndInvertsGeometricWeights(
      @ForAll("upperTriangles") double[] upper) {
    int n = size(upper);
    double[] inverted = new double[upper.length];
    for (int i = 0; i < upper.length; i++) {
      inverted[i] = 1 / upper[i];
    }
    AhpWeights x = PairwiseComparisons.fromUpperTriangle("X", codes(n), upper)
        .evaluate(PriorityMethod.GEOMETRIC_MEAN);
    AhpWeights y = PairwiseComparisons.fromUpperTriangle("X", codes(n), inverted)
        .evaluate(PriorityMethod.GEOMETRIC_MEAN);
    assertThat(y.consistencyRatio()).isCloseTo(x.consistencyRatio(), within(1e-9));
    double s = 0;
    for (double w : x.weights().values()) {
      s += 1 / w;
    }
    for (String code : codes(n)) {
      assertThat(y.weights().get(code)).isCloseTo(1 / x.weights().get(code) / s,
          within(1e-12));
    }
  }

  @Property(tries = 200)
  void theEigenvectorSatisfiesTheEigenEquation(@ForAll("upperTriangles") double[] upper) {
    int n = size(upper);
    PairwiseComparisons c = PairwiseComparisons.fromUpperTriangle("X", codes(n), upper);
    AhpWeights w = c.evaluate(PriorityMethod.EIGENVECTOR);
    double[][] a = c.matrix();
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double wi = w.weights().get("e" + i);
      assertThat(wi).isPositive();
      sum += wi;
      double ax = 0;
      for (int j = 0; j < n; j++) {
        ax += a[i][j] * w.weights().get("e" + j);
      }
      assertThat(ax).isCloseTo(w.lambdaMax() * wi, within(1e-9 * n * w.lambdaMax()));
    }
    assertThat(sum).isCloseTo(1, within(1e-12));
    assertThat(w.lambdaMax()).isGreaterThanOrEqualTo(n - 1e-9);
  }
}
