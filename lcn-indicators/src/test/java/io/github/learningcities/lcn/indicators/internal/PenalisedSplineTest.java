package io.github.learningcities.lcn.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.learningcities.lcn.indicators.method.Statistics;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PenalisedSplineTest {

  /**
   * A full factorial of x (50 levels on [0, 1]) and z (40 levels): y = sin(2 pi x) + z. x and z
   * are exactly independent in the sample, so the correlation ratio of y on x is
   * Var(sin(2 pi x)) / Var(y) over the sample, exactly. A straight line would explain almost
   * none of a full sine period: the smoother must follow the curve. The tolerance is 5 %: the
   * difference penalty shrinks a curve's amplitude a little, and cross-validation trades that
   * bias against the noise (here it lands 2.6 % low); a straight line falls short by 40 %.
   */
  @Test
  void aSmoothCurveIsFollowed() {
    int nx = 50;
    int nz = 40;
    double[] x = new double[nx * nz];
    double[] y = new double[nx * nz];
    double[] signal = new double[nx * nz];
    for (int i = 0; i < nx; i++) {
      for (int j = 0; j < nz; j++) {
        int r = i * nz + j;
        x[r] = i / (nx - 1.0);
        signal[r] = Math.sin(2 * Math.PI * x[r]);
        y[r] = signal[r] + 0.8 * (j / (nz - 1.0) - 0.5) * 2;
      }
    }
    double truth = sampleVariance(signal) / sampleVariance(y);
    PenalisedSpline.Fit fit = new PenalisedSpline(x, y).fit();
    assertThat(fit.ratio()).isCloseTo(truth, within(0.05 * truth));
    assertThat(fit.effectiveDegrees()).as("more than a line").isGreaterThan(3);
    assertThat(pearsonSquared(x, y)).as("a line would miss it").isLessThan(0.6 * truth);
  }

  @Test
  void aConstantColumnHasNoRatio() {
    double[] x = {1, 1, 1, 1};
    double[] y = {1, 2, 3, 4};
    assertThat(new PenalisedSpline(x, y).fit().ratio()).isNaN();
    assertThat(new PenalisedSpline(y, x).fit().ratio()).isNaN();
  }

  @Test
  void theRatioDoesNotDependOnTheScaleOrSignOfX() {
    SplittableRandom r = new SplittableRandom(4);
    double[] x = new double[300];
    double[] y = new double[300];
    double[] x2 = new double[300];
    for (int i = 0; i < 300; i++) {
      x[i] = r.nextDouble();
      y[i] = Math.exp(2 * x[i]) + r.nextGaussian();
      x2[i] = -1e6 * x[i] + 7;
    }
    assertThat(new PenalisedSpline(x2, y).fit().ratio())
        .isCloseTo(new PenalisedSpline(x, y).fit().ratio(), within(1e-9));
  }

  @Test
  void theBootstrapIntervalIsSeededAndOrdered() {
    SplittableRandom r = new SplittableRandom(8);
    double[] x = new double[200];
    double[] y = new double[200];
    for (int i = 0; i < 200; i++) {
      x[i] = r.nextDouble();
      y[i] = x[i] + r.nextGaussian() * 0.3;
    }
    PenalisedSpline s = new PenalisedSpline(x, y);
    PenalisedSpline.Fit fit = s.fit();
    double[] a = s.bootstrap(fit.lambda(), 300, 0.9, new SplittableRandom(1));
    double[] b = s.bootstrap(fit.lambda(), 300, 0.9, new SplittableRandom(1));
    assertThat(a).containsExactly(b);
    assertThat(a[0]).isLessThan(fit.ratio()).isGreaterThan(0);
    assertThat(a[1]).isGreaterThan(fit.ratio()).isLessThan(1);
  }

  private static double pearsonSquared(double[] a, double[] b) {
    double ma = 0;
    double mb = 0;
    for (int i = 0; i < a.length; i++) {
      ma += a[i];
      mb += b[i];
    }
    ma /= a.length;
    mb /= a.length;
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (int i = 0; i < a.length; i++) {
      sab += (a[i] - ma) * (b[i] - mb);
      saa += (a[i] - ma) * (a[i] - ma);
      sbb += (b[i] - mb) * (b[i] - mb);
    }
    return sab * sab / (saa * sbb);
  }

  /** The sample variance: its n - 1 cancels in every ratio the tests form. */
  private static double sampleVariance(double[] x) {
    double sd = Statistics.sd(x);
    return sd * sd;
  }
}
