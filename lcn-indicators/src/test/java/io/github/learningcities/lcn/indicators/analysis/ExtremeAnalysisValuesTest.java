package io.github.learningcities.lcn.indicators.analysis;

import static io.github.learningcities.lcn.indicators.analysis.AnalysisFixtures.columns;
import static io.github.learningcities.lcn.indicators.analysis.AnalysisFixtures.times;
import static io.github.learningcities.lcn.indicators.analysis.AnalysisFixtures.v;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Regression (issue 11, "overflow passes silently"): on values or weights near the largest
 * double, or near the smallest, the analysis summed squares, products or weights that
 * overflowed to Infinity or underflowed to 0, and returned NaN, 0 or an empty result instead of
 * the value it has on moderate numbers. The expected values are worked out by hand on the
 * moderate pattern each case scales (every statistic here is invariant to that scaling).
 */
class ExtremeAnalysisValuesTest {
  // Means 0; sum of products 1.5, sums of squares 2.5 each: r = 0.6.
  private static final double[] A = {1, -1, 0.5, -0.5};
  private static final double[] B = {1, -1, -0.5, 0.5};

  @Test
  void pearsonOfValuesNearTheLargestDoubleIsTheModerateOne() {
    Correlation c = Correlation.of("a", times(A, 1.7e308), "b", times(B, 1e308),
        CorrelationMethod.PEARSON);
    assertThat(c.coefficient()).hasValueCloseTo(0.6, within(1e-12));
  }

  @Test
  void pearsonOfValuesNearTheSmallestNormalDoubleIsTheModerateOne() {
    Correlation c = Correlation.of("a", times(A, 3e-308), "b", times(B, 1e-300),
        CorrelationMethod.PEARSON);
    assertThat(c.coefficient()).hasValueCloseTo(0.6, within(1e-12));
  }

  @Test
  void correlationMatrixOfHugeColumnsIsTheModerateOne() {
    Dataset d = columns("a", times(A, 1e308), "b", times(B, 1e200));
    CorrelationMatrix m = CorrelationMatrix.of(d, List.of("a", "b"), CorrelationMethod.PEARSON);
    assertThat(m.coefficient("a", "b")).hasValueCloseTo(0.6, within(1e-12));
    assertThat(m.coefficient("a", "a")).hasValueCloseTo(1.0, within(1e-12));
  }

  @Test
  void cronbachAlphaOfHugeItemsIsTheModerateOne() {
    // Variances 1 and 1, covariance 0.5: alpha = 2^2 * 0.5 / (1 + 1 + 2 * 0.5) = 2/3.
    Dataset d = columns("x", v(1e300, 2e300, 3e300), "y", v(1e300, 3e300, 2e300));
    assertThat(CronbachAlpha.of(d, List.of("x", "y")).alpha())
        .hasValueCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void cronbachAlphaOfTinyItemsIsTheModerateOne() {
    Dataset d = columns("x", v(1e-300, 2e-300, 3e-300), "y", v(1e-300, 3e-300, 2e-300));
    assertThat(CronbachAlpha.of(d, List.of("x", "y")).alpha())
        .hasValueCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void principalComponentsOfHugeColumnsAreTheModerateOnes() {
    // Two standardised columns with correlation r have eigenvalues 1 + |r| and 1 - |r|.
    Dataset d = columns("a", times(A, 1.5e308), "b", times(B, 1e-300));
    PrincipalComponents pca = PrincipalComponents.of(d, List.of("a", "b"));
    assertThat(pca.variances()[0]).isCloseTo(1.6, within(1e-12));
    assertThat(pca.variances()[1]).isCloseTo(0.4, within(1e-12));
  }

  @Test
  void effectiveWeightsOfWeightsNearTheLargestDoubleAreTheirShares() {
    Framework fw = Framework.builder().node("I", null)
        .node(Node.of("x", "I").withWeight(Double.MAX_VALUE))
        .node(Node.of("y", "I").withWeight(Double.MAX_VALUE / 3))
        .build();
    Map<String, Double> w = fw.effectiveWeights();
    assertThat(w.get("x")).isCloseTo(0.75, within(1e-15));
    assertThat(w.get("y")).isCloseTo(0.25, within(1e-15));
    EffectiveWeights e = EffectiveWeights.of(fw);
    assertThat(e.weight("x")).isCloseTo(0.75, within(1e-15));
    assertThat(e.sumAtLevel(1)).isCloseTo(1, within(1e-15));
  }

  @Test
  void effectiveWeightsOfHugeWeightsInADeeperTreeMultiplyDown() {
    Framework fw = Framework.builder().node("I", null)
        .node(Node.of("P", "I").withWeight(1e308))
        .node(Node.of("Q", "I").withWeight(1e308))
        .node(Node.of("x", "P").withWeight(1.5e308))
        .node(Node.of("y", "P").withWeight(0.5e308))
        .node(Node.of("z", "Q"))
        .build();
    Map<String, Double> w = fw.effectiveWeights();
    assertThat(w.get("P")).isCloseTo(0.5, within(1e-15));
    assertThat(w.get("x")).isCloseTo(0.375, within(1e-15));
    assertThat(w.get("y")).isCloseTo(0.125, within(1e-15));
    assertThat(w.get("z")).isCloseTo(0.5, within(1e-15));
  }
}
