package io.github.learningcities.lcn.benchmarks;

import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
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
 * How a P1 run grows with the number of units: the {@link SyntheticPipelineBenchmark#p1} run
 * (42 indicators -&gt; 12 pillars -&gt; 3 sub-indices -&gt; index, ranks of the index) on 500,
 * 2,000, 8,000 and 32,000 units, each next to the {@link StreamTriad} over the same bytes.
 * Divide the time by {@code units} for the time per unit: linear growth keeps it flat.
 *
 * @since 0.1.0
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class EngineScalingBenchmark {
  /** Number of units (42 indicators each). */
  @Param({"500", "2000", "8000", "32000"})
  public int units;

  private SyntheticIndex index;
  private Pipeline p1;
  private StreamTriad triad;

  /** Generates the data once per size. */
  @Setup
  public void generate() {
    index = SyntheticIndex.generate(units, 42, SyntheticIndex.SEED);
    p1 = Pipelines.p1();
    triad = new StreamTriad(units);
  }

  /**
   * P1 on {@code units} x 42.
   *
   * @param bh consumes the results and the ranks
   */
  @Benchmark
  public void p1(Blackhole bh) {
    index.runAndRank(p1, bh);
  }

  /**
   * The triad over the bytes P1 moves on {@code units}.
   *
   * @return the written array
   */
  @Benchmark
  public double[] triad() {
    return triad.run(1.5);
  }
}
