package io.github.learningcities.lcn.indicators.analysis;

import static io.github.learningcities.lcn.indicators.analysis.AnalysisFixtures.NA;
import static io.github.learningcities.lcn.indicators.analysis.AnalysisFixtures.columns;
import static io.github.learningcities.lcn.indicators.analysis.AnalysisFixtures.v;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.framework.Framework;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrincipalComponentsTest {
  // x and y perfectly correlated, z uncorrelated with both: correlation matrix
  // [[1,1,0],[1,1,0],[0,0,1]] with eigenvalues 2, 1, 0; the last unit is incomplete
  private static final Dataset DATA = columns("x", v(1, 2, 3, 4, 7), "y", v(-2, -4, -6, -8, 1),
      "z", v(1, -1, -1, 1, NA));

  @Test
  void varianceExplainedLoadingsAndWeights() {
    PrincipalComponents p = PrincipalComponents.of(DATA, List.of("x", "y", "z"));
    assertThat(p.unitsUsed()).containsExactly("u0", "u1", "u2", "u3");
    assertThat(p.unitsDropped()).containsExactly("u4");
    assertThat(p.variances()).containsExactly(new double[] {2, 1, 0}, within(1e-12));
    assertThat(p.varianceExplained()).containsExactly(new double[] {2 / 3.0, 1 / 3.0, 0},
        within(1e-12));
    // y runs against x, so PC1 is (1, -1, 0) / sqrt 2; ties in magnitude: the first is positive
    Map<String, Double> pc1 = p.loadings(0);
    assertThat(pc1.get("x")).isCloseTo(Math.sqrt(0.5), within(1e-12));
    assertThat(pc1.get("y")).isCloseTo(-Math.sqrt(0.5), within(1e-12));
    assertThat(pc1.get("z")).isCloseTo(0, within(1e-12));
    assertThat(p.loadings(1).get("z")).isCloseTo(1, within(1e-12));
    assertThat(p.weights().get("x")).isCloseTo(0.5, within(1e-12));
    assertThat(p.weights().get("y")).isCloseTo(0.5, within(1e-12));
    assertThat(p.weights().get("z")).isCloseTo(0, within(1e-12));
  }

  @Test
  void theLargestLoadingOfEachComponentIsPositive() {
    Dataset d = columns("a", v(1, 2, 3, 4, 5), "b", v(2, 4, 5, 4, 5), "c", v(5, 3, 4, 1, 2));
    PrincipalComponents p = PrincipalComponents.of(d, List.of("a", "b", "c"));
    for (int c = 0; c < 3; c++) {
      double big = p.loadings(c).values().stream().max((s, t) -> Double.compare(Math.abs(s),
          Math.abs(t))).orElseThrow();
      assertThat(big).isPositive();
      assertThat(p.loadings(c).values().stream().mapToDouble(l -> l * l).sum())
          .isCloseTo(1, within(1e-12));
    }
    assertThat(p.variances()[0] + p.variances()[1] + p.variances()[2]).isCloseTo(3,
        within(1e-12));
  }

  @Test
  void oneAnalysisPerParent() {
    Framework fw = Framework.builder().node("I", null).node("P", "I").node("Q", "I")
        .node("x", "P").node("y", "P").node("z", "Q").node("w", "Q").build();
    Dataset d = columns("x", v(1, 2, 3, 4, 7), "y", v(-2, -4, -6, -8, 1),
        "z", v(1, -1, -1, 1, NA), "w", v(2, 1, 2, 1, 2));
    Map<String, PrincipalComponents> byGroup = PrincipalComponents.byGroup(fw, d, 1);
    assertThat(byGroup).containsOnlyKeys("P", "Q");
    assertThat(byGroup.get("P").unitsDropped()).isEmpty();
    assertThat(byGroup.get("Q").unitsDropped()).containsExactly("u4");
    assertThat(byGroup.get("P").group()).contains("P");
  }

  @Test
  void aConstantColumnOrTooFewCompleteUnitsAreRefused() {
    Dataset d = columns("a", v(1, 1, 1), "b", v(1, 2, 3), "c", v(NA, NA, 4));
    assertThatThrownBy(() -> PrincipalComponents.of(d, List.of("a", "b")))
        .isInstanceOf(AnalysisException.class).hasMessageContaining("column 'a' is constant");
    assertThatThrownBy(() -> PrincipalComponents.of(d, List.of("b", "c")))
        .isInstanceOf(AnalysisException.class).hasMessageContaining("1 unit(s)");
  }
}
