package io.github.learningcities.lcn.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * {@link BuiltInAggregators#notFinite}, the arithmetic mean's list of units to look at again,
 * lists exactly the positions the former loop without a branch listed ({@link #former}): every
 * NaN (any payload, either sign) and infinite sum, in ascending order, none finite (the largest
 * double, the smallest subnormal and -0.0 included), from none to all of them.
 */
class NotFiniteProperties {

  /** The former loop (main at 37f74f8), kept as the oracle: a store per unit, no branch. */
  static int former(double[] out, int[] flagged) {
    int flags = 0;
    for (int u = 0; u < out.length; u++) {
      flagged[flags] = u;
      flags += (int) ((0x7fefffffffffffffL
          - (Double.doubleToRawLongBits(out[u]) & 0x7fffffffffffffffL)) >>> 63);
    }
    return flags;
  }

  @Provide
  Arbitrary<double[]> sums() {
    Arbitrary<Double> notFinite = Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.longBitsToDouble(0xfff8000000000000L),
        Double.longBitsToDouble(0x7ff0000000000001L),
        Double.longBitsToDouble(0xffffffffffffffffL));
    Arbitrary<Double> edges = Arbitraries.of(0.0, -0.0, Double.MAX_VALUE, -Double.MAX_VALUE,
        Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Math.nextDown(Double.MAX_VALUE));
    return Arbitraries.integers().between(0, 10).flatMap(share -> Arbitraries.frequencyOf(
        Tuple.of(10 - share, Arbitraries.doubles().between(-1e6, 1e6)),
        Tuple.of(share, notFinite),
        Tuple.of(1, edges)).array(double[].class).ofMinSize(0).ofMaxSize(300));
  }

  @Property(tries = 500)
  void listsTheSamePositionsAsTheFormerLoop(@ForAll("sums") double[] out) {
    int[] flagged = new int[out.length];
    int[] expected = new int[out.length];
    int flags = BuiltInAggregators.notFinite(out, flagged);
    int want = former(out, expected);
    assertThat(flags).isEqualTo(want);
    assertThat(Arrays.copyOf(flagged, flags)).isEqualTo(Arrays.copyOf(expected, want));
    for (int i = 0; i < flags; i++) {
      assertThat(Double.isFinite(out[flagged[i]])).isFalse();
    }
  }

  @Example
  void noneAllAndTheEdgesOfTheFiniteRange() {
    double[] finite = {0.0, -0.0, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, 1.5};
    assertThat(BuiltInAggregators.notFinite(finite, new int[finite.length])).isZero();
    double[] all = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    int[] flagged = new int[all.length];
    assertThat(BuiltInAggregators.notFinite(all, flagged)).isEqualTo(3);
    assertThat(flagged).containsExactly(0, 1, 2);
  }
}
