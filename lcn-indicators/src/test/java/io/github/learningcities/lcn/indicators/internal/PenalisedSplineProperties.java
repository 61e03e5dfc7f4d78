package io.github.learningcities.lcn.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The banded {@link PenalisedSpline} gives the same bits as the dense routines it replaced
 * ({@link DensePenalisedSpline}): the chosen fit, the effective degrees at fixed penalty weights
 * and every bootstrap resample's ratio, on data shaped to reach the edges of the band (repeated
 * x, segments no point reaches, piecewise-constant y, integers, tiny and huge scales).
 */
class PenalisedSplineProperties {

  /** How the x values of a sample are laid out. */
  enum Shape {
    /** Spread over the whole range. */
    UNIFORM,
    /** A handful of distinct values, each repeated. */
    REPEATED,
    /** All but two points inside one segment: most basis functions have no data. */
    CLUSTERED,
    /** Integers, y a step function of x (constant within segments). */
    STEPS,
    /** x at knots exactly (t = 0 within its segment) plus the upper end. */
    KNOTS
  }

  @Property(tries = 300)
  void theBandedFitHasTheDenseBits(@ForAll Shape shape, @ForAll @IntRange(min = 3, max = 160) int n,
      @ForAll long seed, @ForAll @IntRange(min = -30, max = 30) int scale) {
    double[][] xy = sample(shape, n, seed, Math.pow(10, scale));
    PenalisedSpline banded = new PenalisedSpline(xy[0], xy[1]);
    DensePenalisedSpline dense = new DensePenalisedSpline(xy[0], xy[1]);

    PenalisedSpline.Fit b = banded.fit();
    DensePenalisedSpline.Fit d = dense.fit();
    assertThat(bits(b.ratio(), b.lambda(), b.effectiveDegrees()))
        .containsExactly(bits(d.ratio(), d.lambda(), d.effectiveDegrees()));
    for (int k = -8; k <= 8; k += 4) {
      double lambda = Math.pow(10, k);
      assertThat(bits(banded.effectiveDegrees(lambda)))
          .as("effective degrees at lambda %s", lambda)
          .containsExactly(bits(dense.effectiveDegrees(lambda)));
    }
  }

  @Property(tries = 150)
  void everyResampleHasTheDenseBits(@ForAll Shape shape, @ForAll @IntRange(min = 3, max = 80) int n,
      @ForAll long seed, @ForAll @IntRange(min = -6, max = 6) int logLambda) {
    double[][] xy = sample(shape, n, seed, 1);
    double lambda = Math.pow(10, logLambda);
    double[] banded = new PenalisedSpline(xy[0], xy[1])
        .bootstrapRatios(lambda, 40, new SplittableRandom(seed));
    double[] dense = new DensePenalisedSpline(xy[0], xy[1])
        .bootstrapRatios(lambda, 40, new SplittableRandom(seed));
    assertThat(bits(banded)).containsExactly(bits(dense));

    PenalisedSpline again = new PenalisedSpline(xy[0], xy[1]);
    DensePenalisedSpline denseAgain = new DensePenalisedSpline(xy[0], xy[1]);
    assertThat(bits(again.bootstrap(lambda, 40, 0.9, new SplittableRandom(seed))))
        .containsExactly(bits(denseAgain.bootstrap(lambda, 40, 0.9, new SplittableRandom(seed))));
  }

  /** {x, y}: n pairs of the given shape, y multiplied by scale. */
  private static double[][] sample(Shape shape, int n, long seed, double scale) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = switch (shape) {
        case UNIFORM -> r.nextDouble(-5, 5);
        case REPEATED -> r.nextInt(4) * 0.37;
        case CLUSTERED -> i == 0 ? 0 : i == 1 ? 1 : 0.41 + r.nextDouble() * 0.03;
        case STEPS -> r.nextInt(-500, 500);
        case KNOTS -> i == 0 ? PenalisedSpline.SEGMENTS : r.nextInt(PenalisedSpline.SEGMENTS);
      };
      double signal = shape == Shape.STEPS ? Math.floor(x[i] / 150) : Math.sin(3 * x[i]);
      double noise = r.nextInt(5) == 0 ? 0 : r.nextGaussian() * 0.3;
      y[i] = (signal + noise) * scale;
    }
    return new double[][] {x, y};
  }

  private static long[] bits(double... values) {
    long[] out = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = Double.doubleToLongBits(values[i]);
    }
    return out;
  }
}
