package io.github.learningcities.lcn.testkit.tests;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.pipeline.Denomination;
import io.github.learningcities.lcn.indicators.pipeline.Imputation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Screening;
import io.github.learningcities.lcn.indicators.pipeline.Treatment;
import io.github.learningcities.lcn.testkit.indicators.ScoringCase;
import io.github.learningcities.lcn.testkit.invariants.EngineInvariants;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Regression: {@link EngineInvariants#constantShift} claimed shift invariance for any case and
 * reported a broken engine where the pipeline itself is not shift-invariant (goalposts, no
 * normalisation, denomination, screening by zeros). It now refuses such cases, naming the step.
 */
class EngineInvariantsPreconditionsTest {

  private static final Engine ENGINE = Engine.standard();

  private static ScoringCase with(Pipeline p) {
    Framework fw = Framework.builder().node("I", null).node("a", "I").node("b", "I").build();
    List<Unit> units = List.of(
        new Unit("u1", "U1", Map.of(), Map.of("population", 1000.0)),
        new Unit("u2", "U2", Map.of(), Map.of("population", 2000.0)),
        new Unit("u3", "U3", Map.of(), Map.of("population", 4000.0)));
    Dataset d = Dataset.ofColumns(units, Map.of("a", new double[] {0, 5, 20},
        "b", new double[] {1, 0, 3}));
    return new ScoringCase(fw, d, p);
  }

  @Test
  void distancePreservingPipelinesAreChecked() {
    Pipeline p = Pipeline.coinrDefault().withTreatment(Treatment.coinrDefault())
        .withImputation(Imputation.median());
    assertThatCode(() -> EngineInvariants.constantShift(ENGINE, with(p), Set.of("a", "b"), 7.5))
        .doesNotThrowAnyException();
    assertThatCode(() -> EngineInvariants.constantShift(ENGINE,
        with(p.withNormalisation(Normalisation.rank())), Set.of("a"), -3))
        .doesNotThrowAnyException();
  }

  private static void refused(Pipeline p, String why) {
    assertThatThrownBy(() -> EngineInvariants.constantShift(ENGINE, with(p), Set.of("a"), 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(why);
  }

  @Test
  void goalpostsAreRefusedNamingTheIndicator() {
    Pipeline p = Pipeline.coinrDefault()
        .withNormalisation(Normalisation.goalposts(-100, 100, 100, true));
    refused(p, "indicator 'a' is normalised by 'goalposts'");
  }

  @Test
  void noNormalisationIsRefused() {
    Pipeline p = Pipeline.coinrDefault().withNormalisation(null);
    refused(p, "does not normalise");
  }

  @Test
  void denominationIsRefused() {
    Pipeline p = Pipeline.coinrDefault().withDenomination(
        new Denomination(Map.of("a", "population"), Map.of("a", 1000.0)));
    refused(p, "denominates");
  }

  @Test
  void screeningByZerosIsRefused() {
    Pipeline p = Pipeline.coinrDefault().withScreening(
        new Screening(Screening.Rule.BY_ZEROS, 0, 0.9, Set.of(), Set.of()));
    refused(p, "non-zero");
  }

  /**
   * The case a 2,000-try run found: the mean of 0.1, 0.2 and 0.3 is 0.20000000000000004, one
   * ulp above the observed 0.2, so ranks put the imputed unit above it; after a shift both
   * round to the same double and tie. Ranks after imputation are not shift-invariant.
   */
  @Test
  void ranksOfImputedIndicatorsAreRefused() {
    Framework fw = Framework.builder().node("I", null).node("a", "I").node("b", "I").build();
    List<Unit> units = List.of(new Unit("u1", "U1", Map.of(), Map.of()),
        new Unit("u2", "U2", Map.of(), Map.of()), new Unit("u3", "U3", Map.of(), Map.of()),
        new Unit("u4", "U4", Map.of(), Map.of()));
    Dataset d = Dataset.ofColumns(units, Map.of("a", new double[] {0.1, 0.2, 0.3, Double.NaN},
        "b", new double[] {1, 2, 3, 4}));
    Pipeline p = Pipeline.coinrDefault().withImputation(Imputation.mean())
        .withNormalisation(Normalisation.rank());
    ScoringCase c = new ScoringCase(fw, d, p);
    org.assertj.core.api.Assertions.assertThat(EngineInvariants.constantShiftApplies(c,
        Set.of("a"))).isFalse();
    org.assertj.core.api.Assertions.assertThat(EngineInvariants.constantShiftApplies(c,
        Set.of("b"))).isTrue();
    assertThatThrownBy(() -> EngineInvariants.constantShift(ENGINE, c, Set.of("a"), 0.06))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("indicator 'a' is imputed by 'mean' and normalised by ranks");
  }
}
