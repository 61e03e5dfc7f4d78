package io.github.learningcities.lcn.indicators.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.engine.Step;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The rules of the uncertainty package's values, and sensitivities built from explicit indices. */
class UncertaintyValuesTest {

  private static UncertaintyResult analysed() {
    Results nominal = UncertaintyAnalysisTest.nominal(Pipeline.coinrDefault()
        .withNormalisation(Normalisation.minMax(1, 100)));
    return UncertaintyAnalysis.run(Engine.standard(), nominal,
        UncertaintySpec.of(UncertaintyAnalysisTest.factors(), 8, 5L).withSensitivity()
            .withBootstrap(20));
  }

  @Test
  void aSensitivityOfExplicitIndicesEqualsTheComputedOne() {
    Sensitivity computed = analysed().sensitivity().orElseThrow();
    Map<String, List<SobolIndices>> perUnit = computed.perUnit();
    Sensitivity explicit = Sensitivity.of(computed.meanAbsoluteRankChange(),
        computed.convergence(), computed.failedSamples(), perUnit);
    Sensitivity fresh = analysed().sensitivity().orElseThrow();

    assertThat(explicit).isEqualTo(fresh).hasSameHashCodeAs(fresh);
    assertThat(fresh).isEqualTo(explicit);
    assertThat(explicit.perUnit()).isEqualTo(perUnit);
    assertThat(List.copyOf(explicit.perUnit().keySet())).isEqualTo(List.copyOf(perUnit.keySet()));
    assertThat(explicit.perUnit("u3")).isEqualTo(fresh.perUnit("u3"));
    assertThatThrownBy(() -> explicit.perUnit("nowhere"))
        .isInstanceOf(IndicatorsException.class)
        .hasMessageContaining("unit 'nowhere' was not analysed");

    Map<String, List<SobolIndices>> changed = new LinkedHashMap<>(perUnit);
    SobolIndices first = perUnit.get("u0").get(0);
    List<SobolIndices> u0 = new java.util.ArrayList<>(perUnit.get("u0"));
    u0.set(0, new SobolIndices(first.factor(), first.first() + 0.5, first.firstLow(),
        first.firstHigh(), first.total(), first.totalLow(), first.totalHigh()));
    changed.put("u0", u0);
    assertThat(Sensitivity.of(computed.meanAbsoluteRankChange(), computed.convergence(),
        computed.failedSamples(), changed)).isNotEqualTo(fresh);
  }

  @Test
  void aSensitivityOfIndicesForOtherFactorsIsRefused() {
    SobolIndices a = new SobolIndices("a", 0.1, 0, 0.2, 0.3, 0.1, 0.5);
    SobolIndices b = new SobolIndices("b", 0.1, 0, 0.2, 0.3, 0.1, 0.5);
    assertThatThrownBy(() -> Sensitivity.of(List.of(a, b), Map.of(), 0,
        Map.of("u1", List.of(b, a))))
        .isInstanceOf(IndicatorsException.class)
        .hasMessageContaining("the indices of unit 'u1' are for factors [b, a]")
        .hasMessageContaining("[a, b], in that order");
    assertThatThrownBy(() -> Sensitivity.of(List.of(a), Map.of(0, List.of(a)), 0, Map.of()))
        .isInstanceOf(IndicatorsException.class)
        .hasMessageContaining("on 0 sample points");
    assertThatThrownBy(() -> Sensitivity.of(List.of(a), Map.of(), -1, Map.of()))
        .isInstanceOf(IndicatorsException.class)
        .hasMessageContaining("failedSamples = -1");
  }

  @Test
  void theConvergenceViewIsKeptBySampleSize() {
    SobolIndices a = new SobolIndices("a", 0.1, 0, 0.2, 0.3, 0.1, 0.5);
    Map<Integer, List<SobolIndices>> unordered = new LinkedHashMap<>();
    unordered.put(16, List.of(a));
    unordered.put(4, List.of(a));
    unordered.put(8, List.of(a));
    assertThat(Sensitivity.of(List.of(a), unordered, 0, Map.of()).convergence().keySet())
        .containsExactly(4, 8, 16);
  }

  @Test
  void replicationsKeepTheirChoicesInOrderAndRefuseSamplesOutsideTheUnitInterval() {
    Map<String, String> choices = new LinkedHashMap<>();
    for (String f : List.of("z", "weights", "a", "normalisation", "m")) {
      choices.put(f, "choice of " + f);
    }
    Replication r = new Replication(0, List.of(0.1, 0.2, 0.3, 0.4, 0.5), choices,
        Pipeline.coinrDefault(), Optional.empty());
    assertThat(List.copyOf(r.choices().keySet()))
        .containsExactly("z", "weights", "a", "normalisation", "m");
    assertThatThrownBy(() -> new Replication(3, List.of(0.5, 1.0), Map.of(),
        Pipeline.coinrDefault(), Optional.empty()))
        .isInstanceOf(IndicatorsException.class)
        .hasMessage("replication 3: sample coordinate 1 is 1.0; expected a number in [0, 1)");
    assertThatThrownBy(() -> new Replication(0, List.of(Double.NaN), Map.of(),
        Pipeline.coinrDefault(), Optional.empty()))
        .isInstanceOf(IndicatorsException.class);
    assertThatThrownBy(() -> new Replication(-1, List.of(), Map.of(), Pipeline.coinrDefault(),
        Optional.empty()))
        .isInstanceOf(IndicatorsException.class)
        .hasMessageContaining("index -1 is negative");
  }

  @Test
  void parameterValuesAreNumbersTextsOrBooleansAndNumbersAreKeptAsDoubles() {
    Factor f = Factor.values("p", Step.AGGREGATION, "p", List.of(1, 2.5f, "x", true));
    assertThat(f.alternatives()).containsExactly(1.0, (double) 2.5f, "x", true);
    assertThatThrownBy(() -> Factor.values("p", Step.AGGREGATION, "p",
        List.of(1.0, Double.NaN)))
        .isInstanceOf(IndicatorsException.class)
        .hasMessageContaining("factor 'p': value NaN");
    assertThatThrownBy(() -> Factor.values("p", Step.AGGREGATION, "p",
        List.of(1.0, List.of(2.0))))
        .isInstanceOf(IndicatorsException.class)
        .hasMessageContaining("expected finite numbers, texts or booleans");
    assertThatThrownBy(() -> new Factor("r", Factor.Kind.RANGE, Step.TREATMENT,
        Optional.of("winmax"), List.of(1.0, 2.0), 1, 5, true, 0, 0, 0))
        .isInstanceOf(IndicatorsException.class)
        .hasMessageContaining("factor 'r' of kind RANGE lists 2 alternatives; expected none");
  }

  @Test
  void aPresentNominalScoreIsANumber() {
    assertThatThrownBy(() -> new UnitUncertainty("u1", OptionalDouble.of(Double.NaN),
        OptionalInt.empty(), 1, 1, 1, 1, 1, 1, 1, 1))
        .isInstanceOf(IndicatorsException.class)
        .hasMessageContaining("unit 'u1' has nominal score NaN");
  }
}
