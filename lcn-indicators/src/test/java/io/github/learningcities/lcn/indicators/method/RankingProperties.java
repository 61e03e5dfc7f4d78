package io.github.learningcities.lcn.indicators.method;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The ranks from one sort and a sweep equal the ranks by definition: 1 + the number of present
 * values strictly greater (competition ranks) or strictly smaller (ascending ranks), with
 * ties, negative zero, infinities-free extremes and missing values.
 */
class RankingProperties {

  @Provide
  Arbitrary<double[]> columns() {
    Arbitrary<Double> value = Arbitraries.oneOf(
        Arbitraries.of(0.0, -0.0, 1.0, -1.0, 2.5, Double.MAX_VALUE, -Double.MAX_VALUE,
            Double.MIN_VALUE, -Double.MIN_VALUE, Double.NaN),
        Arbitraries.doubles().between(-1e3, 1e3).ofScale(1),
        Arbitraries.doubles());
    return value.list().ofMaxSize(300).map(l -> l.stream().mapToDouble(Double::doubleValue)
        .toArray());
  }

  @Property(tries = 500)
  void competitionRanksAreOnePlusTheCountOfGreaterValues(@ForAll("columns") double[] x) {
    int[] r = Statistics.competitionRanks(x);
    for (int i = 0; i < x.length; i++) {
      if (Double.isNaN(x[i])) {
        assertThat(r[i]).isZero();
        continue;
      }
      int greater = 0;
      for (double v : x) {
        if (v > x[i]) {
          greater++;
        }
      }
      assertThat(r[i]).isEqualTo(1 + greater);
    }
  }

  @Property(tries = 500)
  void ascendingRanksAreOnePlusTheCountOfSmallerValues(@ForAll("columns") double[] x) {
    double[] r = Statistics.ascendingRanks(x);
    for (int i = 0; i < x.length; i++) {
      if (Double.isNaN(x[i])) {
        assertThat(r[i]).isNaN();
        continue;
      }
      int smaller = 0;
      for (double v : x) {
        if (v < x[i]) {
          smaller++;
        }
      }
      assertThat(r[i]).isEqualTo(1.0 + smaller);
    }
  }
}
