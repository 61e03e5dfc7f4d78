package io.github.learningcities.lcn.indicators.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Treatment;
import org.junit.jupiter.api.Test;

/**
 * Regression (found by the unit-permutation property): three equal values and a fourth have a
 * skew of exactly 2, COINr's threshold; summed in one row order it came out as
 * 1.999999999999999 (passes, untreated), in another as 2.0000000000000027 (fails, treated), so
 * permuting the units changed the scores.
 */
class TreatmentDecisionOrderTest {

  @Test
  void theTreatmentDecisionDoesNotDependOnTheOrderOfTheUnits() {
    Pipeline p = Pipeline.coinrDefault().withTreatment(Treatment.coinrDefault());
    double[] a = Engine.standard().run(Fixtures.single(),
        Fixtures.column(20.8, 20.8, 20.8, 33.3), p).after(Step.TREATMENT).column("x");
    double[] b = Engine.standard().run(Fixtures.single(),
        Fixtures.column(33.3, 20.8, 20.8, 20.8), p).after(Step.TREATMENT).column("x");
    assertThat(b[0]).isEqualTo(a[3]);
    assertThat(b[1]).isEqualTo(a[0]);
  }
}
