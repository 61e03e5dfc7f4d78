package io.github.learningcities.lcn.indicators.analysis;

import static io.github.learningcities.lcn.indicators.analysis.AnalysisFixtures.NA;
import static io.github.learningcities.lcn.indicators.analysis.AnalysisFixtures.columns;
import static io.github.learningcities.lcn.indicators.analysis.AnalysisFixtures.v;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorrelationTest {
  private static final double[] X = {1, 2, 3, 4, 5};
  private static final double[] Y = {2, 4, 5, 4, 5};

  @Test
  void pearsonWithTheTTestPValue() {
    // r = 6 / sqrt(10 * 6); t = 3 / sqrt(2) on 3 df; R's cor.test p = 0.1240270626575546
    Correlation c = Correlation.of("x", X, "y", Y, CorrelationMethod.PEARSON);
    assertThat(c.observations()).isEqualTo(5);
    assertThat(c.coefficient().getAsDouble()).isCloseTo(6 / Math.sqrt(60), within(1e-14));
    assertThat(c.pValue().getAsDouble()).isCloseTo(0.1240270626575546, within(1e-10));
    assertThat(c.isSignificant(0.05)).isFalse();
    assertThat(c.isSignificant(0.2)).isTrue();
  }

  @Test
  void spearmanUsesAverageRanksOfTies() {
    // y ranks (1, 2.5, 4.5, 2.5, 4.5): r = 7 / sqrt(10 * 9); p from t on 3 df
    Correlation c = Correlation.of("x", X, "y", Y, CorrelationMethod.SPEARMAN);
    assertThat(c.coefficient().getAsDouble()).isCloseTo(7 / Math.sqrt(90), within(1e-14));
    assertThat(c.pValue().getAsDouble()).isCloseTo(0.15461852312844926, within(1e-10));
  }

  @Test
  void kendallTauBWithTheTieCorrectedNormalApproximation() {
    // S = 6, ties in y: two pairs; tau-b = 6 / sqrt(10 * 8); Var(S) = (5*4*15 - 2*18) / 18
    Correlation c = Correlation.of("x", X, "y", Y, CorrelationMethod.KENDALL);
    assertThat(c.coefficient().getAsDouble()).isCloseTo(6 / Math.sqrt(80), within(1e-14));
    double z = 6 / Math.sqrt((300.0 - 36) / 18);
    assertThat(z).isCloseTo(1.5666989036012806, within(1e-12));
    assertThat(c.pValue().getAsDouble()).isCloseTo(0.11718508719813805, within(1e-10));
  }

  @Test
  void onlyPairwiseCompleteObservationsCount() {
    // complete pairs (1, 2), (4, 4), (5, 5): r = 5 / sqrt(26/3... ) computed by hand below
    Correlation c = Correlation.of("x", v(1, 2, NA, 4, 5), "y", v(2, NA, 5, 4, 5),
        CorrelationMethod.PEARSON);
    assertThat(c.observations()).isEqualTo(3);
    // x: mean 10/3, dev (-7/3, 2/3, 5/3); y: mean 11/3, dev (-5/3, 1/3, 4/3)
    double sxy = (35 + 2 + 20) / 9.0;
    double sxx = (49 + 4 + 25) / 9.0;
    double syy = (25 + 1 + 16) / 9.0;
    assertThat(c.coefficient().getAsDouble()).isCloseTo(sxy / Math.sqrt(sxx * syy),
        within(1e-14));
  }

  @Test
  void undefinedCoefficientsAreEmpty() {
    Correlation constant = Correlation.of("x", v(1, 1, 1), "y", v(1, 2, 3),
        CorrelationMethod.PEARSON);
    assertThat(constant.coefficient()).isEmpty();
    assertThat(constant.pValue()).isEmpty();
    Correlation two = Correlation.of("x", v(1, 2), "y", v(3, 1), CorrelationMethod.PEARSON);
    assertThat(two.coefficient().getAsDouble()).isEqualTo(-1);
    assertThat(two.pValue()).isEmpty();
  }

  @Test
  void matrixBetweenTwoSetsOfColumns() {
    CorrelationMatrix m = CorrelationMatrix.of(columns("x", X, "y", Y, "w", v(5, 4, 3, 2, 1)),
        List.of("x", "y"), List.of("w"), CorrelationMethod.PEARSON);
    assertThat(m.rows()).containsExactly("x", "y");
    assertThat(m.coefficient("x", "w").getAsDouble()).isCloseTo(-1, within(1e-15));
    assertThat(m.coefficient("y", "w").getAsDouble()).isCloseTo(-6 / Math.sqrt(60),
        within(1e-14));
    assertThat(m.cells()).hasSize(2);
    assertThatThrownBy(() -> m.get("w", "x")).isInstanceOf(AnalysisException.class)
        .hasMessageContaining("'w' is not a row");
  }

  @Test
  void columnsOfDifferentLengthAreRefused() {
    assertThatThrownBy(() -> Correlation.of("x", v(1, 2), "y", v(1), CorrelationMethod.KENDALL))
        .isInstanceOf(AnalysisException.class).hasMessageContaining("'x' (2 values)");
  }
}
