package io.github.learningcities.lcn.benchmarks;

import io.github.learningcities.lcn.indicators.internal.BuiltInAggregators;
import io.github.learningcities.lcn.indicators.internal.PresenceAggregator;
import io.github.learningcities.lcn.indicators.method.Aggregator;
import io.github.learningcities.lcn.indicators.method.Parameters;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The built-in arithmetic mean's kernel on its own, as the engine calls it
 * ({@link PresenceAggregator#aggregate}): the twelve pillars of the synthetic index's shape
 * (six of four children, six of three) over 2,000 units, children in [0, 100] with a share of
 * missing cells, one operation aggregating all twelve. With no missing cells it times the
 * column passes alone; with 5 % (the synthetic index's share) also the units with a missing
 * child, which it computes again.
 *
 * @since 0.1.0
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ArithmeticMeanBenchmark {
  private static final int UNITS = 2_000;
  private static final int PILLARS = 12;

  /** The share of missing cells. */
  @Param({"0", "0.05"})
  public double missing;

  private double[][][] children;
  private double[][] weights;
  private PresenceAggregator mean;
  private Aggregator.Context context;
  private double[] out;
  private int[] flagged;
  private int[] missingChildren;
  private double[] presentWeight;

  /** Generates the children and weights once (fixed seed). */
  @Setup
  public void generate() {
    Random rnd = new Random(SyntheticIndex.SEED);
    children = new double[PILLARS][][];
    weights = new double[PILLARS][];
    for (int p = 0; p < PILLARS; p++) {
      int k = p < PILLARS / 2 ? 4 : 3;
      children[p] = new double[k][UNITS];
      weights[p] = new double[k];
      double sum = 0;
      for (int j = 0; j < k; j++) {
        weights[p][j] = 0.5 + 1.5 * rnd.nextDouble();
        sum += weights[p][j];
        for (int u = 0; u < UNITS; u++) {
          children[p][j][u] = rnd.nextDouble() < missing ? Double.NaN : 100 * rnd.nextDouble();
        }
      }
      for (int j = 0; j < k; j++) {
        weights[p][j] /= sum;
      }
    }
    mean = (PresenceAggregator) BuiltInAggregators.all().get("arithmetic");
    context = new Aggregator.Context() {
      @Override
      public String node() {
        return "P";
      }

      @Override
      public List<String> childCodes() {
        return List.of();
      }

      @Override
      public List<String> unitCodes() {
        return List.of();
      }
    };
    out = new double[UNITS];
    flagged = new int[UNITS];
    missingChildren = new int[UNITS];
    presentWeight = new double[UNITS];
  }

  /**
   * Aggregates the twelve pillars (into one reused output, as scratch).
   *
   * @param bh consumes each pillar's number of flagged units and the last scores
   */
  @Benchmark
  public void pillars(Blackhole bh) {
    for (int p = 0; p < PILLARS; p++) {
      bh.consume(mean.aggregate(children[p], weights[p], out, flagged, missingChildren,
          presentWeight, Parameters.none(), context));
    }
    bh.consume(out);
  }
}
