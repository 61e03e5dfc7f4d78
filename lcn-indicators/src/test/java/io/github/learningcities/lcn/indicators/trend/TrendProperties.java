package io.github.learningcities.lcn.indicators.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class TrendProperties {

  @Property
  void aConstantSeriesHasNoGrowthAndNoChange(
      @ForAll @DoubleRange(min = -1e6, max = 1e6) double value,
      @ForAll @IntRange(min = 2, max = 30) int length,
      @ForAll @IntRange(min = 1900, max = 2100) int start) {
    double[] t = new double[length];
    double[] y = new double[length];
    for (int i = 0; i < length; i++) {
      t[i] = start + i;
      y[i] = value;
    }
    assertThat(Trends.cagr(t, y).getAsDouble()).isZero();
    assertThat(Trends.percentChange(t, y, 1).getAsDouble()).isZero();
  }

  @Property
  void steadyGrowthIsRecoveredByCagr(
      @ForAll @DoubleRange(min = 0.01, max = 1000) double first,
      @ForAll @DoubleRange(min = -0.5, max = 0.5) double rate,
      @ForAll @IntRange(min = 1, max = 40) int years) {
    double last = first * Math.pow(1 + rate, years);
    assertThat(Trends.cagr(new double[] {2000, 2000 + years}, new double[] {first, last})
        .getAsDouble()).isCloseTo(rate, within(1e-9));
  }
}
