package io.github.learningcities.lcn.indicators.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.engine.Step;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Treatment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue #16: an uncertainty analysis replays a sample the user supplies, run by run; replaying
 * the SDK's own sample reproduces its own run exactly.
 */
class ReplayTest {
  private static final Results NOMINAL = UncertaintyAnalysisTest.nominal(
      Pipeline.coinrDefault().withNormalisation(Normalisation.minMax(1, 100))
          .withTreatment(Treatment.coinrDefault()));

  private static UncertaintySpec spec() {
    return UncertaintySpec.of(List.of(
        Factor.normalisation("normalisation",
            List.of(Normalisation.minMax(1, 100), Normalisation.zScore(100, 10))),
        Factor.aggregation("aggregation",
            List.of(Aggregation.arithmetic(), Aggregation.geometric())),
        Factor.weightNoise("weights", 1, 0.25, 20),
        Factor.values("skew", Step.TREATMENT, "skewThreshold", List.of(1.0, 2.0, 5.0)),
        Factor.range("kurtosis", Step.TREATMENT, "kurtosisThreshold", 2, 6, false)),
        64, 7L).withThreads(2);
  }

  @Test
  void replayingTheSdksOwnSampleReproducesItsRunExactly() {
    UncertaintySpec spec = spec();
    UncertaintyResult own = UncertaintyAnalysis.run(Engine.standard(), NOMINAL, spec);
    ReplaySample sample = ReplaySample.of(own, spec);
    assertThat(sample.runs()).hasSize(64);

    UncertaintyResult replayed = UncertaintyAnalysis.replay(Engine.standard(), NOMINAL,
        spec.withThreads(1), sample);

    assertThat(replayed.units()).isEqualTo(own.units());
    assertThat(replayed.replications()).hasSize(64);
    for (int r = 0; r < 64; r++) {
      assertThat(replayed.replications().get(r).pipeline())
          .isEqualTo(own.replications().get(r).pipeline());
      assertThat(replayed.replications().get(r).choices())
          .isEqualTo(own.replications().get(r).choices());
    }
  }

  @Test
  void choicesMayBeNamesOrPositionsCountedFromOne() {
    UncertaintySpec spec = spec();
    Map<String, String> byName = new LinkedHashMap<>();
    byName.put("normalisation", "zscore");
    byName.put("aggregation", "geometric");
    byName.put("weights", "3");
    byName.put("skew", "2");
    byName.put("kurtosis", "3.25");
    Map<String, String> byPosition = new LinkedHashMap<>(byName);
    byPosition.put("normalisation", "2");
    byPosition.put("aggregation", " 2 ");
    byPosition.put("skew", "2.0");
    UncertaintyResult r = UncertaintyAnalysis.replay(Engine.standard(), NOMINAL, spec,
        new ReplaySample(List.of(byName, byPosition)));
    assertThat(r.replications().get(0).pipeline()).isEqualTo(r.replications().get(1).pipeline());
    assertThat(r.replications().get(0).pipeline().aggregation()).isEqualTo(
        Aggregation.geometric());
    assertThat(r.replications().get(0).choices()).containsEntry("weights", "weight set 2")
        .containsEntry("skew", "2.0").containsEntry("kurtosis", "3.25");
  }

  @Test
  void anUnknownFactorOrAlternativeNamesTheRunAndWhatIsValid() {
    UncertaintySpec spec = spec();
    Map<String, String> ok = new LinkedHashMap<>();
    ok.put("normalisation", "1");
    ok.put("aggregation", "1");
    ok.put("weights", "1");
    ok.put("skew", "1");
    ok.put("kurtosis", "4");
    Map<String, String> unknownFactor = new LinkedHashMap<>(ok);
    unknownFactor.put("agregation", "1");
    assertThatThrownBy(() -> UncertaintyAnalysis.replay(Engine.standard(), NOMINAL, spec,
        new ReplaySample(List.of(ok, unknownFactor)))).isInstanceOf(IndicatorsException.class)
        .hasMessageContaining("run 2: factor 'agregation' is not a factor")
        .hasMessageContaining("[normalisation, aggregation, weights, skew, kurtosis]");
    Map<String, String> badAlternative = new LinkedHashMap<>(ok);
    badAlternative.put("aggregation", "3");
    assertThatThrownBy(() -> UncertaintyAnalysis.replay(Engine.standard(), NOMINAL, spec,
        new ReplaySample(List.of(badAlternative)))).isInstanceOf(IndicatorsException.class)
        .hasMessageContaining("run 1, factor 'aggregation': '3' is not an alternative")
        .hasMessageContaining("1 to 2").hasMessageContaining("arithmetic, geometric");
    Map<String, String> badValue = new LinkedHashMap<>(ok);
    badValue.put("skew", "3");
    assertThatThrownBy(() -> UncertaintyAnalysis.replay(Engine.standard(), NOMINAL, spec,
        new ReplaySample(List.of(badValue)))).isInstanceOf(IndicatorsException.class)
        .hasMessageContaining("'3' is not one of the values of parameter 'skewThreshold'");
    Map<String, String> missing = new LinkedHashMap<>(ok);
    missing.remove("weights");
    assertThatThrownBy(() -> UncertaintyAnalysis.replay(Engine.standard(), NOMINAL, spec,
        new ReplaySample(List.of(missing)))).isInstanceOf(IndicatorsException.class)
        .hasMessageContaining("run 1 has no choice for factor(s) [weights]");
    assertThatThrownBy(() -> UncertaintyAnalysis.replay(Engine.standard(), NOMINAL,
        spec.withSensitivity(), new ReplaySample(List.of(ok))))
        .isInstanceOf(IndicatorsException.class).hasMessageContaining("Saltelli");
  }

  @Test
  void aRangeTakesANumberWithinIt() {
    Factor range = Factor.range("upper", Step.NORMALISATION, "upper", 50, 200, false);
    assertThat(ReplaySample.choice(range, "75.5")).isEqualTo(75.5);
    assertThatThrownBy(() -> ReplaySample.choice(range, "201"))
        .isInstanceOf(IndicatorsException.class)
        .hasMessageContaining("expected a number from 50 to 200");
    Factor whole = Factor.range("winmax", Step.TREATMENT, "winmax", 1, 5, true);
    assertThatThrownBy(() -> ReplaySample.choice(whole, "2.5"))
        .isInstanceOf(IndicatorsException.class)
        .hasMessageContaining("expected a whole number from 1 to 5");
  }
}
