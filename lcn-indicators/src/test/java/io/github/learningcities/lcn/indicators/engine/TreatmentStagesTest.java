package io.github.learningcities.lcn.indicators.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.learningcities.lcn.indicators.engine.Diagnostics.IndicatorTreatment;
import io.github.learningcities.lcn.indicators.engine.Diagnostics.TreatedPoint;
import io.github.learningcities.lcn.indicators.engine.Diagnostics.TreatmentStage;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Treatment;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #16: outlier treatment keeps what COINr's {@code Treat} reports: whether a point was
 * winsorised and then log-transformed ({@code Treated_Points}: {@code winhi+log_CT}), and skew
 * and kurtosis after each stage ({@code Dets_Table}: {@code check_SkewKurt0},
 * {@code winsorise.nwin} with {@code check_SkewKurt1}, {@code check_SkewKurt2}). Expected
 * moments come from COINr's own formulas ({@code skew}, {@code kurt} in {@code R/treat.R},
 * e1071's type 2), written out here.
 */
class TreatmentStagesTest {

  /** Sums of the powers 2, 3 and 4 of the deviations from the mean. */
  private static double[] centralSums(double[] x) {
    double mean = java.util.Arrays.stream(x).average().orElseThrow();
    double[] s = new double[5];
    for (double v : x) {
      double d = v - mean;
      s[2] += d * d;
      s[3] += d * d * d;
      s[4] += d * d * d * d;
    }
    return s;
  }

  /** COINr's skew: sqrt(n) sum d^3 / (sum d^2)^1.5 * sqrt(n (n - 1)) / (n - 2). */
  private static double coinrSkew(double[] x) {
    int n = x.length;
    double[] s = centralSums(x);
    return Math.sqrt(n) * s[3] / Math.pow(s[2], 1.5) * Math.sqrt(n * (n - 1.0)) / (n - 2);
  }

  /** COINr's kurt: ((n + 1) (r - 3) + 6) (n - 1) / ((n - 2) (n - 3)), r = n sum d^4 / (sum d^2)^2. */
  private static double coinrKurt(double[] x) {
    int n = x.length;
    double[] s = centralSums(x);
    double r = n * s[4] / (s[2] * s[2]);
    return ((n + 1) * (r - 3) + 6) * (n - 1) / ((n - 2.0) * (n - 3));
  }

  private static double[] column() {
    double[] z = new double[23];
    for (int i = 0; i < 20; i++) {
      z[i] = i + 1;
    }
    z[20] = 100;
    z[21] = 200;
    z[22] = 400;
    return z;
  }

  @Test
  void aPointWinsorisedAndThenLogTransformedSaysBoth() {
    double[] z = column();
    Results r = Engine.standard().run(Fixtures.single(), Fixtures.column(z),
        Pipeline.coinrDefault().withTreatment(Treatment.winsorise(1, 2, 3.5, "log-ct")));

    List<TreatedPoint> points = r.diagnostics().treatedPoints();
    assertThat(points).hasSize(23);
    TreatedPoint top = points.stream().filter(p -> p.before() == 400).findFirst().orElseThrow();
    assertThat(top.treatment()).isEqualTo("winhi+log-ct");
    assertThat(top.winsorised()).isTrue();
    assertThat(top.transform()).contains("log-ct");
    // the transform is of the original column: log(x - min + 0.01 (max - min))
    assertThat(top.after()).isCloseTo(Math.log(400 - 1 + 0.01 * 399), within(1e-12));
    assertThat(points.stream().filter(p -> p.before() != 400))
        .allSatisfy(p -> {
          assertThat(p.treatment()).isEqualTo("log-ct");
          assertThat(p.winsorised()).isFalse();
        });

    IndicatorTreatment t = r.diagnostics().treatments().get(0);
    double[] winsorised = column();
    winsorised[22] = 200;
    double[] logged = new double[z.length];
    for (int i = 0; i < z.length; i++) {
      logged[i] = Math.log(z[i] - 1 + 0.01 * 399);
    }
    assertThat(t.stages()).extracting(TreatmentStage::stage)
        .containsExactly(TreatmentStage.ORIGINAL, TreatmentStage.WINSORISED, "log-ct");
    TreatmentStage s0 = t.stages().get(0);
    TreatmentStage s1 = t.stages().get(1);
    TreatmentStage s2 = t.stages().get(2);
    assertThat(s0.skew()).isCloseTo(coinrSkew(z), within(1e-12));
    assertThat(s0.kurtosis()).isCloseTo(coinrKurt(z), within(1e-12));
    assertThat(s0.passes()).isFalse();
    assertThat(s1.winsorised()).isEqualTo(1);
    assertThat(s1.skew()).isCloseTo(coinrSkew(winsorised), within(1e-12));
    assertThat(s1.kurtosis()).isCloseTo(coinrKurt(winsorised), within(1e-12));
    assertThat(Math.abs(s1.skew()) >= 2 && s1.kurtosis() >= 3.5).isTrue();
    assertThat(s1.passes()).isFalse();
    assertThat(s2.skew()).isCloseTo(coinrSkew(logged), within(1e-12));
    assertThat(s2.kurtosis()).isCloseTo(coinrKurt(logged), within(1e-12));
    assertThat(s2.passes()).isEqualTo(Math.abs(s2.skew()) < 2 || s2.kurtosis() < 3.5);
    assertThat(t.winsorised()).isEqualTo(1);
    assertThat(t.transform()).contains("log-ct");
    assertThat(t.skewAfter()).isEqualTo(s2.skew());
    assertThat(t.stage(TreatmentStage.WINSORISED)).contains(s1);
  }

  @Test
  void winsorisingThatSufficesHasTwoStages() {
    Results r = Engine.standard().run(Fixtures.single(), Fixtures.column(column()),
        Pipeline.coinrDefault().withTreatment(Treatment.coinrDefault()));
    IndicatorTreatment t = r.diagnostics().treatments().get(0);
    assertThat(t.stages()).extracting(TreatmentStage::stage)
        .containsExactly(TreatmentStage.ORIGINAL, TreatmentStage.WINSORISED);
    assertThat(t.stages().get(1).passes()).isTrue();
    assertThat(t.stages().get(1).winsorised()).isEqualTo(2);
    assertThat(r.diagnostics().treatedPoints()).extracting(TreatedPoint::treatment)
        .containsOnly("winhi");
    assertThat(r.diagnostics().treatedPoints()).allSatisfy(p ->
        assertThat(p.transform()).isEmpty());
  }

  @Test
  void aPlainTransformHasTheOriginalAndTheTransformedStage() {
    double[] z = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100};
    Results r = Engine.standard().run(Fixtures.single(), Fixtures.column(z),
        Pipeline.coinrDefault().withTreatment(Treatment.boxCox(0.5)));
    IndicatorTreatment t = r.diagnostics().treatments().get(0);
    assertThat(t.stages()).extracting(TreatmentStage::stage)
        .containsExactly(TreatmentStage.ORIGINAL, "boxcox");
    assertThat(t.stages().get(0).skew()).isCloseTo(coinrSkew(z), within(1e-12));
    assertThat(r.diagnostics().treatedPoints()).allSatisfy(p -> {
      assertThat(p.treatment()).isEqualTo("boxcox");
      assertThat(p.transform()).contains("boxcox");
    });
  }
}
