package io.github.learningcities.lcn.benchmarks;

import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.engine.Step;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Weighting;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Regenerating results with other weights only, on the synthetic 2,000 x 42 index after P2
 * (imputation, outlier treatment, min-max, arithmetic mean): {@code
 * Engine.standard().regenerate(previous, pipeline.withWeighting(...))} plus the ranks of the
 * index. Only aggregation may run again (checked once in the set-up), so this should cost a
 * small fraction of {@link SyntheticPipelineBenchmark#p2}.
 *
 * <ul>
 *   <li>{@code equalWeights}: {@code Weighting.equal()} instead of the framework's unequal
 *       weights.
 *   <li>{@code manualWeights}: framework weights with three nodes changed by hand (an
 *       indicator, a pillar and a sub-index).
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class WeightRegenerationBenchmark {
  private Results previous;
  private Pipeline equal;
  private Pipeline manual;

  /**
   * Runs P2 once and checks that each weight change only re-aggregates.
   *
   * @throws IllegalStateException if a regeneration recomputes more than aggregation
   */
  @Setup
  public void runOnce() {
    SyntheticIndex index = SyntheticIndex.generate(2_000, 42, SyntheticIndex.SEED);
    Pipeline p2 = Pipelines.p2(SyntheticIndex.GROUP);
    previous = Engine.standard().run(index.framework(), index.dataset(), p2);
    equal = p2.withWeighting(Weighting.equal());
    manual = p2.withWeighting(Weighting.fromFramework()
        .withManual(Map.of("I07", 3.0, "P05", 0.25, "S2", 2.0)));
    for (Pipeline changed : new Pipeline[] {equal, manual}) {
      Step from = Engine.standard().regenerate(previous, changed).recomputedFrom();
      if (from != Step.AGGREGATION) {
        throw new IllegalStateException("a weights-only change recomputed from " + from
            + "; expected " + Step.AGGREGATION);
      }
    }
  }

  /**
   * Equal weights.
   *
   * @param bh consumes the results and the ranks
   */
  @Benchmark
  public void equalWeights(Blackhole bh) {
    Results results = Engine.standard().regenerate(previous, equal);
    bh.consume(results.ranks(SyntheticIndex.ROOT));
    bh.consume(results);
  }

  /**
   * Three manual weights.
   *
   * @param bh consumes the results and the ranks
   */
  @Benchmark
  public void manualWeights(Blackhole bh) {
    Results results = Engine.standard().regenerate(previous, manual);
    bh.consume(results.ranks(SyntheticIndex.ROOT));
    bh.consume(results);
  }
}
