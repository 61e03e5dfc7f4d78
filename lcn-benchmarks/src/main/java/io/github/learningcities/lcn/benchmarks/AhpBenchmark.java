package io.github.learningcities.lcn.benchmarks;

import io.github.learningcities.lcn.indicators.ahp.PairwiseComparisons;
import io.github.learningcities.lcn.indicators.ahp.PriorityMethod;
import java.util.ArrayList;
import java.util.List;
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
 * Analytic Hierarchy Process weights on ASEM-sized comparisons: ASEM's nodes have 2 to 8
 * children (8 pillars under the two sub-indices, 5 and 3 pillars per sub-index, up to 8
 * indicators per pillar). The judgements are Saaty-scale ratios of fixed priorities, one in
 * three perturbed by one step, so that the matrix is inconsistent (the power iteration then
 * takes more than one step) but below the 0.1 threshold. {@code eigenvector} includes
 * building the matrix from its upper triangle and the consistency ratio.
 *
 * @since 0.1.0
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class AhpBenchmark {
  /** The number of compared elements. */
  @Param({"3", "5", "8"})
  public int n;

  private List<String> codes;
  private double[] upper;

  /** Builds the judgements. */
  @Setup
  public void judgements() {
    codes = new ArrayList<>();
    double[] priority = new double[n];
    for (int i = 0; i < n; i++) {
      codes.add("c" + i);
      priority[i] = n - i;
    }
    upper = new double[n * (n - 1) / 2];
    int at = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double ratio = Math.min(9, Math.round(priority[i] / priority[j]));
        upper[at] = at % 3 == 0 ? Math.min(9, ratio + 1) : Math.max(1, ratio);
        at++;
      }
    }
    double cr = PairwiseComparisons.fromUpperTriangle("bench", codes, upper)
        .evaluate(PriorityMethod.EIGENVECTOR).consistencyRatio();
    if (!(cr > 0 && cr <= 0.1) && n > 2) {
      throw new IllegalStateException("consistency ratio " + cr + "; expected (0, 0.1]");
    }
  }

  /**
   * Eigenvector weights with the consistency check.
   *
   * @return the weights
   */
  @Benchmark
  public Object eigenvector() {
    return PairwiseComparisons.fromUpperTriangle("bench", codes, upper).weights();
  }

  /**
   * Geometric-mean weights (the consistency ratio still needs the eigenvalue).
   *
   * @return the weights
   */
  @Benchmark
  public Object geometricMean() {
    return PairwiseComparisons.fromUpperTriangle("bench", codes, upper)
        .weights(PriorityMethod.GEOMETRIC_MEAN, 0.1);
  }
}
