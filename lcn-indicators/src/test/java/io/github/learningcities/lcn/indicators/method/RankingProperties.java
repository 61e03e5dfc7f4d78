package io.github.learningcities.lcn.indicators.method;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.DoublePredicate;
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
      double v = x[i];
      assertThat(r[i]).isEqualTo(Double.isNaN(v) ? 0 : 1 + count(x, y -> y > v));
    }
  }

  @Property(tries = 500)
  void ascendingRanksAreOnePlusTheCountOfSmallerValues(@ForAll("columns") double[] x) {
    double[] r = Statistics.ascendingRanks(x);
    for (int i = 0; i < x.length; i++) {
      double v = x[i];
      // boxed, so that NaN equals NaN
      assertThat(r[i]).isEqualTo(
          Double.valueOf(Double.isNaN(v) ? Double.NaN : 1.0 + count(x, y -> y < v)));
    }
  }

  private static int count(double[] x, DoublePredicate p) {
    int n = 0;
    for (double y : x) {
      if (p.test(y)) {
        n++;
      }
    }
    return n;
  }
}
