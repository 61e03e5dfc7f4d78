package io.github.learningcities.lcn.indicators.analysis;

import static io.github.learningcities.lcn.indicators.analysis.AnalysisFixtures.NA;
import static io.github.learningcities.lcn.indicators.analysis.AnalysisFixtures.columns;
import static io.github.learningcities.lcn.indicators.analysis.AnalysisFixtures.v;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.learningcities.lcn.indicators.analysis.IndicatorStatistics.Thresholds;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorStatisticsTest {

  @Test
  void countsAndMomentsOfAColumnWithAGap() {
    IndicatorStatistics s = IndicatorStatistics.of("x", v(3, 7, 1, 9, 4, NA, 12, 7),
        Thresholds.coinrDefault());
    assertThat(s.units()).isEqualTo(8);
    assertThat(s.min().getAsDouble()).isEqualTo(1);
    assertThat(s.max().getAsDouble()).isEqualTo(12);
    assertThat(s.mean().getAsDouble()).isCloseTo(43.0 / 7, within(1e-12));
    assertThat(s.median().getAsDouble()).isEqualTo(7);
    assertThat(s.available()).isEqualTo(7);
    assertThat(s.nonZero()).isEqualTo(7);
    assertThat(s.unique()).isEqualTo(6);
    assertThat(s.same()).isEqualTo(2);
    assertThat(s.availableFraction()).isEqualTo(7.0 / 8);
    assertThat(s.uniqueFraction().getAsDouble()).isEqualTo(6.0 / 7);
    assertThat(s.sameFraction().getAsDouble()).isEqualTo(2.0 / 7);
    assertThat(s.lowAvailability()).isFalse();
    assertThat(s.outliers()).isFalse();
  }

  @Test
  void skewAndKurtosisAboveThresholdsFlagOutliers() {
    // COINr: z = c(1:10, 100) has skew 3.255638184 and kurtosis 10.70667391
    IndicatorStatistics s = IndicatorStatistics.of("z", v(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100),
        Thresholds.coinrDefault());
    assertThat(s.skew().getAsDouble()).isCloseTo(3.255638184, within(1e-8));
    assertThat(s.kurtosis().getAsDouble()).isCloseTo(10.70667391, within(1e-7));
    assertThat(s.outliers()).isTrue();
    IndicatorStatistics lenient = IndicatorStatistics.of("z",
        v(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100), new Thresholds(2, 11, 0.65, 0.5, 0.5));
    assertThat(lenient.outliers()).isFalse();
  }

  @Test
  void flagsFollowTheFractionsOverAvailableValuesNotCoinrsOverAllUnits() {
    // 2 non-zero of 3 available (0.67, ok) but of 6 units 0.33, which COINr flags LOW
    IndicatorStatistics s = IndicatorStatistics.of("x", v(0, 1, 2, NA, NA, NA),
        Thresholds.coinrDefault());
    assertThat(s.nonZeroFraction().getAsDouble()).isEqualTo(2.0 / 3);
    assertThat(s.lowNonZero()).isFalse();
    assertThat(s.lowAvailability()).isTrue();
    IndicatorStatistics zeros = IndicatorStatistics.of("y", v(0, 0, 0, 1, 0, -0.0),
        Thresholds.coinrDefault());
    assertThat(zeros.nonZero()).isEqualTo(1);
    assertThat(zeros.unique()).isEqualTo(2);
    assertThat(zeros.same()).isEqualTo(5);
    assertThat(zeros.lowNonZero()).isTrue();
    assertThat(zeros.lowUnique()).isTrue();
  }

  @Test
  void anAllMissingColumnHasEmptyStatisticsAndRaisedFlags() {
    IndicatorStatistics s = IndicatorStatistics.of("x", v(NA, NA), Thresholds.coinrDefault());
    assertThat(s.mean()).isEmpty();
    assertThat(s.sd()).isEmpty();
    assertThat(s.same()).isZero();
    assertThat(s.nonZeroFraction()).isEmpty();
    assertThat(s.lowAvailability()).isTrue();
    assertThat(s.lowNonZero()).isTrue();
    assertThat(s.outliers()).isFalse();
  }

  @Test
  void oneEntryPerColumnOfADataset() {
    List<IndicatorStatistics> all = IndicatorStatistics.of(
        columns("a", v(1, 2, 3), "b", v(5, 5, NA)));
    assertThat(all).extracting(IndicatorStatistics::code).containsExactly("a", "b");
    assertThat(all.get(1).sd().getAsDouble()).isZero();
  }

  @Test
  void thresholdsOutsideTheirRangeAreRefused() {
    assertThatThrownBy(() -> new Thresholds(2, 3.5, 1.5, 0.5, 0.5))
        .isInstanceOf(AnalysisException.class).hasMessageContaining("availability threshold 1.5");
    assertThatThrownBy(() -> new Thresholds(-1, 3.5, 0.5, 0.5, 0.5))
        .isInstanceOf(AnalysisException.class).hasMessageContaining("skew threshold");
  }
}
