package io.github.learningcities.lcn.indicators.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Edge cases of factor-analysis weights found by FactorWeightsProperties. */
class FactorWeightsTest {

  @Test
  void twoIndicatorsWithTwoFactorsAreWeightedEquallyWhateverTheUnitOrder() {
    // regression: the components of two indicators are symmetric, so varimax starts at a
    // stationary point and every scaled squared loading ties at 1/2; rounding used to decide
    // between weights 0.96/0.04 and 0.04/0.96 depending on the unit order
    double[] x = {38.2, 51.7, 44.0, 61.3};
    double[] y = {60.1, 41.9, 57.5, 35.2};
    double[] xr = {61.3, 44.0, 51.7, 38.2};
    double[] yr = {35.2, 57.5, 41.9, 60.1};
    for (double[][] cols : new double[][][] {{x, y}, {xr, yr}}) {
      for (FactorWeights.Variant v : List.of(FactorWeights.Variant.ALL,
          FactorWeights.Variant.CH)) {
        FactorAnalysis f = FactorAnalysis.of(List.of("x", "y"), cols, v, 2);
        assertThat(f.weights().get("x")).isCloseTo(0.5, within(1e-12));
        assertThat(f.weights().get("y")).isCloseTo(0.5, within(1e-12));
      }
    }
  }

  @Test
  void factorsBeyondTheRankOfTheDataAreNotKept() {
    // 3 units, 4 columns: the correlation matrix has rank 2 at most
    double[][] cols = {{1, 2, 4}, {3, 1, 2}, {5, 5, 1}, {2, 7, 3}};
    FactorAnalysis f = FactorAnalysis.of(List.of("a", "b", "c", "d"), cols,
        FactorWeights.Variant.ALL, 0);
    assertThat(f.factors()).isEqualTo(2);
    assertThat(java.util.Arrays.stream(f.compindScores()).allMatch(Double::isNaN)).isTrue();
    double sum = f.weights().values().stream().mapToDouble(Double::doubleValue).sum();
    assertThat(sum).isCloseTo(1, within(1e-12));
  }

  @Test
  void invalidInputsNameTheProblem() {
    double[][] cols = {{1, 2, 3}, {3, 3, 3}};
    assertThatThrownBy(() -> FactorAnalysis.of(List.of("a", "b"), cols))
        .isInstanceOf(AnalysisException.class).hasMessageContaining("column 'b' is constant");
    assertThatThrownBy(() -> FactorAnalysis.of(List.of("a", "b"), new double[][] {{1, 2, 3},
        {3, 1, 2}}, FactorWeights.Variant.CH, 3))
        .isInstanceOf(AnalysisException.class).hasMessageContaining("dim is 3; expected 1 to 2");
    assertThatThrownBy(() -> FactorWeights.Variant.of("two"))
        .isInstanceOf(AnalysisException.class).hasMessageContaining("kaiser, one, all or ch");
  }
}
