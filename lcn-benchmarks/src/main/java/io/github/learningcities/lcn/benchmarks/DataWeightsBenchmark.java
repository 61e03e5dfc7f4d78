package io.github.learningcities.lcn.benchmarks;

import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.engine.Step;
import io.github.learningcities.lcn.indicators.pipeline.DataWeights;
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
 * Weights computed from the data on COINr's ASEM example (51 units x 49 indicators -&gt; 8
 * pillars -&gt; 2 sub-indices -&gt; index), after P1: each benchmark regenerates the results
 * from the normalised data with a data-driven weighting (only aggregation runs again, checked
 * in the set-up).
 *
 * <ul>
 *   <li>{@code frameworkWeights}: the baseline, re-aggregation with the framework's weights.
 *   <li>{@code pcaIndicators}: Handbook PCA weights for the indicators of all 8 pillars.
 *   <li>{@code pcaAllLevels}: Handbook PCA weights at levels 1, 2 and 3.
 *   <li>{@code balanceSubIndices}: COINr-style balanced optimised weights of the 2
 *       sub-indices (COINr's {@code get_opt_weights(Level = 3)}).
 *   <li>{@code infomaxPillars}: infomax optimised weights of the 8 pillars.
 * </ul>
 *
 * @since 0.1.0
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class DataWeightsBenchmark {
  private Results previous;
  private Pipeline framework;
  private Pipeline pcaIndicators;
  private Pipeline pcaAllLevels;
  private Pipeline balance;
  private Pipeline infomax;

  /**
   * Runs P1 once and checks that each weighting only re-aggregates.
   *
   * @throws IllegalStateException if a regeneration recomputes more than aggregation
   */
  @Setup
  public void runOnce() {
    AsemExample asem = AsemExample.load();
    Pipeline p1 = Pipelines.p1();
    previous = Engine.standard().run(asem.framework(), asem.dataset(), p1);
    framework = p1.withWeighting(Weighting.fromFramework());
    pcaIndicators = p1.withWeighting(Weighting.fromFramework()
        .withDataWeights(DataWeights.pca(1)));
    pcaAllLevels = p1.withWeighting(Weighting.fromFramework()
        .withDataWeights(DataWeights.pca(1, 2, 3)));
    balance = p1.withWeighting(Weighting.fromFramework()
        .withDataWeights(DataWeights.balance(Map.of(), 3)));
    infomax = p1.withWeighting(Weighting.fromFramework()
        .withDataWeights(DataWeights.infomax(2)));
    for (Pipeline changed : new Pipeline[] {pcaIndicators, pcaAllLevels, balance, infomax}) {
      Step from = Engine.standard().regenerate(previous, changed).recomputedFrom();
      if (from != Step.AGGREGATION) {
        throw new IllegalStateException("a weighting change recomputed from " + from
            + "; expected " + Step.AGGREGATION);
      }
    }
  }

  private void regenerate(Pipeline p, Blackhole bh) {
    Results results = Engine.standard().regenerate(previous, p);
    bh.consume(results.weights());
    bh.consume(results);
  }

  /**
   * Baseline: framework weights.
   *
   * @param bh consumes the results
   */
  @Benchmark
  public void frameworkWeights(Blackhole bh) {
    regenerate(framework, bh);
  }

  /**
   * PCA weights of the indicators.
   *
   * @param bh consumes the results
   */
  @Benchmark
  public void pcaIndicators(Blackhole bh) {
    regenerate(pcaIndicators, bh);
  }

  /**
   * PCA weights at every level.
   *
   * @param bh consumes the results
   */
  @Benchmark
  public void pcaAllLevels(Blackhole bh) {
    regenerate(pcaAllLevels, bh);
  }

  /**
   * Balanced weights of the sub-indices.
   *
   * @param bh consumes the results
   */
  @Benchmark
  public void balanceSubIndices(Blackhole bh) {
    regenerate(balance, bh);
  }

  /**
   * Infomax weights of the pillars.
   *
   * @param bh consumes the results
   */
  @Benchmark
  public void infomaxPillars(Blackhole bh) {
    regenerate(infomax, bh);
  }
}
