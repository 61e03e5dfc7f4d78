package io.github.learningcities.lcn.benchmarks;

import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.engine.Step;
import io.github.learningcities.lcn.indicators.method.Parameters;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Re-aggregating the synthetic 2,000 x 42 index (after P2: imputation, treatment, min-max)
 * with each closed-form aggregation of issue #14 at every level, against the arithmetic mean:
 * {@code Engine.standard().regenerate(previous, p2.withAggregation(...))} plus the index's
 * ranks. Only aggregation runs again (checked in the set-up), so the differences between
 * methods are the aggregators' own cost.
 *
 * @since 0.1.0
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ClosedFormAggregationBenchmark {
  private static final Map<String, Aggregation> METHODS = Map.of(
      "arithmetic", Aggregation.arithmetic(),
      "adjusted-mazziotta-pareto", Aggregation.of("adjusted-mazziotta-pareto",
          Parameters.none()),
      "mean-min", Aggregation.meanMin(0.5, 1),
      "owa", Aggregation.owaAtLeast(1, true),
      "weighted-median", Aggregation.weightedMedian(),
      "wroclaw", Aggregation.wroclaw(),
      "topsis", Aggregation.topsis());

  /** The aggregation at every level. */
  @Param({"arithmetic", "adjusted-mazziotta-pareto", "mean-min", "owa", "weighted-median",
      "wroclaw", "topsis"})
  public String method;

  private Results previous;
  private Pipeline changed;

  /**
   * Runs P2 with the geometric mean once, so that every method (the arithmetic mean too) is a
   * change of aggregation, and checks that the change only re-aggregates.
   *
   * @throws IllegalStateException if the regeneration recomputes more than aggregation
   */
  @Setup
  public void runOnce() {
    SyntheticIndex index = SyntheticIndex.generate(2_000, 42, SyntheticIndex.SEED);
    Pipeline p2 = Pipelines.p2(SyntheticIndex.GROUP);
    previous = Engine.standard().run(index.framework(), index.dataset(),
        p2.withAggregation(Aggregation.generalised(2)));
    changed = p2.withAggregation(METHODS.get(method));
    Step from = Engine.standard().regenerate(previous, changed).recomputedFrom();
    if (from != Step.AGGREGATION) {
      throw new IllegalStateException("an aggregation change recomputed from " + from
          + "; expected " + Step.AGGREGATION);
    }
  }

  /**
   * Re-aggregates with the method.
   *
   * @param bh consumes the results and the ranks
   */
  @Benchmark
  public void reaggregate(Blackhole bh) {
    Results results = Engine.standard().regenerate(previous, changed);
    bh.consume(results.ranks(SyntheticIndex.ROOT));
    bh.consume(results);
  }
}
