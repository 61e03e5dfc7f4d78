package io.github.learningcities.lcn.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Ranking#orderShortRow} orders exactly as the stable boxed sort it replaced in the
 * weighted median and OWA (ties by position, {@code Double.compare} order).
 */
class OrderShortRowProperties {

  @Provide
  Arbitrary<double[]> rows() {
    // few distinct values, so ties (and -0.0 against 0.0) are common
    return Arbitraries.of(-2.0, -0.0, 0.0, 0.5, 1.0, 3.0, Double.MAX_VALUE)
        .array(double[].class).ofMinSize(0).ofMaxSize(40);
  }

  @Property
  void ordersAsTheStableSortDoes(@ForAll("rows") double[] v, @ForAll boolean descending) {
    int n = v.length;
    Integer[] expected = new Integer[n];
    for (int i = 0; i < n; i++) {
      expected[i] = i;
    }
    Arrays.sort(expected, descending ? (a, b) -> Double.compare(v[b], v[a])
        : (a, b) -> Double.compare(v[a], v[b]));
    int[] order = new int[n + 3];   // longer than the row: only the first n are written
    Ranking.orderShortRow(v, n, order, descending);

    assertThat(Arrays.stream(order, 0, n).boxed().toArray(Integer[]::new)).isEqualTo(expected);
  }
}
