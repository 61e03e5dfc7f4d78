package io.github.learningcities.lcn.indicators.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Treatment;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * COINr's outlier treatment (skew and kurtosis, winsorisation, log transforms of x - min) only
 * sees distances between values, so adding a constant to a column leaves its min-max
 * normalised values as they were. Columns of n - 1 equal values and one other sit exactly on a
 * decision (skew sqrt(n): 2 for four values), where rounding alone used to decide.
 */
class TreatmentShiftProperties {

  @Property(tries = 300)
  void shiftingAColumnOnTheSkewThresholdChangesNoNormalisedValue(
      @ForAll @DoubleRange(min = -100, max = 1000) double common,
      @ForAll @DoubleRange(min = -100, max = 1000) double other,
      @ForAll @IntRange(min = 0, max = 3) int position,
      @ForAll @DoubleRange(min = -500, max = 500) double shift,
      @ForAll("secondaries") String secondary) {
    double c = Math.round(common * 100) / 100.0;
    double o = Math.round(other * 100) / 100.0;
    double s = Math.round(shift * 100) / 100.0;
    double[] x = {c, c, c, c};
    x[position] = o;
    double[] y = x.clone();
    for (int i = 0; i < y.length; i++) {
      y[i] += s;
    }
    Pipeline p = Pipeline.coinrDefault()
        .withTreatment(Treatment.winsorise(5, 2, 3.5, secondary))
        .withNormalisation(Normalisation.minMax(1, 100));
    double[] a = Engine.standard().run(Fixtures.single(), Fixtures.column(x), p)
        .after(Step.NORMALISATION).column("x");
    double[] b = Engine.standard().run(Fixtures.single(), Fixtures.column(y), p)
        .after(Step.NORMALISATION).column("x");
    assertThat(b).as("%s shifted by %s", Arrays.toString(x), s)
        .containsExactly(a, within(1e-6));
  }

  @Provide
  Arbitrary<String> secondaries() {
    return Arbitraries.of("log-ct", "log-ct-plus", "log-ct-orig", "none");
  }
}
