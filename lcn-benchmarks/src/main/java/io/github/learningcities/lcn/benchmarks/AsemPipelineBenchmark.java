package io.github.learningcities.lcn.benchmarks;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
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
 * A full engine run on COINr's ASEM example (51 units x 49 indicators -&gt; 8 -&gt; 2 -&gt; 1),
 * followed by the ranks of the index: what {@code Engine.standard().run(...)} plus {@code
 * results.ranks("Index")} cost, from the raw data to the ranking, with the input already in
 * memory (CSV reading is not timed).
 *
 * <ul>
 *   <li>{@code p1}: COINr's defaults, min-max [0, 100] and arithmetic mean (COINr 1.1.14:
 *       16.6 ms).
 *   <li>{@code p2}: group-mean imputation by {@code EurAsia_group}, COINr's default outlier
 *       treatment, min-max [0, 100], arithmetic mean (COINr 1.1.14: 80 ms).
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class AsemPipelineBenchmark {
  private Framework framework;
  private Dataset dataset;
  private String root;
  private Pipeline p1;
  private Pipeline p2;

  /** Loads the example once per fork. */
  @Setup
  public void load() {
    AsemExample asem = AsemExample.load();
    framework = asem.framework();
    dataset = asem.dataset();
    root = framework.root().code();
    p1 = Pipelines.p1();
    p2 = Pipelines.p2(AsemExample.EURASIA_GROUP);
  }

  /**
   * P1 on ASEM.
   *
   * @param bh consumes the results and the ranks
   */
  @Benchmark
  public void p1(Blackhole bh) {
    Results results = Engine.standard().run(framework, dataset, p1);
    bh.consume(results.ranks(root));
    bh.consume(results);
  }

  /**
   * P2 on ASEM.
   *
   * @param bh consumes the results and the ranks
   */
  @Benchmark
  public void p2(Blackhole bh) {
    Results results = Engine.standard().run(framework, dataset, p2);
    bh.consume(results.ranks(root));
    bh.consume(results);
  }
}
