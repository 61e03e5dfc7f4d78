package io.github.learningcities.lcn.indicators.analysis;

import static io.github.learningcities.lcn.indicators.analysis.AnalysisFixtures.NA;
import static io.github.learningcities.lcn.indicators.analysis.AnalysisFixtures.columns;
import static io.github.learningcities.lcn.indicators.analysis.AnalysisFixtures.v;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The public factories that rebuild analysis outcomes from their values (as documents hold
 * them) give values equal to the computed ones, and refuse inconsistent values naming the place.
 */
class RebuildFromValuesTest {
  private static final Dataset DATA = columns("a", v(1, 2, 3, 5), "b", v(2, 1, NA, 4),
      "c", v(0, 3, 1, 2));
  private static final Framework FRAMEWORK = Framework.builder().node("I", null)
      .node("P", "I").node(Node.of("Q", "I").withWeight(3)).node("a", "P").node("b", "P")
      .node("c", "Q").build();

  @Test
  void aCorrelationMatrixRebuiltFromItsCellsEqualsTheComputedOne() {
    CorrelationMatrix m = CorrelationMatrix.of(DATA, List.of("a", "b"), List.of("b", "c"),
        CorrelationMethod.SPEARMAN);
    CorrelationMatrix back = CorrelationMatrix.ofCells(m.rows(), m.columns(), m.method(),
        m.cells());
    assertThat(back).isEqualTo(m).hasSameHashCodeAs(m);
    assertThat(back.get("b", "c")).isEqualTo(m.get("b", "c"));
    assertThat(CorrelationMatrix.of(DATA, List.of("a", "b"), List.of("b", "c"),
        CorrelationMethod.PEARSON)).isNotEqualTo(m);
  }

  @Test
  void aCorrelationMatrixWithMisplacedCellsIsRefused() {
    CorrelationMatrix m = CorrelationMatrix.of(DATA, List.of("a", "b"),
        CorrelationMethod.PEARSON);
    List<Correlation> cells = m.cells();
    assertThatThrownBy(() -> CorrelationMatrix.ofCells(m.rows(), m.columns(), m.method(),
        cells.subList(0, 3))).isInstanceOf(AnalysisException.class)
        .hasMessageContaining("has 3 cells; expected 4");
    assertThatThrownBy(() -> CorrelationMatrix.ofCells(m.rows(), m.columns(), m.method(),
        List.of(cells.get(0), cells.get(2), cells.get(1), cells.get(3))))
        .isInstanceOf(AnalysisException.class)
        .hasMessageContaining("cell 1").hasMessageContaining("expected 'a' with 'b'");
    assertThatThrownBy(() -> CorrelationMatrix.ofCells(m.rows(), m.columns(),
        CorrelationMethod.KENDALL, cells)).isInstanceOf(AnalysisException.class)
        .hasMessageContaining("by KENDALL");
  }

  @Test
  void dataAvailabilityRebuiltFromItsUnitsEqualsTheComputedOne() {
    DataAvailability a = DataAvailability.of(FRAMEWORK, DATA);
    Map<String, Map<String, Double>> groups = new LinkedHashMap<>();
    a.units().forEach(u -> groups.put(u.unit(), a.groups(u.unit())));
    DataAvailability back = DataAvailability.ofUnits(a.units(), groups);
    assertThat(back).isEqualTo(a).hasSameHashCodeAs(a);
    assertThat(back.group("u2", "P")).isEqualTo(0.5);
  }

  @Test
  void dataAvailabilityWithMismatchedUnitsOrFractionsIsRefused() {
    DataAvailability.UnitAvailability u0 = new DataAvailability.UnitAvailability("u0", 3, 0, 0,
        1, OptionalDouble.of(1));
    DataAvailability.UnitAvailability u1 = new DataAvailability.UnitAvailability("u1", 3, 0, 0,
        1, OptionalDouble.of(1));
    assertThatThrownBy(() -> DataAvailability.ofUnits(List.of(u0, u1),
        Map.of("u0", Map.of("P", 1.0)))).isInstanceOf(AnalysisException.class)
        .hasMessageContaining("unit 'u1' has no availability by aggregate");
    assertThatThrownBy(() -> DataAvailability.ofUnits(List.of(u0, u1),
        Map.of("u0", Map.of("P", 1.0), "u1", Map.of("Q", 1.0))))
        .isInstanceOf(AnalysisException.class).hasMessageContaining("unit 'u1'")
        .hasMessageContaining("expected the same aggregates for every unit");
    assertThatThrownBy(() -> DataAvailability.ofUnits(List.of(u0),
        Map.of("u0", Map.of("P", 1.5)))).isInstanceOf(AnalysisException.class)
        .hasMessageContaining("unit 'u0', aggregate 'P'").hasMessageContaining("from 0 to 1");
    assertThatThrownBy(() -> DataAvailability.ofUnits(List.of(u0, u0),
        Map.of("u0", Map.of()))).isInstanceOf(AnalysisException.class)
        .hasMessageContaining("unit 'u0' appears twice");
    assertThatThrownBy(() -> DataAvailability.ofUnits(List.of(u0),
        Map.of("u0", Map.of(), "u9", Map.of()))).isInstanceOf(AnalysisException.class)
        .hasMessageContaining("unit 'u9'");
  }

