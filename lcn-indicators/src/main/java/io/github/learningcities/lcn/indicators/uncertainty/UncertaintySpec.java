package io.github.learningcities.lcn.indicators.uncertainty;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an uncertainty (and optionally sensitivity) analysis varies and how it samples.
 *
 * @param factors the uncertain factors, with unique names
 * @param samples N: the number of sample points; an uncertainty analysis runs N replications, a
 *     sensitivity analysis N (d + 2) (Saltelli design, d factors)
 * @param seed the seed: the same seed gives bit-identical results whatever the thread count
 * @param sampling scrambled Sobol quasi-random points or plain Monte Carlo
 * @param sensitivity whether to estimate Sobol indices (Saltelli design) as well
 * @param node the node whose scores and ranks are analysed; empty for the root
 * @param threads worker threads; 0 for the number of available processors
 * @param bootstrap bootstrap resamples for the confidence intervals of the Sobol indices
 * @param confidence the two-sided confidence level of those intervals, e.g. 0.9 for 5 % - 95 %
 * @since 0.1.0
 */
public record UncertaintySpec(List<Factor> factors, int samples, long seed, Sampling sampling,
    boolean sensitivity, Optional<String> node, int threads, int bootstrap, double confidence) {

  /** How sample points are drawn. */
  public enum Sampling {
    /** Sobol low-discrepancy points with a seeded random digital shift (XOR scrambling). */
    SOBOL,
    /** Independent uniform points from a seeded generator. */
    MONTE_CARLO
  }

  /** Validates. */
  public UncertaintySpec {
    factors = List.copyOf(factors);
    if (factors.isEmpty()) {
      throw new IndicatorsException("an uncertainty analysis needs at least one factor");
    }
    Set<String> names = new HashSet<>();
    for (Factor f : factors) {
      if (!names.add(f.name())) {
        throw new IndicatorsException("factor name '" + f.name()
            + "' is used twice; expected unique names");
      }
    }
    if (samples < 2) {
      throw new IndicatorsException("samples = " + samples + "; expected at least 2");
    }
    Objects.requireNonNull(sampling, "sampling");
    Objects.requireNonNull(node, "node");
    if (threads < 0) {
      throw new IndicatorsException("threads = " + threads + "; expected 0 (all processors) "
          + "or more");
    }
    if (bootstrap < 0) {
      throw new IndicatorsException("bootstrap = " + bootstrap + "; expected 0 or more");
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IndicatorsException("confidence = " + confidence
          + "; expected a level between 0 and 1, e.g. 0.9");
    }
  }

  /**
   * An uncertainty analysis of the root with Sobol sampling, all processors, 1000 bootstrap
   * resamples and 90 % intervals.
   *
   * @param factors the factors
   * @param samples N
   * @param seed the seed
   * @return the specification
   */
  public static UncertaintySpec of(List<Factor> factors, int samples, long seed) {
    return new UncertaintySpec(factors, samples, seed, Sampling.SOBOL, false, Optional.empty(),
        0, 1000, 0.9);
  }

  /**
   * Returns a copy that also estimates Sobol sensitivity indices.
   *
   * @return the copy
   */
  public UncertaintySpec withSensitivity() {
    return new UncertaintySpec(factors, samples, seed, sampling, true, node, threads, bootstrap,
        confidence);
  }

  /**
   * Returns a copy with another sampling.
   *
   * @param newSampling the sampling
   * @return the copy
   */
  public UncertaintySpec withSampling(Sampling newSampling) {
    return new UncertaintySpec(factors, samples, seed, newSampling, sensitivity, node, threads,
        bootstrap, confidence);
  }

  /**
   * Returns a copy with a thread count.
   *
   * @param newThreads 0 for all processors
   * @return the copy
   */
  public UncertaintySpec withThreads(int newThreads) {
    return new UncertaintySpec(factors, samples, seed, sampling, sensitivity, node, newThreads,
        bootstrap, confidence);
  }

  /**
   * Returns a copy that analyses another node.
   *
   * @param code the node's code
   * @return the copy
   */
  public UncertaintySpec withNode(String code) {
    return new UncertaintySpec(factors, samples, seed, sampling, sensitivity,
        Optional.of(code), threads, bootstrap, confidence);
  }

  /**
   * Returns a copy with another number of bootstrap resamples.
   *
   * @param resamples the count
   * @return the copy
   */
  public UncertaintySpec withBootstrap(int resamples) {
    return new UncertaintySpec(factors, samples, seed, sampling, sensitivity, node, threads,
        resamples, confidence);
  }
}
