package io.github.learningcities.lcn.indicators.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CorrelationProperties {

  /** Two columns of equal length with small integer values (many ties) and some gaps. */
  @Provide
  Arbitrary<double[][]> columnPairs() {
    Arbitrary<Double> cell = Arbitraries.oneOf(Arbitraries.integers().between(-5, 5)
        .map(Integer::doubleValue), Arbitraries.doubles().between(-100, 100),
        Arbitraries.just(Double.NaN));
    return Arbitraries.integers().between(2, 25).flatMap(n -> Combinators.combine(
        cell.array(double[].class).ofSize(n), cell.array(double[].class).ofSize(n))
        .as((x, y) -> new double[][] {x, y}));
  }

  @Property
  void coefficientsAreWithinMinusOneAndOneAndSymmetric(
      @ForAll("columnPairs") double[][] xy, @ForAll CorrelationMethod method) {
    Correlation a = Correlation.of("x", xy[0], "y", xy[1], method);
    Correlation b = Correlation.of("y", xy[1], "x", xy[0], method);
    assertThat(a.coefficient()).isEqualTo(b.coefficient());
    assertThat(a.pValue()).isEqualTo(b.pValue());
    a.coefficient().ifPresent(r -> assertThat(r).isBetween(-1.0, 1.0));
    a.pValue().ifPresent(p -> assertThat(p).isBetween(0.0, 1.0));
  }

  @Property
  void aColumnCorrelatesPerfectlyWithAnIncreasingTransformOfItself(
      @ForAll("columnPairs") double[][] xy, @ForAll CorrelationMethod method) {
    double[] x = xy[0];
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = method == CorrelationMethod.PEARSON ? 3 * x[i] + 7 : Math.exp(x[i] / 50);
    }
    OptionalDouble r = Correlation.of("x", x, "y", y, method).coefficient();
    r.ifPresent(v -> assertThat(v).isCloseTo(1, within(1e-12)));
  }

  @Property
  void cronbachOfIdenticalColumnsIsOne(@ForAll("columnPairs") double[][] xy) {
    double[] x = xy[0];
    double sum = 0;
    int n = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        sum += v;
        n++;
      }
    }
    double mean = sum / n;
    boolean varies = false;
    for (double v : x) {
      varies |= !Double.isNaN(v) && v != mean;
    }
    OptionalDouble a = CronbachAlpha.alpha(new double[][] {x, x.clone(), x.clone()});
    if (n >= 2 && varies) {
      assertThat(a.getAsDouble()).isCloseTo(1, within(1e-12));
    } else {
      assertThat(a).isEmpty();
    }
  }

  @Property
  void matrixCellsEqualSingleCorrelations(@ForAll("columnPairs") double[][] xy) {
    CorrelationMatrix m = CorrelationMatrix.of(AnalysisFixtures.columns("x", xy[0], "y", xy[1]),
        List.of("x", "y"), CorrelationMethod.SPEARMAN);
    assertThat(m.coefficient("x", "y")).isEqualTo(m.coefficient("y", "x"));
    assertThat(m.coefficient("x", "y")).isEqualTo(
        Correlation.of("x", xy[0], "y", xy[1], CorrelationMethod.SPEARMAN).coefficient());
  }
}
