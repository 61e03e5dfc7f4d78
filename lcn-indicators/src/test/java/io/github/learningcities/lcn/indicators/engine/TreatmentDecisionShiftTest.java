package io.github.learningcities.lcn.indicators.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.learningcities.lcn.indicators.method.Parameters;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Treatment;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Regression (found by lcn-examples' shift property, jqwik seed 7653760258902704102): after
 * group-median imputation an indicator read -0.84, -0.84, -0.84, 18.15, whose skew is exactly
 * 2, COINr's threshold. Computed, it came out as 2.0000000000000004 (fails: the 18.15 was
 * winsorised) and, after adding 0.06 to every value, as 1.9999999999999998 (passes: untreated),
 * so a constant shift changed the min-max scores from the midpoint to 1 and 100. A moment on
 * its threshold now counts as on it, whatever the rounding; likewise a skew of 0 picks the side
 * to winsorise.
 */
class TreatmentDecisionShiftTest {

  private static double[] normalised(Pipeline p, double shift, double... values) {
    double[] shifted = values.clone();
    for (int i = 0; i < shifted.length; i++) {
      shifted[i] += shift;
    }
    return Engine.standard().run(Fixtures.single(), Fixtures.column(shifted), p)
        .after(Step.NORMALISATION).column("x");
  }

  @Test
  void aSkewOfExactlyTheThresholdFailsTheCheckWhateverTheShift() {
    Pipeline p = Pipeline.coinrDefault().withTreatment(Treatment.coinrDefault())
        .withNormalisation(Normalisation.minMax(1, 100));
    double[] a = normalised(p, 0, -0.84, -0.84, -0.84, 18.15);
    double[] b = normalised(p, 0.06, -0.84, -0.84, -0.84, 18.15);
    // Skew 2 and kurtosis 4 fail COINr's check (|skew| < 2 or kurtosis < 3.5): the high
    // value is winsorised to -0.84, leaving a constant column at the midpoint.
    assertThat(a).containsExactly(50.5, 50.5, 50.5, 50.5);
    assertThat(b).containsExactly(a);
  }

  @Test
  void aSymmetricColumnIsWinsorisedAtTheTopWhateverTheShift() {
    Treatment forced = Treatment.of("coinr", Parameters.of(Map.of("winmax", 1,
        "forceWinsorise", true, "secondary", "none")));
    Pipeline p = Pipeline.coinrDefault().withTreatment(forced);
    // The skew of 1, 2, 3 is 0; COINr winsorises the top for a skew >= 0: 1, 2, 2.
    for (double shift : new double[] {0, 0.06, 0.1, 0.7, -3.3, 123.45, -499.99}) {
      assertThat(normalised(p, shift, 1, 2, 3)).as("shift %s", shift)
          .containsExactly(new double[] {0, 100, 100}, within(1e-9));
    }
  }

  @Test
  void aForcedTreatmentStopsWhenEveryValueIsEqual() {
    // Regression: forced winsorisation of 1, 2, 3 reached 2, 2, 2 after two steps (2 points,
    // below winmax 5) and then repeated a step that changed nothing, for ever.
    Treatment forced = Treatment.of("coinr", Parameters.of(Map.of("winmax", 5,
        "forceWinsorise", true, "secondary", "none")));
    Pipeline p = Pipeline.coinrDefault().withTreatment(forced);

    double[] normalised = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> normalised(p, 0, 1, 2, 3));

    // One column of equal values: min-max has no range to scale.
    assertThat(normalised).hasSize(3);
    assertThat(normalised[0]).isEqualTo(normalised[1]).isEqualTo(normalised[2]);
  }
}
