package io.github.learningcities.lcn.benchmarks;

import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyAnalysis;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyResult;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintySpec;
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
 * How the uncertainty analysis grows with the number of units and of samples: the
 * {@link UncertaintyBenchmark#uaSynthetic()} analysis on synthetic indices of 500 to 20,000
 * units (N = 100) and with N = 100 to 10,000 (500 units). Each shape is {@code units x N}; run
 * a subset with {@code -p shape=500x100,2000x100}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(1)
@State(Scope.Benchmark)
public class UncertaintyScalingBenchmark {
  /** Units x samples. */
  @Param({"500x100", "2000x100", "5000x100", "20000x100", "500x1000", "500x10000"})
  public String shape;

  private Results nominal;
  private int samples;

  /** Generates the index and the nominal results once per shape. */
  @Setup
  public void nominal() {
    String[] parts = shape.split("x");
    int units = Integer.parseInt(parts[0]);
    samples = Integer.parseInt(parts[1]);
    SyntheticIndex index = SyntheticIndex.generate(units, 42, SyntheticIndex.SEED);
    nominal = Engine.standard().run(index.framework(), index.dataset(),
        UncertaintyBenchmark.nominalPipeline(SyntheticIndex.GROUP));
  }

  /**
   * Uncertainty analysis of the shape.
   *
   * @return the result
   */
  @Benchmark
  public UncertaintyResult ua() {
    return UncertaintyAnalysis.run(Engine.standard(), nominal,
        UncertaintySpec.of(UncertaintyBenchmark.uncertaintyFactors(), samples, 42L));
  }
}
