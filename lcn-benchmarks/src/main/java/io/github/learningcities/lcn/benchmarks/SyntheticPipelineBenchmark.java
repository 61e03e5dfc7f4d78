package io.github.learningcities.lcn.benchmarks;

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
 * A full engine run on a synthetic index of 2,000 units x 42 indicators -&gt; 12 pillars -&gt; 3
 * sub-indices -&gt; 1 index ({@link SyntheticIndex}, seeded, ~5 % missing, every fifth
 * indicator lognormal), followed by the ranks of the index.
 *
 * <ul>
 *   <li>{@code p1}: min-max [0, 100], framework weights, arithmetic mean (COINr 1.1.14:
 *       450 ms).
 *   <li>{@code p2}: group-mean imputation over 6 groups, COINr's default outlier treatment
 *       (the lognormal indicators are winsorised 5 points, then log-transformed), min-max,
 *       arithmetic mean.
 *   <li>{@code triad}: the {@link StreamTriad} over the bytes P1 moves, the bound P1 is
 *       measured against in the same run.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class SyntheticPipelineBenchmark {
  private SyntheticIndex index;
  private Pipeline p1;
  private Pipeline p2;
  private StreamTriad triad;

  /** Generates the data once per fork. */
  @Setup
  public void generate() {
    index = SyntheticIndex.generate(2_000, 42, SyntheticIndex.SEED);
    p1 = Pipelines.p1();
    p2 = Pipelines.p2(SyntheticIndex.GROUP);
    triad = new StreamTriad(2_000);
  }

  /**
   * The hardware baseline: a STREAM-like triad over the 3.2 MB a P1 run on 2,000 units moves;
   * {@code p1 / triad} is how far the engine is from the machine's limit.
   *
   * @return the written array
   */
  @Benchmark
  public double[] triad() {
    return triad.run(1.5);
  }

  /**
   * P1 on 2,000 x 42.
   *
   * @param bh consumes the results and the ranks
   */
  @Benchmark
  public void p1(Blackhole bh) {
    index.runAndRank(p1, bh);
  }

  /**
   * P2 on 2,000 x 42.
   *
   * @param bh consumes the results and the ranks
   */
  @Benchmark
  public void p2(Blackhole bh) {
    index.runAndRank(p2, bh);
  }
}
