package io.github.learningcities.lcn.indicators.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.engine.Comparison.UnitChange;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Regression (issue 11, "overflow passes silently"): a score change between scores near the
 * largest double of opposite signs was returned as Infinity.
 */
class ComparisonTest {

  private static UnitChange change(double before, double after) {
    return new UnitChange("u1", OptionalDouble.of(before), OptionalDouble.of(after),
        OptionalInt.of(1), OptionalInt.of(2));
  }

  @Test
  void aScoreChangeBeyondTheLargestDoubleIsRefusedNamingTheUnit() {
    assertThatThrownBy(() -> change(-1e308, 1e308).scoreChange())
        .isInstanceOf(IndicatorsException.class)
        .hasMessageContaining("unit 'u1'")
        .hasMessageContaining("beyond the largest double");
  }

  @Test
  void aScoreChangeOfHugeScoresOfOneSignIsTheirDifference() {
    assertThat(change(1.5e308, 1e308).scoreChange()).hasValue(1e308 - 1.5e308);
    assertThat(change(-1e308, Double.MAX_VALUE / 2 - 1e308).scoreChange())
        .hasValue(Double.MAX_VALUE / 2);
  }

  @Test
  void aMissingScoreGivesNoChange() {
    UnitChange c = new UnitChange("u1", OptionalDouble.empty(), OptionalDouble.of(1e308),
        OptionalInt.empty(), OptionalInt.of(1));
    assertThat(c.scoreChange()).isEmpty();
  }
}
