package io.github.learningcities.lcn.indicators.uncertainty;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.engine.Step;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Treatment;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #11: a factor could set a method parameter to a value that inverts or flattens every
 * ranking; the analysis refuses such a factor up front, naming it.
 */
class FactorParameterValuesTest {
  private static final Results NOMINAL = UncertaintyAnalysisTest.nominal(Pipeline.coinrDefault()
      .withNormalisation(Normalisation.minMax(0, 100))
      .withTreatment(Treatment.coinrDefault()));

  private static void assertRefused(Factor factor, String... fragments) {
    var thrown = assertThatThrownBy(() -> UncertaintyAnalysis.run(Engine.standard(), NOMINAL,
        UncertaintySpec.of(List.of(factor), 8, 1L)))
        .isInstanceOf(IndicatorsException.class)
        .hasMessageContaining("factor '" + factor.name() + "'");
    for (String f : fragments) {
      thrown.hasMessageContaining(f);
    }
  }

  @Test
  void aRangeThatInvertsMinMaxIsRefused() {
    assertRefused(Factor.range("upper bound", Step.NORMALISATION, "upper", -50, 150, false),
        "lower < upper");
  }

  @Test
  void aValueThatFlattensMinMaxIsRefused() {
    assertRefused(Factor.values("upper bound", Step.NORMALISATION, "upper", List.of(50, 0)),
        "to 0.0", "lower < upper");
  }

  @Test
  void aTreatmentValueOfTheWrongKindIsRefused() {
    assertRefused(Factor.values("winsorised points", Step.TREATMENT, "winmax",
        List.of(2, 2.5)), "'winmax' is 2.5; expected a whole number >= 0");
    assertRefused(Factor.values("secondary", Step.TREATMENT, "secondary",
        List.of("log-ct", "LOG")), "one of log-ct");
  }

  @Test
  void aParameterOfAStepWhoseMethodAnotherFactorReplacesIsRefused() {
    // rank takes no upper: the value was silently ignored in the replications that chose it
    assertThatThrownBy(() -> UncertaintyAnalysis.run(Engine.standard(), NOMINAL,
        UncertaintySpec.of(List.of(
            Factor.normalisation("method", List.of(Normalisation.minMax(0, 100),
                Normalisation.rank())),
            Factor.range("upper bound", Step.NORMALISATION, "upper", 50, 150, false)), 8, 1L)))
        .isInstanceOf(IndicatorsException.class)
        .hasMessageContaining("factor 'upper bound'").hasMessageContaining("factor 'method'");
  }
}
