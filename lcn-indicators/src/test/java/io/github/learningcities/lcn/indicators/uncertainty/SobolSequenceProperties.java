package io.github.learningcities.lcn.indicators.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the seeded, digitally shifted Sobol points that the analysis samples. */
class SobolSequenceProperties {

  /**
   * Every one-dimensional projection of the first 2^m points is a (0, m, 1)-net, and a digital
   * shift keeps that: each of the 2^m intervals of width 2^-m holds exactly one point.
   */
  @Property(tries = 60)
  void theFirstPowerOfTwoPointsStratifyEveryDimension(@ForAll @IntRange(min = 1, max = 10) int m,
      @ForAll @IntRange(min = 1, max = SobolSequence.MAX_DIMENSIONS) int dims,
      @ForAll long seed) {
    int n = 1 << m;
    double[][] p = UncertaintyAnalysis.sample(n, dims, UncertaintySpec.Sampling.SOBOL, seed);
    for (int k = 0; k < p[0].length; k++) {
      boolean[] seen = new boolean[n];
      for (double[] point : p) {
        assertThat(point[k]).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
        int cell = (int) Math.floor(point[k] * n);
        assertThat(seen[cell]).as("dimension %d, interval %d of %d", k, cell, n).isFalse();
        seen[cell] = true;
      }
    }
  }

  /** The points of a sequence in more dimensions start with those of one in fewer. */
  @Property(tries = 30)
  void aPointsLeadingCoordinatesDoNotDependOnTheDimensionCount(
      @ForAll @IntRange(min = 1, max = SobolSequence.MAX_DIMENSIONS) int few,
      @ForAll @IntRange(min = 0, max = 50) int more) {
    int many = Math.min(SobolSequence.MAX_DIMENSIONS, few + more);
    SobolSequence a = new SobolSequence(few);
    SobolSequence b = new SobolSequence(many);
    for (int j = 0; j < 300; j++) {
      long[] x = a.nextBits();
      long[] y = b.nextBits();
      for (int k = 0; k < few; k++) {
        assertThat(y[k]).isEqualTo(x[k]);
      }
    }
  }
}
