package io.github.learningcities.lcn.indicators.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.pipeline.Imputation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #14: multiple imputation as an uncertainty factor. Each alternative is one seeded
 * replication of stochastic EM or regression, so the analysis is the same whatever the thread
 * count, and a unit with imputed cells gets a rank interval from the imputations' spread.
 */
class MultipleImputationTest {

  private static Results nominal() {
    return UncertaintyAnalysisTest.nominal(Pipeline.coinrDefault()
        .withImputation(Imputation.expectationMaximisation())
        .withNormalisation(Normalisation.minMax(1, 100)));
  }

  @Test
  void replicationsAreTheSameWhateverTheThreadCountAndEachReplaysAlone() {
    Results nominal = nominal();
    for (Imputation base : List.of(Imputation.expectationMaximisation(),
        Imputation.regression())) {
      UncertaintySpec spec = UncertaintySpec.of(List.of(Factor.imputation("imputation",
          Imputation.multiple(base, 10))), 24, 5L);
      UncertaintyResult one = UncertaintyAnalysis.run(Engine.standard(), nominal,
          spec.withThreads(1));
      UncertaintyResult three = UncertaintyAnalysis.run(Engine.standard(), nominal,
          spec.withThreads(3));
      assertThat(three.replications()).isEqualTo(one.replications());
      assertThat(three.units()).isEqualTo(one.units());
      assertThat(one.failures()).isEmpty();
      Replication r = one.replications().get(7);
      Results alone = Engine.standard().run(nominal.framework(), nominal.dataset(),
          r.pipeline());
      assertThat(alone.pipeline().imputation().orElseThrow().parameters().has("draw"))
          .isTrue();
    }
  }

  @Test
  void unitsWithImputedCellsGetScoreIntervalsFromTheImputations() {
    Results nominal = nominal();
    // As in the README, section "Multivariate and multiple imputation".
    Factor mi = Factor.imputation("imputation",
        Imputation.multiple(Imputation.expectationMaximisation(), 20));
    UncertaintyResult r = UncertaintyAnalysis.run(Engine.standard(), nominal,
        UncertaintySpec.of(List.of(mi), 256, 42L));
    java.util.Set<String> imputedUnits = new java.util.HashSet<>();
    nominal.diagnostics().imputedCells().forEach(c -> imputedUnits.add(c.unit()));
    assertThat(imputedUnits).isNotEmpty();
    // Min-max bounds move only when an imputed value becomes a column's new min or max; away
    // from that, a unit without imputed cells keeps its score in every replication.
    long moved = r.units().stream()
        .filter(u -> u.scoreQ95() - u.scoreQ05() > 1e-9)
        .filter(u -> imputedUnits.contains(u.unit())).count();
    assertThat(moved).isPositive();
  }
}
