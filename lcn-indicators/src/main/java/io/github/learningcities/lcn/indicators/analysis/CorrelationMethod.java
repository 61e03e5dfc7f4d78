package io.github.learningcities.lcn.indicators.analysis;

/**
 * The correlation coefficients of R's {@code cor} and {@code cor.test}, as COINr's
 * {@code get_corr} offers them.
 *
 * @since 0.1.0
 */
public enum CorrelationMethod {
  /** Pearson's product-moment correlation. */
  PEARSON,
  /** Spearman's rho: Pearson's correlation of the average ranks. */
  SPEARMAN,
  /** Kendall's tau-b (ties corrected in both variables). */
  KENDALL
}
