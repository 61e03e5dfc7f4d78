package io.github.learningcities.lcn.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * {@link Ranking#ascendingOrder} (a binary insertion sort up to {@link Ranking#SHORT} values, a
 * bucket sort or, for crowded or unbounded values, a radix sort above) gives exactly the order
 * of the radix sort it
 * replaced ({@link RadixOrderOracle}) and of a stable boxed sort in {@code Double.compare}
 * order, on both sides of the threshold, with ties, {@code -0.0} and {@code 0.0}, infinities,
 * subnormals and missing values; the ranks built on it follow.
 */
class AscendingOrderProperties {

  @Provide
  Arbitrary<double[]> columns() {
    Arbitrary<Double> cell = Arbitraries.frequencyOf(
        // few distinct values: ties, -0.0 against 0.0, the ends of the double range
        Tuple.of(4, Arbitraries.of(-2.0, -0.0, 0.0, 0.5, 1.0, 3.0, Double.MAX_VALUE,
            -Double.MAX_VALUE, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)),
        Tuple.of(1, Arbitraries.just(Double.NaN)),
        // index scores: the low digits vary, the high ones mostly do not
        Tuple.of(4, Arbitraries.doubles().between(0, 100)),
        Tuple.of(2, Arbitraries.doubles()));
    return Arbitraries.frequencyOf(
        Tuple.of(3, cell.array(double[].class).ofMinSize(0).ofMaxSize(Ranking.SHORT + 2)),
        Tuple.of(2, cell.array(double[].class).ofMinSize(Ranking.SHORT - 2)
            .ofMaxSize(4 * Ranking.SHORT)),
        // index scores on a few thousand units: the bucket sort; with a heavy tail or many
        // ties, its fall-back to the radix sort
        Tuple.of(2, Arbitraries.doubles().between(0, 100).array(double[].class)
            .ofMinSize(Ranking.SHORT + 1).ofMaxSize(2_500)),
        Tuple.of(1, Arbitraries.frequencyOf(
            Tuple.of(20, Arbitraries.doubles().between(0, 1)),
            Tuple.of(1, Arbitraries.of(1e6, 1e300, -0.0, 0.0, Double.NaN)))
            .array(double[].class).ofMinSize(Ranking.SHORT + 1).ofMaxSize(2_500)),
        Tuple.of(1, cell.array(double[].class).ofMinSize(4 * Ranking.SHORT).ofMaxSize(2_500)),
        // scores with one decimal: ties inside the buckets, -0.0 beside 0.0
        Tuple.of(2, Arbitraries.frequencyOf(
            Tuple.of(30, Arbitraries.integers().between(-500, 500).map(i -> i / 10.0)),
            Tuple.of(1, Arbitraries.of(-0.0, Double.NaN)))
            .array(double[].class).ofMinSize(Ranking.SHORT + 1).ofMaxSize(2_500)),
        // already sorted or reversed: the insertion sort's best and worst cases
        Tuple.of(1, Arbitraries.doubles().between(-1e6, 1e6).array(double[].class)
            .ofMinSize(0).ofMaxSize(3 * Ranking.SHORT).map(AscendingOrderProperties::sortedEitherWay)));
  }

  private static double[] sortedEitherWay(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    if (v.length > 0 && v[0] < 0) {
      for (int i = 0; i < s.length / 2; i++) {
        double t = s[i];
        s[i] = s[s.length - 1 - i];
        s[s.length - 1 - i] = t;
      }
    }
    return s;
  }

  @Property(tries = 400)
  void ordersExactlyAsTheFormerRadixSort(@ForAll("columns") double[] x) {
    assertThat(Ranking.ascendingOrder(x)).isEqualTo(RadixOrderOracle.ascendingOrder(x));
  }

  @Property(tries = 400)
  void ordersAsAStableBoxedSort(@ForAll("columns") double[] x) {
    Integer[] present = java.util.stream.IntStream.range(0, x.length)
        .filter(i -> !Double.isNaN(x[i])).boxed().toArray(Integer[]::new);
    Arrays.sort(present, (a, b) -> Double.compare(x[a], x[b]));

    assertThat(Arrays.stream(Ranking.ascendingOrder(x)).boxed().toArray(Integer[]::new))
        .isEqualTo(present);
  }

  @Property(tries = 200)
  void competitionRanksCountTheGreaterValues(@ForAll("columns") double[] x) {
    int[] r = Ranking.competitionRanks(x);
    for (int i = 0; i < x.length; i++) {
      int greater = 0;
      for (double v : x) {
        if (v > x[i]) {
          greater++;
        }
      }
      assertThat(r[i]).isEqualTo(Double.isNaN(x[i]) ? 0 : 1 + greater);
    }
  }
}
