package io.github.learningcities.lcn.indicators.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Issue #16: the quantile definitions, checked against values derived by hand from Hyndman and
 * Fan's formulas as R documents them ({@code ?quantile}); for 1..10 they are also what R prints,
 * e.g. {@code quantile(1:10, c(0.05, 0.95))} gives 1.45 and 9.55.
 */
class QuantileTypeTest {
  private static final double[] ONE_TO_TEN = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

  @Test
  void type7IsRsDefault() {
    // index 1 + (n - 1) p: 1.45 and 9.55, to the last bit as R computes them:
    // h = index - floor(index), (1 - h) x[lo] + h x[hi]
    assertThat(QuantileType.R7.of(ONE_TO_TEN, 0.05)).isCloseTo(1.45,
        org.assertj.core.data.Offset.offset(1e-15));
    double h05 = (1 + 9 * 0.05) - 1;
    assertThat(QuantileType.R7.of(ONE_TO_TEN, 0.05)).isEqualTo((1 - h05) * 1 + h05 * 2);
    assertThat(QuantileType.R7.of(ONE_TO_TEN, 0.95)).isCloseTo(9.55,
        org.assertj.core.data.Offset.offset(1e-15));
    double h95 = (1 + 9 * 0.95) - 9;
    assertThat(QuantileType.R7.of(ONE_TO_TEN, 0.95)).isEqualTo((1 - h95) * 9 + h95 * 10);
    assertThat(QuantileType.R7.of(ONE_TO_TEN, 0.5)).isEqualTo(5.5);
    // ranks 3, 7, 8, 12, 20: index 1.2 -> 3 + 0.2 * 4; index 4.8 -> 12 + 0.8 * 8
    double[] ranks = {3, 7, 8, 12, 20};
    assertThat(QuantileType.R7.of(ranks, 0.05)).isCloseTo(3.8, org.assertj.core.data.Offset
        .offset(1e-15));
    assertThat(QuantileType.R7.of(ranks, 0.95)).isCloseTo(18.4, org.assertj.core.data.Offset
        .offset(1e-14));
    assertThat(QuantileType.R7.of(new double[] {4}, 0.05)).isEqualTo(4);
    assertThat(QuantileType.R7.of(new double[0], 0.5)).isNaN();
    assertThat(QuantileType.R7.of(ONE_TO_TEN, 0)).isEqualTo(1);
    assertThat(QuantileType.R7.of(ONE_TO_TEN, 1)).isEqualTo(10);
  }

  @Test
  void theOtherTypesFollowTheirFormulas() {
    // type 1: x[ceil(n p)]
    assertThat(QuantileType.R1.of(ONE_TO_TEN, 0.05)).isEqualTo(1);
    assertThat(QuantileType.R1.of(ONE_TO_TEN, 0.5)).isEqualTo(5);
    assertThat(QuantileType.R1.of(ONE_TO_TEN, 0.95)).isEqualTo(10);
    // type 2: averages at the discontinuity n p = 5
    assertThat(QuantileType.R2.of(ONE_TO_TEN, 0.5)).isEqualTo(5.5);
    // type 3: n p - 1/2 = 4.5 -> x[5]
    assertThat(QuantileType.R3.of(ONE_TO_TEN, 0.5)).isEqualTo(5);
    // type 4: n p = 2.5 -> x[2] + 0.5
    assertThat(QuantileType.R4.of(ONE_TO_TEN, 0.25)).isEqualTo(2.5);
    // type 5: n p + 1/2 = 3 -> x[3]
    assertThat(QuantileType.R5.of(ONE_TO_TEN, 0.25)).isEqualTo(3);
    // type 6: (n + 1) p = 0.55 and 10.45 -> clamped to x[1] and x[10]
    assertThat(QuantileType.R6.of(ONE_TO_TEN, 0.05)).isEqualTo(1);
    assertThat(QuantileType.R6.of(ONE_TO_TEN, 0.95)).isEqualTo(10);
    assertThat(QuantileType.R6.of(ONE_TO_TEN, 0.25)).isEqualTo(2.75);
    // type 8: n p + (p + 1) / 3 = 5.5 at the median
    assertThat(QuantileType.R8.of(ONE_TO_TEN, 0.5)).isEqualTo(5.5);
    // type 9: n p + p / 4 + 3 / 8 = 2.9375 at p = 0.25
    assertThat(QuantileType.R9.of(ONE_TO_TEN, 0.25)).isEqualTo(2.9375);
  }

  @Test
  void aProbabilityOutsideZeroToOneIsRefused() {
    assertThatThrownBy(() -> QuantileType.R7.of(ONE_TO_TEN, 1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from 0 to 1");
  }
}
