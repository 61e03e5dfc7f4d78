package io.github.learningcities.lcn.indicators.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.framework.Direction;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Min-max and z-score are scale-invariant: multiplying every raw value of an indicator by a
 * positive factor, however large or small (up to the largest double, down to where values stay
 * normal), leaves the normalised values unchanged, up to the rounding of the scaled values
 * (issue 11: near the ends of the double range they used to overflow to a flat column).
 */
class NormalisationScalingProperties {

  /** Values of moderate size (or missing), and a factor 10^e * m that keeps them finite. */
  record Scaled(double[] values, double factor) {}

  @Provide
  Arbitrary<Scaled> scaled() {
    Arbitrary<Double> value = Arbitraries.oneOf(
        Arbitraries.doubles().between(-1e6, 1e6).ofScale(3),
        Arbitraries.just(Double.NaN));
    Arbitrary<double[]> column = value.list().ofMinSize(2).ofMaxSize(30)
        .map(l -> l.stream().mapToDouble(Double::doubleValue).toArray());
    // the extremes: the largest value 1e6 to 1.7e308, the smallest 1e-3 to 1e-300
    Arbitrary<Double> factor = Arbitraries.oneOf(Combinators.combine(
        Arbitraries.doubles().between(1, 10), Arbitraries.integers().between(-297, 301))
        .as((m, e) -> m * Math.pow(10, e)), Arbitraries.of(1.7e302, 1e-297));
    return Combinators.combine(column, factor).as(Scaled::new);
  }

  @Property(tries = 300)
  void minMaxIgnoresTheScale(@ForAll("scaled") Scaled s, @ForAll boolean negative) {
    Normalisation n = Normalisation.minMax(0, 100);
    assertSameAfterScaling(s, negative, n, 100);
  }

  @Property(tries = 300)
  void zScoreIgnoresTheScale(@ForAll("scaled") Scaled s, @ForAll boolean negative) {
    assertSameAfterScaling(s, negative, Normalisation.zScore(0, 1), Math.sqrt(s.values.length));
  }

  private static void assertSameAfterScaling(Scaled s, boolean negative, Normalisation n,
      double extent) {
    Framework fw = Framework.builder().node("I", null).node(Node.of("x", "I")
        .withDirection(negative ? Direction.NEGATIVE : Direction.POSITIVE)).build();
    double[] scaledValues = new double[s.values.length];
    for (int i = 0; i < scaledValues.length; i++) {
      scaledValues[i] = s.values[i] * s.factor;
    }
    Pipeline p = Pipeline.coinrDefault().withNormalisation(n);
    double[] plain = Engine.standard().run(fw, Fixtures.column(s.values), p)
        .after(Step.NORMALISATION).column("x");
    double[] scaled = Engine.standard().run(fw, Fixtures.column(scaledValues), p)
        .after(Step.NORMALISATION).column("x");
    // rounding of the scaled values, amplified by how close they are relative to their size
    double maxAbs = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : s.values) {
      if (v == v) {
        maxAbs = Math.max(maxAbs, Math.abs(v));
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    double tolerance = max > min ? 1e-12 * extent * (1 + maxAbs / (max - min)) : 0;
    for (int i = 0; i < plain.length; i++) {
      if (Double.isNaN(plain[i])) {
        assertThat(scaled[i]).isNaN();
      } else {
        assertThat(scaled[i]).as("unit %d of %s times %s", i, List.of(s.values), s.factor)
            .isCloseTo(plain[i], org.assertj.core.api.Assertions.within(tolerance));
      }
    }
  }
}
