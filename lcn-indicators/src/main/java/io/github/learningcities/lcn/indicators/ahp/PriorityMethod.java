package io.github.learningcities.lcn.indicators.ahp;

/**
 * How priority weights are derived from a pairwise-comparison matrix. Both give the same
 * weights for a consistent matrix (a_ij = w_i / w_j); they differ on inconsistent ones.
 *
 * @since 0.1.0
 */
public enum PriorityMethod {
  /**
   * Saaty's principal right eigenvector, normalised to sum to 1, found by power iteration
   * (see {@link PairwiseComparisons}).
   */
  EIGENVECTOR,
  /**
   * The row geometric means normalised to sum to 1 (Crawford and Williams 1985, "A note on
   * the analysis of subjective judgement matrices", Journal of Mathematical Psychology 29:
   * the logarithmic least-squares solution).
   */
  GEOMETRIC_MEAN
}
