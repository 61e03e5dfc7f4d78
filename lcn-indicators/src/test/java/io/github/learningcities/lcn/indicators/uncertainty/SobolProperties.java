package io.github.learningcities.lcn.indicators.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The Sobol indices of a factor that does not influence the output are about zero. */
class SobolProperties {
  private static final Results NOMINAL = UncertaintyAnalysisTest.nominal(
      Pipeline.coinrDefault().withNormalisation(Normalisation.minMax(1, 100)));

  @Property(tries = 10)
  void aDummyFactorHasIndicesNearZero(@ForAll long seed) {
    List<Factor> factors = List.of(
        Factor.aggregation("aggregation", List.of(Aggregation.arithmetic(),
            Aggregation.geometric())),
        Factor.weightNoise("weights", 1, 0.5, 50),
        // Two identical alternatives: the output cannot depend on this factor.
        Factor.normalisation("dummy", List.of(Normalisation.minMax(1, 100),
            Normalisation.minMax(1, 100))));
    UncertaintyResult r = UncertaintyAnalysis.run(Engine.standard(), NOMINAL,
        UncertaintySpec.of(factors, 64, seed).withSensitivity().withBootstrap(300));
    SobolIndices dummy = r.sensitivity().orElseThrow().meanAbsoluteRankChange().get(2);
    assertThat(dummy.factor()).isEqualTo("dummy");
    assertThat(dummy.total()).isEqualTo(0.0);
    assertThat(dummy.first()).isEqualTo(0.0);
    assertThat(dummy.firstLow()).isLessThanOrEqualTo(0.0);
    assertThat(dummy.firstHigh()).isGreaterThanOrEqualTo(0.0);
    SobolIndices weights = r.sensitivity().orElseThrow().meanAbsoluteRankChange().get(1);
    assertThat(weights.total()).isGreaterThan(0.0);
  }
}