  @Test
  void effectiveWeightsRebuiltFromTheirNodesEqualTheComputedOnes() {
    EffectiveWeights w = EffectiveWeights.of(FRAMEWORK);
    EffectiveWeights back = EffectiveWeights.ofNodes(w.nodes());
    assertThat(back).isEqualTo(w).hasSameHashCodeAs(w);
    assertThat(back.atLevel(2)).containsExactly(Map.entry("P", 0.25), Map.entry("Q", 0.75));
    assertThat(back.sumsByLevel()).isEqualTo(w.sumsByLevel());
    assertThat(w.nodes()).extracting(EffectiveWeights.NodeWeight::level)
        .containsExactly(3, 2, 2, 1, 1, 1);
    assertThatThrownBy(() -> back.atLevel(4)).isInstanceOf(AnalysisException.class)
        .hasMessageContaining("from 1 (indicators) to 3 (the index 'I')");
  }

  @Test
  void effectiveWeightsWithoutASingleRootOrWithAGapIsRefused() {
    EffectiveWeights.NodeWeight root = new EffectiveWeights.NodeWeight("I", 3, 1);
    EffectiveWeights.NodeWeight leaf = new EffectiveWeights.NodeWeight("a", 1, 1);
    assertThatThrownBy(() -> EffectiveWeights.ofNodes(List.of(root, leaf)))
        .isInstanceOf(AnalysisException.class).hasMessageContaining("no node is at level 2");
    assertThatThrownBy(() -> EffectiveWeights.ofNodes(List.of(root,
        new EffectiveWeights.NodeWeight("J", 3, 1), leaf)))
        .isInstanceOf(AnalysisException.class).hasMessageContaining("[I, J]")
        .hasMessageContaining("single root");
    assertThatThrownBy(() -> EffectiveWeights.ofNodes(List.of(
        new EffectiveWeights.NodeWeight("I", 2, 0.5), leaf)))
        .isInstanceOf(AnalysisException.class).hasMessageContaining("root 'I'")
        .hasMessageContaining("expected 1");
    assertThatThrownBy(() -> EffectiveWeights.ofNodes(List.of(
        new EffectiveWeights.NodeWeight("I", 2, 1), leaf, leaf)))
        .isInstanceOf(AnalysisException.class).hasMessageContaining("node 'a' appears twice");
    assertThatThrownBy(() -> new EffectiveWeights.NodeWeight("a", 0, 1))
        .isInstanceOf(AnalysisException.class).hasMessageContaining("node 'a': level 0");
    assertThatThrownBy(() -> new EffectiveWeights.NodeWeight("a", 1, -0.5))
        .isInstanceOf(AnalysisException.class).hasMessageContaining("at least 0");
  }

  @Test
  void principalComponentsRebuiltFromTheirOutcomeEqualTheComputedOnes() {
    PrincipalComponents p = PrincipalComponents.of(DATA, List.of("a", "b", "c"));
    double[][] loadings = new double[3][];
    for (int c = 0; c < 3; c++) {
      loadings[c] = p.loadings(c).values().stream().mapToDouble(Double::doubleValue).toArray();
    }
    PrincipalComponents back = PrincipalComponents.ofComponents(p.group(), p.items(),
        p.unitsUsed(), p.unitsDropped(), p.variances(), loadings);
    assertThat(back).isEqualTo(p).hasSameHashCodeAs(p);
    assertThat(back.weights()).isEqualTo(p.weights());
    loadings[0][0] = 9;
    assertThat(back.loadings(0).get("a")).isEqualTo(p.loadings(0).get("a"));
  }

  @Test
  void principalComponentsOfTheWrongShapeOrOrderAreRefused() {
    double[][] identity = {{1, 0}, {0, 1}};
    List<String> items = List.of("a", "b");
    List<String> used = List.of("u0", "u1");
    assertThatThrownBy(() -> PrincipalComponents.ofComponents(Optional.of("P"), items, used,
        List.of(), new double[] {0.5, 1.5}, identity)).isInstanceOf(AnalysisException.class)
        .hasMessageContaining("group 'P'").hasMessageContaining("component 1 is 1.5");
    assertThatThrownBy(() -> PrincipalComponents.ofComponents(Optional.empty(), items, used,
        List.of(), new double[] {2, 0}, new double[][] {{1, 0}, {1}}))
        .isInstanceOf(AnalysisException.class).hasMessageContaining("component 1 has 1 loadings");
    assertThatThrownBy(() -> PrincipalComponents.ofComponents(Optional.empty(), items, used,
        List.of("u1"), new double[] {2, 0}, identity)).isInstanceOf(AnalysisException.class)
        .hasMessageContaining("unit 'u1' is listed twice");
    assertThatThrownBy(() -> PrincipalComponents.ofComponents(Optional.empty(), items,
        List.of("u0"), List.of(), new double[] {2, 0}, identity))
        .isInstanceOf(AnalysisException.class).hasMessageContaining("expected at least 2");
    assertThatThrownBy(() -> PrincipalComponents.ofComponents(Optional.empty(), items, used,
        List.of(), new double[] {2, 0}, new double[][] {{1, Double.NaN}, {0, 1}}))
        .isInstanceOf(AnalysisException.class).hasMessageContaining("column 'b': loading NaN");
    assertThatThrownBy(() -> PrincipalComponents.of(DATA, List.of("a", "a")))
        .isInstanceOf(AnalysisException.class).hasMessageContaining("column 'a' is listed twice");
  }
}
