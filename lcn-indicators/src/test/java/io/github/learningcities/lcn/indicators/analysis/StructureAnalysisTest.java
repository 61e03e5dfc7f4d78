package io.github.learningcities.lcn.indicators.analysis;

import static io.github.learningcities.lcn.indicators.analysis.AnalysisFixtures.NA;
import static io.github.learningcities.lcn.indicators.analysis.AnalysisFixtures.columns;
import static io.github.learningcities.lcn.indicators.analysis.AnalysisFixtures.v;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.engine.Step;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Weighting;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Analyses that follow the framework: parents, effective weights, removal, availability. */
class StructureAnalysisTest {
  // c0 = (1, 2, 3) and c1 = (3, 1, 2) normalise to (0, 50, 100) and (100, 0, 50);
  // the index (their mean) is (50, 25, 75), ranks u0 2, u1 3, u2 1
  private static final Framework FLAT = Framework.builder().node("I", null).node("c0", "I")
      .node("c1", "I").build();
  private static final Dataset FLAT_DATA = columns("c0", v(1, 2, 3), "c1", v(3, 1, 2));

  private static Results flat() {
    return Engine.standard().run(FLAT, FLAT_DATA, Pipeline.coinrDefault());
  }

  @Test
  void eachIndicatorWithItsParent() {
    // index deviations (0, -25, 25); c0 (-50, 0, 50): r = 1250 / sqrt(1250 * 5000) = 0.5
    List<Correlation> cs = Correlations.withParents(flat(), 1, CorrelationMethod.PEARSON);
    assertThat(cs).extracting(Correlation::first).containsExactly("I", "I");
    assertThat(cs).extracting(Correlation::second).containsExactly("c0", "c1");
    assertThat(cs.get(0).coefficient().getAsDouble()).isCloseTo(0.5, within(1e-14));
    assertThat(cs.get(1).coefficient().getAsDouble()).isCloseTo(0.5, within(1e-14));
  }

  @Test
  void familyCorrelatesWithEveryAncestorLevelByLevel() {
    Framework fw = Framework.builder().node("I", null).node("P", "I").node("Q", "I")
        .node("a", "P").node("b", "P").node("c", "Q").build();
    Dataset d = columns("a", v(1, 2, 3, 4), "b", v(4, 3, 2, 1), "c", v(1, 3, 2, 4),
        "P", v(1, 2, 3, 4), "Q", v(1, 3, 2, 4), "I", v(4, 3, 2, 1));
    List<Correlation> fam = Correlations.family(fw, d, 1, CorrelationMethod.SPEARMAN);
    assertThat(fam).extracting(c -> c.first() + ">" + c.second())
        .containsExactly("P>a", "P>b", "Q>c", "I>a", "I>b", "I>c");
    assertThat(fam.get(0).coefficient().getAsDouble()).isCloseTo(1, within(1e-14));
    assertThat(fam.get(1).coefficient().getAsDouble()).isCloseTo(-1, within(1e-14));
    assertThat(fam.get(3).coefficient().getAsDouble()).isCloseTo(-1, within(1e-14));
    assertThat(Correlations.withAncestors(fw, d, 1, 3, CorrelationMethod.SPEARMAN)).hasSize(3);
    assertThatThrownBy(() -> Correlations.family(fw, d, 3, CorrelationMethod.PEARSON))
        .isInstanceOf(AnalysisException.class).hasMessageContaining("top level");
    assertThatThrownBy(() -> Correlations.withAncestors(fw, d, 2, 2, CorrelationMethod.PEARSON))
        .isInstanceOf(AnalysisException.class).hasMessageContaining("not above level 2");
    assertThat(Correlations.betweenLevels(fw, d, 2, 2, CorrelationMethod.PEARSON).rows())
        .containsExactly("P", "Q");
  }

  @Test
  void effectiveWeightsMultiplyTheNormalisedWeightsDownTheTree() {
    Framework fw = Framework.builder().node("I", null).node(Node.of("A", "I").withWeight(1))
        .node(Node.of("B", "I").withWeight(3)).node(Node.of("a1", "A").withWeight(1))
        .node(Node.of("a2", "A").withWeight(3)).node("b1", "B").build();
    EffectiveWeights w = EffectiveWeights.of(fw);
    assertThat(w.weight("A")).isEqualTo(0.25);
    assertThat(w.weight("a1")).isEqualTo(0.0625);
    assertThat(w.weight("a2")).isEqualTo(0.1875);
    assertThat(w.weight("b1")).isEqualTo(0.75);
    assertThat(w.atLevel(1)).containsOnlyKeys("a1", "a2", "b1");
    assertThat(w.sumsByLevel()).containsEntry(1, 1.0).containsEntry(2, 1.0).containsEntry(3, 1.0);
    assertThatThrownBy(() -> w.weight("zz")).isInstanceOf(AnalysisException.class);
  }

