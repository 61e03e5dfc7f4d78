package io.github.learningcities.lcn.indicators.ahp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Weighting;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue #14: Analytic Hierarchy Process weights. Expected values are derived independently of
 * the power iteration: for a 3x3 reciprocal matrix lambda_max = 1 + r^(1/3) + r^(-1/3) with
 * r = a12 a23 / a13, and its principal eigenvector is the normalised row geometric means;
 * larger matrices are checked through the eigen-equation A w = lambda w itself.
 */
class PairwiseComparisonsTest {
  private static final List<String> ABC = List.of("A", "B", "C");

  @Test
  void threeByThreeMatchesTheClosedForm() {
    double a12 = 3;
    double a13 = 5;
    double a23 = 2;
    AhpWeights w = PairwiseComparisons.fromUpperTriangle("Conn", ABC, a12, a13, a23).weights();
    double r = a12 * a23 / a13;
    double lambda = 1 + Math.cbrt(r) + 1 / Math.cbrt(r);
    assertThat(w.lambdaMax()).isCloseTo(lambda, within(1e-12));
    assertThat(w.consistencyIndex()).isCloseTo((lambda - 3) / 2, within(1e-12));
    assertThat(w.consistencyRatio()).isCloseTo((lambda - 3) / 2 / 0.58, within(1e-12));
    double g1 = Math.cbrt(a12 * a13);
    double g2 = Math.cbrt(a23 / a12);
    double g3 = Math.cbrt(1 / (a13 * a23));
    double s = g1 + g2 + g3;
    assertThat(w.weights().get("A")).isCloseTo(g1 / s, within(1e-12));
    assertThat(w.weights().get("B")).isCloseTo(g2 / s, within(1e-12));
    assertThat(w.weights().get("C")).isCloseTo(g3 / s, within(1e-12));
    // the numbers quoted in the Javadoc example
    assertThat(w.consistencyRatio()).isCloseTo(0.0032, within(5e-5));
    assertThat(w.weights().get("A")).isCloseTo(0.648, within(5e-4));
    assertThat(w.weights().get("B")).isCloseTo(0.230, within(5e-4));
    assertThat(w.weights().get("C")).isCloseTo(0.122, within(5e-4));
  }

  @Test
  void eigenvectorSatisfiesTheEigenEquationOnAnInconsistentFiveByFive() {
    PairwiseComparisons c = PairwiseComparisons.fromUpperTriangle("P", List.of("a", "b", "c",
        "d", "e"), 2, 3, 5, 7, 1.5, 2, 4, 3, 1.0 / 2, 2);
    AhpWeights w = c.evaluate(PriorityMethod.EIGENVECTOR);
    double[][] a = c.matrix();
    double[] x = c.codes().stream().mapToDouble(w.weights()::get).toArray();
    for (int i = 0; i < 5; i++) {
      double ax = 0;
      for (int j = 0; j < 5; j++) {
        ax += a[i][j] * x[j];
      }
      assertThat(ax).isCloseTo(w.lambdaMax() * x[i], within(1e-12));
    }
    assertThat(w.lambdaMax()).isGreaterThan(5);
    assertThat(w.consistencyRatio()).isCloseTo((w.lambdaMax() - 5) / 4 / 1.12, within(1e-15));
  }

