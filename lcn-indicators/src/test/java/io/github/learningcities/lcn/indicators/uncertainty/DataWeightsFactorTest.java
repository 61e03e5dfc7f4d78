package io.github.learningcities.lcn.indicators.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.pipeline.DataWeights;
import io.github.learningcities.lcn.indicators.pipeline.Imputation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Weighting;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Data-driven weightings as alternatives of an uncertainty factor (issue 14). */
class DataWeightsFactorTest {

  @Test
  void dataDrivenWeightingsAreAlternativesRecomputedInEveryReplication() {
    Results nominal = UncertaintyAnalysisTest.nominal(Pipeline.coinrDefault()
        .withImputation(Imputation.mean()).withNormalisation(Normalisation.minMax(1, 100)));
    List<Weighting> alternatives = List.of(Weighting.fromFramework(),
        Weighting.fromFramework().withDataWeights(DataWeights.pca(1)),
        Weighting.fromFramework().withDataWeights(DataWeights.balance(Map.of(), 2)));
    UncertaintyResult r = UncertaintyAnalysis.run(Engine.standard(), nominal,
        UncertaintySpec.of(List.of(
            Factor.normalisation("normalisation",
                List.of(Normalisation.minMax(1, 100), Normalisation.zScore(100, 10))),
            Factor.weighting("weights", alternatives)), 16, 3L));
    assertThat(r.failures()).isEmpty();
    for (Replication rep : r.replications()) {
      // each replication's pipeline runs on its own, data weights computed from its data
      Results direct = Engine.standard().run(nominal.framework(), nominal.dataset(),
          rep.pipeline());
      if (!rep.pipeline().weighting().fromData().isEmpty()) {
        assertThat(direct.diagnostics().notes()).anyMatch(n -> n.code().equals("data-weights"));
      }
    }
    assertThat(r.replications()).extracting(rep -> rep.pipeline().weighting())
        .containsAll(alternatives);
  }
}