  @Test
  void effectiveWeightsOfARunFollowItsWeighting() {
    Framework fw = Framework.builder().node("I", null).node(Node.of("c0", "I").withWeight(3))
        .node("c1", "I").build();
    Results equal = Engine.standard().run(fw, FLAT_DATA,
        Pipeline.coinrDefault().withWeighting(Weighting.equal()));
    assertThat(EffectiveWeights.of(equal).weight("c0")).isEqualTo(0.5);
    Results own = Engine.standard().run(fw, FLAT_DATA, Pipeline.coinrDefault());
    assertThat(EffectiveWeights.of(own).weight("c0")).isEqualTo(0.75);
    Results manual = Engine.standard().run(fw, FLAT_DATA, Pipeline.coinrDefault()
        .withWeighting(Weighting.fromFramework().withManual(Map.of("c1", 9.0))));
    assertThat(EffectiveWeights.of(manual).weight("c1")).isEqualTo(0.75);
  }

  @Test
  void removingOneIndicatorChangesTheIndexRanks() {
    // without c0 the index is c1: ranks u0 1, u1 3, u2 2, changes 1, 0, 1; without c1 it is
    // c0: ranks u0 3, u1 2, u2 1, changes 1, 1, 0
    List<RemovalImpact> r = RemovalImpact.ofLevel(Engine.standard(), flat(), 1);
    assertThat(r).extracting(RemovalImpact::element).containsExactly("c0", "c1");
    assertThat(r.get(0).meanAbsoluteRankChange().getAsDouble()).isCloseTo(2 / 3.0,
        within(1e-15));
    assertThat(r.get(1).meanAbsoluteRankChange().getAsDouble()).isCloseTo(2 / 3.0,
        within(1e-15));
    assertThat(r.get(0).comparison().orElseThrow().changes()).hasSize(3);
    assertThat(r.get(0).failure()).isEmpty();
  }

  @Test
  void removingAnOnlyChildIsReportedNotThrown() {
    Framework fw = Framework.builder().node("I", null).node("A", "I").node("a", "A")
        .node("b", "I").build();
    Results res = Engine.standard().run(fw, columns("a", v(1, 2, 3), "b", v(3, 1, 2)),
        Pipeline.coinrDefault());
    List<RemovalImpact> r = RemovalImpact.ofChildren(Engine.standard(), res, "A");
    assertThat(r).hasSize(1);
    assertThat(r.get(0).meanAbsoluteRankChange()).isEmpty();
    assertThat(r.get(0).failure().orElseThrow()).contains("'A'");
    assertThatThrownBy(() -> RemovalImpact.ofChildren(Engine.standard(), res, "a"))
        .isInstanceOf(AnalysisException.class).hasMessageContaining("has no children");
    assertThatThrownBy(() -> RemovalImpact.ofLevel(Engine.standard(), res, 3))
        .isInstanceOf(AnalysisException.class).hasMessageContaining("top level");
  }

  @Test
  void availabilityByUnitAndByGroup() {
    Framework fw = Framework.builder().node("I", null).node("P", "I").node("Q", "I")
        .node("a", "P").node("b", "P").node("c", "Q").node("d", "Q").build();
    Dataset d = columns("a", v(0, NA), "b", v(2, NA), "c", v(NA, 0), "d", v(4, 5));
    DataAvailability av = DataAvailability.of(fw, d);
    DataAvailability.UnitAvailability u0 = av.unit("u0");
    assertThat(u0.missing()).isEqualTo(1);
    assertThat(u0.zeros()).isEqualTo(1);
    assertThat(u0.available()).isEqualTo(0.75);
    assertThat(u0.nonZero().getAsDouble()).isCloseTo(2 / 3.0, within(1e-15));
    assertThat(av.unit("u1").available()).isEqualTo(0.5);
    assertThat(av.unit("u1").nonZero().getAsDouble()).isEqualTo(0.5);
    assertThat(av.groups("u0")).containsExactly(Map.entry("I", 0.75), Map.entry("P", 1.0),
        Map.entry("Q", 0.5));
    assertThat(av.group("u1", "P")).isZero();
    assertThatThrownBy(() -> av.group("u1", "a")).isInstanceOf(AnalysisException.class);
  }

  @Test
  void statisticsAfterAStepOfARun() {
    List<IndicatorStatistics> s = IndicatorStatistics.of(flat(), Step.AGGREGATION);
    assertThat(s).extracting(IndicatorStatistics::code).containsExactlyInAnyOrder("I", "c0",
        "c1");
    IndicatorStatistics index = s.stream().filter(x -> x.code().equals("I")).findFirst()
        .orElseThrow();
    assertThat(index.mean().getAsDouble()).isCloseTo(50, within(1e-12));
    assertThat(index.median().getAsDouble()).isCloseTo(50, within(1e-12));
  }
}
