package io.github.learningcities.lcn.benchmarks;

import io.github.learningcities.lcn.indicators.audit.Audit;
import io.github.learningcities.lcn.indicators.audit.AuditSpec;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintySpec;
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
 * A full statistical audit ({@link Audit}): statistics, correlations, alpha and principal
 * components of every aggregate, effective weights, the correlation ratio of every indicator
 * with 500 bootstrap resamples, an uncertainty analysis with N = 500 replications (the factors
 * of {@link UncertaintyBenchmark}: treatment, normalisation, weight noise, aggregation) and the
 * removal of every node below the index. Nominal pipeline as {@link UncertaintyBenchmark}; all
 * processors; seeds fixed. Goals: ASEM under 1 s, 2,000 x 42 under 10 s. {@code
 * auditSyntheticWithoutUncertainty} shows how much of that is the audit's own work.
 *
 * @since 0.1.0
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class AuditBenchmark {
  private Results synthetic;
  private Results asem;

  /** Computes the nominal results once per fork. */
  @Setup
  public void nominal() {
    synthetic = UncertaintyBenchmark.syntheticNominal();
    asem = UncertaintyBenchmark.asemNominal();
  }

  private static AuditSpec spec() {
    return AuditSpec.defaults().withSeed(42L).withUncertainty(
        UncertaintySpec.of(UncertaintyBenchmark.uncertaintyFactors(), 500, 42L));
  }

  /**
   * Full audit of ASEM (51 units, 49 indicators).
   *
   * @return the audit
   */
  @Benchmark
  public Audit auditAsem() {
    return Audit.of(Engine.standard(), asem, spec());
  }

  /**
   * Full audit of the synthetic 2,000 x 42 index.
   *
   * @return the audit
   */
  @Benchmark
  public Audit auditSynthetic() {
    return Audit.of(Engine.standard(), synthetic, spec());
  }

  /**
   * The audit of the synthetic index without the uncertainty analysis: what the audit adds to
   * it (statistics, correlations, alpha and PCA, importance with its bootstrap, removals).
   *
   * @return the audit
   */
  @Benchmark
  public Audit auditSyntheticWithoutUncertainty() {
    return Audit.of(Engine.standard(), synthetic, AuditSpec.defaults().withSeed(42L));
  }
}
