package io.github.learningcities.lcn.indicators.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The uncertainty example of the README, run as a test (keep the two in step). */
class ReadmeUncertaintyExamples {

  @Test
  void uncertaintyExample() {
    Results nominal = UncertaintyAnalysisTest.nominal(
        Pipeline.coinrDefault().withNormalisation(Normalisation.minMax(1, 100)));
    // README: uncertainty example (begin)
    UncertaintySpec spec = UncertaintySpec.of(List.of(
            Factor.normalisation("normalisation",
                List.of(Normalisation.minMax(1, 100), Normalisation.zScore(100, 10))),
            Factor.aggregation("aggregation",
                List.of(Aggregation.arithmetic(), Aggregation.geometric())),
            Factor.weightNoise("indicator weights", 1, 0.25, 100)),
        256, 42L)                                        // N sample points, seed
        .withSensitivity();                              // Saltelli design: N (d + 2) runs
    UncertaintyResult result = UncertaintyAnalysis.run(Engine.standard(), nominal, spec,
        (done, total) -> { });                           // progress callback (any thread)

    for (UnitUncertainty u : result.units()) {
      // u.nominalRank(), u.medianRank(), u.rankQ05(), u.rankQ95(), ...
    }
    for (SobolIndices s : result.sensitivity().orElseThrow().meanAbsoluteRankChange()) {
      // s.factor(), s.first() in [s.firstLow(), s.firstHigh()], s.total(), ...
    }
    result.replications().get(17).pipeline();            // reproduce any run alone
    // README: uncertainty example (end)
    assertThat(result.replications()).hasSize(256 * 5);
    assertThat(result.units()).hasSize(30);
  }
}
