package io.github.learningcities.lcn.indicators.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.engine.Step;
import io.github.learningcities.lcn.indicators.pipeline.Imputation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Treatment;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * An analysis describes each combination of choices once and lets later replications that
 * choose alike share it: every replication it gives equals the one a design that has seen
 * nothing before gives for the same point (the pipeline built afresh), for weight-noise sets,
 * alternatives, values and ranges, in any order and with any repeats.
 */
class DesignReuseProperties {

  private static final Results WEIGHTED = UncertaintyAnalysisTest.nominal(
      Pipeline.coinrDefault().withNormalisation(Normalisation.minMax(1, 100)));
  private static final Results TREATED = UncertaintyAnalysisTest.nominal(
      Pipeline.coinrDefault().withTreatment(Treatment.coinrDefault()));

  @Property(tries = 60)
  void sharedDescriptionsEqualFreshOnes(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 80) int runs, @ForAll boolean ranges) {
    Results nominal = ranges ? TREATED : WEIGHTED;
    List<Factor> factors = ranges
        ? List.of(Factor.range("winmax", Step.TREATMENT, "winmax", 1, 3, true),
            Factor.imputation("imputation", List.of(Imputation.none(), Imputation.mean())),
            Factor.values("winmax2", Step.TREATMENT, "winmax", List.of(2, 4)))
        : UncertaintyAnalysisTest.factors();
    UncertaintySpec spec = UncertaintySpec.of(factors, 8, seed);
    List<double[][]> noisy = UncertaintyAnalysis.weightSets(nominal.framework(), spec);
    UncertaintyAnalysis.Design shared = new UncertaintyAnalysis.Design(factors, noisy,
        nominal.pipeline(), nominal.framework());
    SplittableRandom random = new SplittableRandom(seed);
    double[][] points = new double[runs][];
    for (int r = 0; r < runs; r++) {
      // a few distinct points, each coming back now and then, as a design's blocks do
      points[r] = r > 0 && random.nextInt(3) == 0 ? points[random.nextInt(r)].clone()
          : random.doubles(factors.size()).toArray();
    }
    for (int r = 0; r < runs; r++) {
      Replication fresh = new UncertaintyAnalysis.Design(factors, noisy, nominal.pipeline(),
          nominal.framework()).describe(r, points[r],
          UncertaintyAnalysis.chosen(points[r], factors));
      Replication reused = shared.describe(r, points[r],
          UncertaintyAnalysis.chosen(points[r], factors));
      assertThat(reused).as("replication %d", r).isEqualTo(fresh);
    }
  }
}
