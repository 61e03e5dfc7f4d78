package io.github.learningcities.lcn.indicators.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Regression (issue 11, "overflow passes silently"): trends of values near the largest double
 * summed or divided them into Infinity, and returned it (CAGR) or an empty result (percentage
 * change) where the trend is an ordinary number. Expected values are worked out by hand.
 */
class ExtremeTrendsTest {

  @Test
  void percentChangeOfTwoHugeValuesOfOppositeSigns() {
    // 100 * (-1 - 1) / 1 per 10 years over 10 years: -200.
    assertThat(Trends.percentChange(new double[] {2000, 2010}, new double[] {1e308, -1e308}, 10))
        .hasValueCloseTo(-200.0, within(1e-9));
  }

  @Test
  void percentChangeOfAHugeSeriesUsesTheFittedLine() {
    // In units of 1e308: mean 1.4, slope 0.35, fitted first value 1.05: 100 * 0.35 / 1.05.
    assertThat(Trends.percentChange(new double[] {0, 1, 2},
        new double[] {1e308, 1.5e308, 1.7e308}, 1))
        .hasValueCloseTo(100.0 / 3, within(1e-9));
  }

  @Test
  void cagrOfARatioBeyondTheLargestDoubleIsStillRated() {
    // (1e600)^(1/10) - 1 = 1e60 - 1.
    double rate = Trends.cagr(new double[] {0, 10}, new double[] {1e-300, 1e300}).getAsDouble();
    assertThat(rate / 1e60).isCloseTo(1, within(1e-9));
  }

  @Test
  void cagrOfARatioUnderflowingToZeroIsStillRated() {
    // (1e-600)^(1/100) - 1 = 1e-6 - 1.
    assertThat(Trends.cagr(new double[] {0, 100}, new double[] {1e300, 1e-300}))
        .hasValueCloseTo(1e-6 - 1, within(1e-12));
  }

  @Test
  void cagrBeyondTheLargestDoubleIsEmptyNotInfinity() {
    assertThat(Trends.cagr(new double[] {0, 1}, new double[] {1e-300, 1e300})).isEmpty();
  }
}
