package io.github.learningcities.lcn.indicators.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.engine.Step;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Imputation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Treatment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class UncertaintyAnalysisTest {

  /** 30 units, 6 indicators in 2 pillars, a few missing cells, skewed data. */
  static Results nominal(Pipeline pipeline) {
    Framework.Builder b = Framework.builder().node("I", null).node("A", "I").node("B", "I");
    Random rnd = new Random(7);
    Map<String, double[]> cols = new LinkedHashMap<>();
    List<Unit> units = new ArrayList<>();
    for (int u = 0; u < 30; u++) {
      units.add(new Unit("u" + u, null, Map.of("g", u % 2 == 0 ? "x" : "y"), Map.of()));
    }
    for (int k = 0; k < 6; k++) {
      b.node(Node.of("i" + k, k < 3 ? "A" : "B"));
      double[] c = new double[30];
      for (int u = 0; u < 30; u++) {
        c[u] = rnd.nextDouble() < 0.05 ? Double.NaN : Math.exp(rnd.nextGaussian() * (k + 1) / 3);
      }
      cols.put("i" + k, c);
    }
    return Engine.standard().run(b.build(), Dataset.ofColumns(units, cols), pipeline);
  }

  static List<Factor> factors() {
    return List.of(
        Factor.normalisation("normalisation",
            List.of(Normalisation.minMax(1, 100), Normalisation.zScore(100, 10))),
        Factor.aggregation("aggregation", List.of(Aggregation.arithmetic(),
            Aggregation.geometric())),
        Factor.weightNoise("weights", 1, 0.5, 50));
  }

  @Test
  void sensitivityRunsNTimesDPlusTwoReplications() {
    Results nominal = nominal(Pipeline.coinrDefault().withNormalisation(
        Normalisation.minMax(1, 100)));
    UncertaintyResult r = UncertaintyAnalysis.run(Engine.standard(), nominal,
        UncertaintySpec.of(factors(), 32, 11L).withSensitivity().withBootstrap(200));
    assertThat(r.replications()).hasSize(32 * (3 + 2));
    assertThat(r.failures()).isEmpty();
    assertThat(r.units()).hasSize(30).allSatisfy(u -> {
      assertThat(u.rankQ05()).isLessThanOrEqualTo(u.medianRank());
      assertThat(u.medianRank()).isLessThanOrEqualTo(u.rankQ95());
      assertThat(u.nominalRank()).isPresent();
    });
    Sensitivity s = r.sensitivity().orElseThrow();
    assertThat(s.meanAbsoluteRankChange()).extracting(SobolIndices::factor)
        .containsExactly("normalisation", "aggregation", "weights");
    assertThat(s.meanAbsoluteRankChange()).allSatisfy(i -> {
      assertThat(i.firstLow()).isLessThanOrEqualTo(i.firstHigh());
      assertThat(i.totalLow()).isLessThanOrEqualTo(i.totalHigh());
      assertThat(i.total()).isGreaterThanOrEqualTo(0);
    });
    assertThat(s.perUnit()).hasSize(30);
    assertThat(s.convergence()).containsOnlyKeys(4, 8, 16, 32);
    assertThat(s.convergence().get(32)).as("all points, the same seed")
        .isEqualTo(s.meanAbsoluteRankChange());
  }

  @Test
  void resultsAreBitIdenticalWhateverTheThreadCount() {
    Results nominal = nominal(Pipeline.coinrDefault().withNormalisation(
        Normalisation.minMax(1, 100)));
    UncertaintySpec spec = UncertaintySpec.of(factors(), 16, 99L).withSensitivity()
        .withBootstrap(100);
    UncertaintyResult one = UncertaintyAnalysis.run(Engine.standard(), nominal,
        spec.withThreads(1));
    UncertaintyResult four = UncertaintyAnalysis.run(Engine.standard(), nominal,
        spec.withThreads(4));
    assertThat(four.units()).isEqualTo(one.units());
    assertThat(four.sensitivity()).isEqualTo(one.sensitivity());
    assertThat(four.replications()).isEqualTo(one.replications());
    UncertaintyResult other = UncertaintyAnalysis.run(Engine.standard(), nominal,
        UncertaintySpec.of(factors(), 16, 100L).withSensitivity().withBootstrap(100));
    assertThat(other.replications()).isNotEqualTo(one.replications());
  }

  @Test
  void aParameterOfAMissingStepIsAnErrorNamingIt() {
    Results nominal = nominal(Pipeline.coinrDefault());
    assertThatThrownBy(() -> UncertaintyAnalysis.run(Engine.standard(), nominal,
        UncertaintySpec.of(List.of(Factor.range("winmax", Step.TREATMENT, "winmax", 1, 10,
            true)), 8, 1L)))
        .isInstanceOf(IndicatorsException.class)
        .hasMessageContaining("factor 'winmax'")
        .hasMessageContaining("no TREATMENT step");
    assertThatThrownBy(() -> UncertaintyAnalysis.run(Engine.standard(), nominal,
        UncertaintySpec.of(List.of(Factor.range("upper", Step.NORMALISATION, "uper", 50, 100,
            false)), 8, 1L)))
        .hasMessageContaining("parameter 'uper'").hasMessageContaining("[lower, upper]");
    assertThatThrownBy(() -> UncertaintyAnalysis.run(Engine.standard(), nominal,
        UncertaintySpec.of(List.of(Factor.weightNoise("w", 3, 0.2, 10)), 8, 1L)))
        .hasMessageContaining("level 3");
  }

  @Test
  void parameterRangesReachTheStep() {
    Results nominal = nominal(Pipeline.coinrDefault().withTreatment(Treatment.coinrDefault()));
    UncertaintyResult r = UncertaintyAnalysis.run(Engine.standard(), nominal,
        UncertaintySpec.of(List.of(Factor.range("winmax", Step.TREATMENT, "winmax", 1, 3, true),
            Factor.imputation("imputation", List.of(Imputation.none(), Imputation.mean()))),
            16, 3L));
    assertThat(r.replications()).allSatisfy(rep -> {
      double w = rep.pipeline().treatment().orElseThrow().parameters().number("winmax", -1);
      assertThat(w).isBetween(1.0, 3.0);
      assertThat(w).isEqualTo(Math.rint(w));
    });
    assertThat(r.replications()).extracting(rep -> rep.choices().get("imputation"))
        .anySatisfy(c -> assertThat(c).startsWith("0:"))
        .anySatisfy(c -> assertThat(c).startsWith("1:"));
  }

  @Test
  void failedReplicationsAreReportedWithParametersAndReason() {
    Results nominal = nominal(Pipeline.coinrDefault());
    UncertaintyResult r = UncertaintyAnalysis.run(Engine.standard(), nominal,
        UncertaintySpec.of(List.of(Factor.aggregation("aggregation",
            List.of(Aggregation.arithmetic(), Aggregation.geometric()))), 16, 5L));
    assertThat(r.failures()).isNotEmpty().allSatisfy(f -> {
      assertThat(f.choices().get("aggregation")).startsWith("1:");
      assertThat(f.failure().orElseThrow()).contains("geometric mean needs positive values");
    });
    assertThat(r.replications().size() - r.failures().size()).isPositive();
  }

  /**
   * Replications that draw the same pipeline are computed once: each still reports exactly
   * what a lone regeneration of its pipeline gives, failure or scores.
   */
  @Test
  void replicationsSharingAPipelineReportWhatALoneRunGives() {
    Results nominal = nominal(Pipeline.coinrDefault());
    UncertaintyResult r = UncertaintyAnalysis.run(Engine.standard(), nominal,
        UncertaintySpec.of(List.of(Factor.aggregation("aggregation",
            List.of(Aggregation.arithmetic(), Aggregation.geometric()))), 16, 5L)
            .withThreads(2));
    assertThat(r.failures()).hasSizeGreaterThan(1);
    for (Replication rep : r.replications()) {
      if (rep.failure().isPresent()) {
        assertThatThrownBy(() -> Engine.standard().regenerate(nominal, rep.pipeline()))
            .satisfies(e -> assertThat(e.getClass().getSimpleName() + ": " + e.getMessage())
                .isEqualTo(rep.failure().orElseThrow()));
      } else {
        assertThat(Engine.standard().regenerate(nominal, rep.pipeline()).scores("I"))
            .containsExactly(nominal.scores("I"));
      }
    }
    assertThat(r.units()).allSatisfy(u -> assertThat(u.meanRank())
        .isEqualTo((double) u.nominalRank().orElseThrow()));
  }

  @Test
  void eachReplicationReproducesAlone() {
    Results nominal = nominal(Pipeline.coinrDefault().withNormalisation(
        Normalisation.minMax(1, 100)));
    UncertaintyResult r = UncertaintyAnalysis.run(Engine.standard(), nominal,
        UncertaintySpec.of(factors(), 8, 21L));
    Replication rep = r.replications().get(5);
    Results alone = Engine.standard().run(nominal.framework(), nominal.dataset(),
        rep.pipeline());
    Results regenerated = Engine.standard().regenerate(nominal, rep.pipeline());
    assertThat(alone.scores("I")).containsExactly(regenerated.scores("I"));
  }

  @Test
  void rankSummariesEqualThoseOfEachReplicationRunAlone() {
    Results nominal = nominal(Pipeline.coinrDefault().withNormalisation(
        Normalisation.minMax(1, 100)).withTreatment(Treatment.coinrDefault()));
    List<Factor> factors = List.of(
        Factor.range("winmax", Step.TREATMENT, "winmax", 1, 3, true),
        Factor.normalisation("normalisation",
            List.of(Normalisation.minMax(1, 100), Normalisation.zScore(100, 10))),
        Factor.weightNoise("weights", 1, 0.5, 20));
    UncertaintyResult r = UncertaintyAnalysis.run(Engine.standard(), nominal,
        UncertaintySpec.of(factors, 12, 8L));
    for (UnitUncertainty u : r.units()) {
      double[] ranks = r.replications().stream()
          .map(rep -> Engine.standard().run(nominal.framework(), nominal.dataset(),
              rep.pipeline()))
          .mapToDouble(alone -> alone.rank(u.unit(), "I").orElseThrow())
          .sorted().toArray();
      double mean = java.util.Arrays.stream(ranks).average().orElseThrow();
      // R's type-7 median of 12 values: the mean of the 6th and 7th.
      double median = (ranks[5] + ranks[6]) / 2;
      assertThat(u.meanRank()).isCloseTo(mean, org.assertj.core.api.Assertions.within(1e-12));
      assertThat(u.medianRank()).isEqualTo(median);
      // R's arithmetic for type 7 (stats:::quantile.default): index 1 + 11 * 0.05, h = index - 1
      double h = (1 + 11 * 0.05) - 1;
      assertThat(u.rankQ05()).isEqualTo(ranks[1] == ranks[0] ? ranks[0]
          : (1 - h) * ranks[0] + h * ranks[1]);
    }
  }

  @Test
  void progressIsReportedAndCancellationStops() {
    Results nominal = nominal(Pipeline.coinrDefault().withNormalisation(
        Normalisation.minMax(1, 100)));
    AtomicInteger last = new AtomicInteger();
    UncertaintyAnalysis.run(Engine.standard(), nominal, UncertaintySpec.of(factors(), 8, 1L),
        (done, total) -> last.accumulateAndGet(done, Math::max));
    assertThat(last.get()).isEqualTo(8);
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(() -> UncertaintyAnalysis.run(Engine.standard(), nominal,
        UncertaintySpec.of(factors(), 64, 1L), new Progress() {
          @Override
          public void onProgress(int done, int total) {
            calls.incrementAndGet();
          }

          @Override
          public boolean isCancelled() {
            return calls.get() >= 3;
          }
        })).isInstanceOf(CancellationException.class);
    assertThat(calls.get()).isLessThan(64);
  }

  @Test
  void sobolPointsAreDeterministicAndScrambledBySeed() {
    double[][] a = UncertaintyAnalysis.sample(8, 2, UncertaintySpec.Sampling.SOBOL, 1L);
    double[][] b = UncertaintyAnalysis.sample(8, 2, UncertaintySpec.Sampling.SOBOL, 1L);
    double[][] c = UncertaintyAnalysis.sample(8, 2, UncertaintySpec.Sampling.SOBOL, 2L);
    assertThat(a).isDeepEqualTo(b);
    assertThat(a).isNotEqualTo(c);
    // A digital shift keeps the stratification: each half of [0,1) holds 4 of 8 points.
    int low = 0;
    for (double[] p : a) {
      assertThat(p[0]).isBetween(0.0, 1.0);
      if (p[0] < 0.5) {
        low++;
      }
    }
    assertThat(low).isEqualTo(4);
  }
}
