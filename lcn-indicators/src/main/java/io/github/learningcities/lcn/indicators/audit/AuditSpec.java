package io.github.learningcities.lcn.indicators.audit;

import io.github.learningcities.lcn.indicators.uncertainty.UncertaintySpec;
import java.util.Objects;
import java.util.Optional;

/**
 * What an {@link Audit} computes beyond the results themselves: its thresholds, an optional
 * uncertainty and sensitivity analysis, and the bootstrap of the importance intervals.
 *
 * @param thresholds the rules' thresholds
 * @param uncertainty the uncertainty (and sensitivity) analysis to run, if any
 * @param seed the seed of the importance bootstrap: the same seed gives the same audit whatever
 *     the thread count
 * @param bootstrap bootstrap resamples of each correlation ratio's interval, 0 for none
 * @param confidence the two-sided level of those intervals, e.g. 0.9 for 5 %-95 %
 * @param threads worker threads for the importance estimates; 0 for the number of processors
 * @since 0.1.0
 */
public record AuditSpec(AuditThresholds thresholds, Optional<UncertaintySpec> uncertainty,
    long seed, int bootstrap, double confidence, int threads) {

  /**
   * Validates.
   *
   * @throws AuditException if a count or the confidence is out of range
   */
  public AuditSpec {
    Objects.requireNonNull(thresholds, "thresholds");
    Objects.requireNonNull(uncertainty, "uncertainty");
    if (bootstrap < 0) {
      throw new AuditException("audit bootstrap = " + bootstrap + "; expected 0 or more");
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new AuditException("audit confidence = " + confidence
          + "; expected a level between 0 and 1, e.g. 0.9");
    }
    if (threads < 0) {
      throw new AuditException("audit threads = " + threads
          + "; expected 0 (all processors) or more");
    }
  }

  /**
   * JRC thresholds, no uncertainty analysis, seed 1, 500 bootstrap resamples, 90 % intervals,
   * all processors.
   *
   * @return the default specification
   */
  public static AuditSpec defaults() {
    return new AuditSpec(AuditThresholds.jrcDefault(), Optional.empty(), 1L, 500, 0.9, 0);
  }

  /**
   * Returns a copy with other thresholds.
   *
   * @param newThresholds the thresholds
   * @return the copy
   */
  public AuditSpec withThresholds(AuditThresholds newThresholds) {
    return new AuditSpec(newThresholds, uncertainty, seed, bootstrap, confidence, threads);
  }

  /**
   * Returns a copy that also runs an uncertainty analysis.
   *
   * @param spec the analysis
   * @return the copy
   */
  public AuditSpec withUncertainty(UncertaintySpec spec) {
    return new AuditSpec(thresholds, Optional.of(spec), seed, bootstrap, confidence, threads);
  }

  /**
   * Returns a copy with another seed.
   *
   * @param newSeed the seed
   * @return the copy
   */
  public AuditSpec withSeed(long newSeed) {
    return new AuditSpec(thresholds, uncertainty, newSeed, bootstrap, confidence, threads);
  }

  /**
   * Returns a copy with another number of bootstrap resamples.
   *
   * @param resamples the count, 0 for no intervals
   * @return the copy
   */
  public AuditSpec withBootstrap(int resamples) {
    return new AuditSpec(thresholds, uncertainty, seed, resamples, confidence, threads);
  }

  /**
   * Returns a copy with another thread count.
   *
   * @param newThreads 0 for all processors
   * @return the copy
   */
  public AuditSpec withThreads(int newThreads) {
    return new AuditSpec(thresholds, uncertainty, seed, bootstrap, confidence, newThreads);
  }
}
