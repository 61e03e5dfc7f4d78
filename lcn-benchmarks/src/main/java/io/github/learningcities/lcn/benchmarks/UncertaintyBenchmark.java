package io.github.learningcities.lcn.benchmarks;

import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.engine.Step;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.uncertainty.Factor;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyAnalysis;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyResult;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintySpec;
import java.util.List;
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

/**
 * Uncertainty and sensitivity analyses as COINr's timings were taken (research section E): a
 * nominal pipeline with imputation and outlier treatment (P2, min-max to [1, 100] so that the
 * geometric mean is defined), and the factors treatment {@code winmax} (1 to 5), normalisation
 * (min-max or z-score), indicator weight noise (25 %, 100 weight sets) and, for the
 * uncertainty analysis, aggregation (arithmetic or geometric). All processors, seed 42.
 *
 * <ul>
 *   <li>{@code uaSynthetic}: N = 100 on the synthetic 2,000 x 42 index, 100 replications
 *       (COINr: 32.2 s).
 *   <li>{@code saSynthetic}: Sobol sensitivity, N = 100, 3 factors: 500 replications (COINr:
 *       160.8 s).
 *   <li>{@code saAsem}: Sobol sensitivity on ASEM, N = 500, 3 factors: 2,500 replications
 *       (COINr: 76.8 s).
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class UncertaintyBenchmark {
  private Results synthetic;
  private Results asem;

  /** Computes the nominal results once per fork. */
  @Setup
  public void nominal() {
    synthetic = syntheticNominal();
    asem = asemNominal();
  }

  /** The nominal results of the synthetic 2,000 x 42 index. */
  static Results syntheticNominal() {
    SyntheticIndex index = SyntheticIndex.generate(2_000, 42, SyntheticIndex.SEED);
    return Engine.standard().run(index.framework(), index.dataset(),
        nominalPipeline(SyntheticIndex.GROUP));
  }

  /** The nominal results of ASEM. */
  static Results asemNominal() {
    AsemExample example = AsemExample.load();
    return Engine.standard().run(example.framework(), example.dataset(),
        nominalPipeline(AsemExample.EURASIA_GROUP));
  }

  static Pipeline nominalPipeline(String group) {
    return Pipelines.p2(group).withNormalisation(Normalisation.minMax(1, 100));
  }

  static List<Factor> sensitivityFactors() {
    return List.of(
        Factor.range("winmax", Step.TREATMENT, "winmax", 1, 5, true),
        Factor.normalisation("normalisation",
            List.of(Normalisation.minMax(1, 100), Normalisation.zScore(100, 10))),
        Factor.weightNoise("weights", 1, 0.25, 100));
  }

  static List<Factor> uncertaintyFactors() {
    return List.of(sensitivityFactors().get(0), sensitivityFactors().get(1),
        sensitivityFactors().get(2), Factor.aggregation("aggregation",
            List.of(Aggregation.arithmetic(), Aggregation.geometric())));
  }

  /**
   * Uncertainty analysis, N = 100, 2,000 x 42.
   *
   * @return the result
   */
  @Benchmark
  public UncertaintyResult uaSynthetic() {
    return UncertaintyAnalysis.run(Engine.standard(), synthetic,
        UncertaintySpec.of(uncertaintyFactors(), 100, 42L));
  }

  /**
   * Sobol sensitivity analysis, N = 100 (500 replications), 2,000 x 42.
   *
   * @return the result
   */
  @Benchmark
  public UncertaintyResult saSynthetic() {
    return UncertaintyAnalysis.run(Engine.standard(), synthetic,
        UncertaintySpec.of(sensitivityFactors(), 100, 42L).withSensitivity());
  }

  /**
   * Sobol sensitivity analysis on ASEM, N = 500 (2,500 replications).
   *
   * @return the result
   */
  @Benchmark
  public UncertaintyResult saAsem() {
    return UncertaintyAnalysis.run(Engine.standard(), asem,
        UncertaintySpec.of(sensitivityFactors(), 500, 42L).withSensitivity());
  }
}