  @Test
  void aConsistentMatrixGivesBackItsWeightsByEitherMethod() {
    double[] truth = {0.5, 0.25, 0.15, 0.1};
    double[][] a = new double[4][4];
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        a[i][j] = truth[i] / truth[j];
      }
    }
    for (PriorityMethod m : PriorityMethod.values()) {
      AhpWeights w = PairwiseComparisons.of("X", List.of("p", "q", "r", "s"), a)
          .weights(m, 0.1);
      assertThat(w.method()).isEqualTo(m);
      assertThat(w.weights().values().stream().mapToDouble(Double::doubleValue).toArray())
          .containsExactly(new double[] {0.5, 0.25, 0.15, 0.1}, within(1e-14));
      assertThat(w.consistencyRatio()).isCloseTo(0, within(1e-12));
      assertThat(w.lambdaMax()).isCloseTo(4, within(1e-12));
    }
  }

  @Test
  void aRatioAboveTheThresholdIsRefusedNamingTheMatrixAndTheRatio() {
    PairwiseComparisons c = PairwiseComparisons.fromUpperTriangle("Conn", ABC, 9, 1.0 / 9, 9);
    double r = 9 * 9 / (1.0 / 9);
    double cr = (1 + Math.cbrt(r) + 1 / Math.cbrt(r) - 3) / 2 / 0.58;
    assertThatThrownBy(c::weights)
        .isInstanceOfSatisfying(InconsistentJudgementsException.class, e -> {
          assertThat(e.matrix()).isEqualTo("Conn");
          assertThat(e.ratio()).isCloseTo(cr, within(1e-9));
          assertThat(e.threshold()).isEqualTo(0.1);
        })
        .hasMessageContaining("pairwise comparisons 'Conn'")
        .hasMessageContaining("consistency ratio 6.13,")
        .hasMessageContaining("above the threshold 0.1;")
        .hasMessageContaining("(judged 9, the weights imply 1)");
    assertThat(cr).isCloseTo(6.13, within(0.005));
    assertThat(c.weights(PriorityMethod.EIGENVECTOR, 6.2).consistencyRatio())
        .isCloseTo(cr, within(1e-9));
    assertThatThrownBy(() -> c.weights(PriorityMethod.EIGENVECTOR, 6.1)).isInstanceOf(
        InconsistentJudgementsException.class);
  }

  @Test
  void matricesThatAreNotReciprocalPositiveAndSquareAreRefusedWithThePlace() {
    assertThatThrownBy(() -> PairwiseComparisons.of("M", List.of("x", "y"),
        new double[][] {{1, 3}, {0.5, 1}}))
        .isInstanceOf(InvalidComparisonsException.class)
        .hasMessageContaining("'x' over 'y' is 3.0 but 'y' over 'x' is 0.5")
        .hasMessageContaining("expected reciprocals");
    assertThatThrownBy(() -> PairwiseComparisons.of("M", List.of("x", "y"),
        new double[][] {{1, 0}, {0, 1}}))
        .isInstanceOf(InvalidComparisonsException.class)
        .hasMessageContaining("'x' over 'y' is 0.0; expected a positive finite number");
    assertThatThrownBy(() -> PairwiseComparisons.of("M", List.of("x", "y"),
        new double[][] {{2, 3}, {1.0 / 3, 1}}))
        .isInstanceOf(InvalidComparisonsException.class)
        .hasMessageContaining("diagonal entry of 'x' is 2.0; expected 1");
    assertThatThrownBy(() -> PairwiseComparisons.of("M", List.of("x", "y"),
        new double[][] {{1, 3}}))
        .isInstanceOf(InvalidComparisonsException.class).hasMessageContaining("square");
    assertThatThrownBy(() -> PairwiseComparisons.fromUpperTriangle("M", ABC, 1, 2))
        .isInstanceOf(InvalidComparisonsException.class)
        .hasMessageContaining("2 judgements above the diagonal for 3 elements; expected 3");
    assertThatThrownBy(() -> PairwiseComparisons.fromUpperTriangle("M", ABC, 1, Double.NaN, 2))
        .isInstanceOf(InvalidComparisonsException.class)
        .hasMessageContaining("'A' over 'C' is NaN");
    assertThatThrownBy(() -> PairwiseComparisons.fromUpperTriangle("M", List.of("x", "x"), 2))
        .isInstanceOf(InvalidComparisonsException.class).hasMessageContaining("twice");
    List<String> eleven = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k");
    assertThatThrownBy(() -> PairwiseComparisons.fromUpperTriangle("Big", eleven,
        new double[55])).isInstanceOf(InvalidComparisonsException.class)
        .hasMessageContaining("compare 11 elements; expected at most 10");
    // 0.333 for 1/3 is accepted, and the upper triangle is what counts
    PairwiseComparisons typed = PairwiseComparisons.of("M", List.of("x", "y"),
        new double[][] {{1, 3}, {0.333, 1}});
    assertThat(typed.matrix()[1][0]).isEqualTo(1.0 / 3);
  }

  @Test
  void oneAndTwoElementsAreAlwaysConsistent() {
    assertThat(PairwiseComparisons.fromUpperTriangle("one", List.of("x")).weights().weights())
        .containsExactly(Map.entry("x", 1.0));
    AhpWeights two = PairwiseComparisons.fromUpperTriangle("two", List.of("x", "y"), 4)
        .weights();
    assertThat(two.consistencyRatio()).isZero();
    assertThat(two.weights().get("x")).isCloseTo(0.8, within(1e-15));
    assertThat(PairwiseComparisons.randomIndex(10)).isEqualTo(1.49);
  }

  @Test
  void theWeightingStepUsesTheWeightsOfTheComparisons() {
    Framework fw = Framework.builder().node("I", null).node("A", "I").node("B", "I")
        .node("C", "I").build();
    Dataset d = Dataset.ofColumns(List.of(Unit.of("u", null)), Map.of("A", new double[] {10},
        "B", new double[] {20}, "C", new double[] {40}));
    PairwiseComparisons c = PairwiseComparisons.fromUpperTriangle("I", ABC, 3, 5, 2);
    AhpWeights w = c.weights();
    Results r = Engine.standard().run(fw, d, Pipeline.coinrDefault().withNormalisation(null)
        .withWeighting(Weighting.fromFramework().withComparisons(c)));
    assertThat(r.score("u", "I").orElseThrow()).isCloseTo(10 * w.weights().get("A")
        + 20 * w.weights().get("B") + 40 * w.weights().get("C"), within(1e-12));
    assertThatThrownBy(() -> Weighting.equal().withComparisons(
        PairwiseComparisons.fromUpperTriangle("I", ABC, 9, 1.0 / 9, 9)))
        .isInstanceOf(InconsistentJudgementsException.class);
  }
}
