package io.github.learningcities.lcn.indicators.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * A Pearson p-value is the t distribution's, whichever degrees of freedom the p-values before
 * it used (the distribution of the last one is kept, and must be replaced when they change).
 */
class PairwisePValueProperties {

  @Property(tries = 200)
  void asAFreshDistributionGivesIt(
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 3, max = 60) Integer> sizes,
      @ForAll @DoubleRange(min = -0.99, max = 0.99) @Scale(12) double r) {
    for (int n : sizes) {
      double df = n - 2;
      double t = r * Math.sqrt(df / (1 - r * r));
      double expected = Math.min(1, 2 * TDistribution.of(df).cumulativeProbability(-Math.abs(t)));
      assertThat(Pairwise.pValue(new double[n], new double[n], r, CorrelationMethod.PEARSON))
          .as("n = %d", n).isEqualTo(expected);
    }
  }
}
