package io.github.learningcities.lcn.indicators.audit;

/**
 * The sections of an {@link Audit}, in the order a JRC audit reports them.
 *
 * @since 0.1.0
 */
public enum Section {
  /** Data availability of indicators and units, and outliers (skewness and kurtosis). */
  DATA,
  /** Correlations of each node with its parent and between siblings. */
  CORRELATION,
  /** Cronbach's alpha and principal components of each aggregate's children. */
  RELIABILITY,
  /** Effective against nominal weights. */
  WEIGHTS,
  /** The first-order correlation ratio of the index on each indicator against its weight. */
  IMPORTANCE,
  /** Uncertainty and sensitivity of the ranks over methodological choices. */
  UNCERTAINTY,
  /** The effect on the ranks of removing one component at a time. */
  REMOVAL
}
