package io.github.learningcities.lcn.benchmarks;

import io.github.learningcities.lcn.indicators.internal.Ranking;
import java.util.Random;
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

/**
 * The engine's rank kernel on its own: {@link Ranking#competitionRanks} (one stable sort of the
 * present values' positions and a linear sweep) on a column of index scores in [0, 100] with
 * about 5 % missing and a few ties, at the sizes the command line meets (51 units: COINr's ASEM
 * example; 2,000: the synthetic index) and in between.
 *
 * @since 0.1.0
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class RankingBenchmark {
  /** Number of values. */
  @Param({"51", "200", "2000"})
  public int size;

  private double[] scores;

  /** Generates the column once per size (fixed seed). */
  @Setup
  public void generate() {
    Random rnd = new Random(SyntheticIndex.SEED);
    scores = new double[size];
    for (int i = 0; i < size; i++) {
      double r = rnd.nextDouble();
      scores[i] = r < 0.05 ? Double.NaN
          : r < 0.1 && i > 0 ? scores[i - 1] : 100 * rnd.nextDouble();
    }
  }

  /**
   * Competition ranks of the column.
   *
   * @return the ranks
   */
  @Benchmark
  public int[] competitionRanks() {
    return Ranking.competitionRanks(scores);
  }
}
