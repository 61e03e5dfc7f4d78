package io.github.learningcities.lcn.indicators.analysis;

import static io.github.learningcities.lcn.indicators.analysis.AnalysisFixtures.columns;
import static io.github.learningcities.lcn.indicators.analysis.AnalysisFixtures.times;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Correlations, Cronbach's alpha, PCA variances and effective weights do not depend on the
 * scale of what they are computed from: scaling by 2^900 or 2^-900 (exact in doubles) must
 * leave them as they are, not overflow to Infinity or underflow to 0 (issue 11).
 */
class ScaleInvarianceProperties {

  @Provide
  Arbitrary<Double> powers() {
    return Arbitraries.of(Math.scalb(1.0, 900), Math.scalb(1.0, -900), Math.scalb(1.0, 1000),
        Math.scalb(1.0, -1000));
  }

  /** Three columns of equal length, values in [-100, 100] with some gaps. */
  @Provide
  Arbitrary<double[][]> columnTriples() {
    Arbitrary<Double> cell = Arbitraries.frequencyOf(
        Tuple.of(9, Arbitraries.doubles().between(-100, 100)),
        Tuple.of(1, Arbitraries.just(Double.NaN)));
    return Arbitraries.integers().between(3, 20).flatMap(n -> Combinators.combine(
        cell.array(double[].class).ofSize(n), cell.array(double[].class).ofSize(n),
        cell.array(double[].class).ofSize(n)).as((x, y, z) -> new double[][] {x, y, z}));
  }

  private static void assertSame(OptionalDouble expected, OptionalDouble actual) {
    assertThat(actual.isPresent()).isEqualTo(expected.isPresent());
    if (expected.isPresent()) {
      assertThat(actual.getAsDouble()).isCloseTo(expected.getAsDouble(), within(1e-12));
    }
  }

  @Property
  void correlationsIgnoreTheScaleOfEitherColumn(@ForAll("columnTriples") double[][] c,
      @ForAll("powers") double factor, @ForAll CorrelationMethod method) {
    Correlation plain = Correlation.of("x", c[0], "y", c[1], method);
    Correlation big = Correlation.of("x", times(c[0], factor), "y", c[1], method);
    assertSame(plain.coefficient(), big.coefficient());
    assertSame(plain.pValue(), big.pValue());
  }

  @Property
  void cronbachAlphaIgnoresTheScaleOfAllItems(@ForAll("columnTriples") double[][] c,
      @ForAll("powers") double factor) {
    List<String> items = List.of("x", "y", "z");
    Dataset plain = columns("x", c[0], "y", c[1], "z", c[2]);
    Dataset big = columns("x", times(c[0], factor), "y", times(c[1], factor),
        "z", times(c[2], factor));
    assertSame(CronbachAlpha.of(plain, items).alpha(), CronbachAlpha.of(big, items).alpha());
  }

  @Property
  void principalComponentVariancesIgnoreTheScaleOfAColumn(@ForAll("columnTriples") double[][] c,
      @ForAll("powers") double factor) {
    double[][] full = new double[3][];
    for (int j = 0; j < 3; j++) {
      full[j] = c[j].clone();
      for (int i = 0; i < full[j].length; i++) {
        // PCA needs complete, varying columns: fill gaps with a distinct pattern.
        if (Double.isNaN(full[j][i])) {
          full[j][i] = (i * (j + 2)) % 7 + 0.5;
        }
      }
    }
    List<String> items = List.of("x", "y", "z");
    Dataset plain = columns("x", full[0], "y", full[1], "z", full[2]);
    Dataset big = columns("x", times(full[0], factor), "y", full[1], "z", full[2]);
    double[] expected;
    try {
      expected = PrincipalComponents.of(plain, items).variances();
    } catch (AnalysisException constantColumn) {
      return;
    }
    double[] actual = PrincipalComponents.of(big, items).variances();
    for (int i = 0; i < expected.length; i++) {
      assertThat(actual[i]).isCloseTo(expected[i], within(1e-9));
    }
  }

  @Property
  void effectiveWeightsIgnoreTheScaleOfSiblingWeights(
      @ForAll("weights") double[] weights, @ForAll("weightPowers") double factor) {
    Map<String, Double> plain = framework(weights, 1).effectiveWeights();
    Map<String, Double> big = framework(weights, factor).effectiveWeights();
    plain.forEach((code, w) -> assertThat(big.get(code)).as(code).isCloseTo(w, within(1e-15)));
  }

  /** Factors that bring the weights below to the largest doubles, whose sum overflows. */
  @Provide
  Arbitrary<Double> weightPowers() {
    return Arbitraries.of(Math.scalb(1.0, 900), Math.scalb(1.0, -900), Math.scalb(1.0, 1022),
        Math.scalb(1.0, 1023));
  }

  @Provide
  Arbitrary<double[]> weights() {
    return Arbitraries.doubles().between(0.01, 1.99).array(double[].class).ofMinSize(1)
        .ofMaxSize(6);
  }

  /** An index over one pillar whose indicators carry the weights times the factor. */
  private static Framework framework(double[] weights, double factor) {
    Framework.Builder b = Framework.builder().node("I", null).node("P", "I");
    for (int i = 0; i < weights.length; i++) {
      b.node(Node.of("x" + i, "P").withWeight(weights[i] * factor));
    }
    return b.build();
  }
}
