package io.github.learningcities.lcn.indicators.audit;

/**
 * What a {@link Finding} is about: one kind per rule of the audit, so that a report can word a
 * finding in any language from its kind, value and threshold without parsing its English reason.
 *
 * @since 0.1.0
 */
public enum FindingKind {
  /** An indicator's fraction of available values is below the threshold. */
  LOW_AVAILABILITY(Section.DATA),
  /** A unit's fraction of available indicator values is below the threshold. */
  UNIT_LOW_AVAILABILITY(Section.DATA),
  /** An indicator's fraction of non-zero values is below the threshold. */
  LOW_NON_ZERO(Section.DATA),
  /** An indicator's fraction of distinct values is below the threshold. */
  LOW_UNIQUE(Section.DATA),
  /** An indicator's |skewness| and kurtosis both exceed their thresholds. */
  OUTLIERS(Section.DATA),
  /** A node correlates negatively with its parent. */
  NEGATIVE_PARENT_CORRELATION(Section.CORRELATION),
  /** A node correlates weakly with its parent. */
  WEAK_PARENT_CORRELATION(Section.CORRELATION),
  /** Two children of one aggregate correlate so strongly that one may be redundant. */
  COLLINEAR_PAIR(Section.CORRELATION),
  /** Two children of one aggregate correlate strongly negatively (a trade-off). */
  NEGATIVE_PAIR(Section.CORRELATION),
  /** An aggregate's Cronbach's alpha is below the threshold. */
  LOW_ALPHA(Section.RELIABILITY),
  /** An aggregate's first principal component explains too small a share of the variance. */
  LOW_FIRST_COMPONENT(Section.RELIABILITY),
  /** An aggregate's children have more than one principal component with eigenvalue above 1. */
  SEVERAL_COMPONENTS(Section.RELIABILITY),
  /** An aggregate could not be analysed (too few complete units, or a constant child). */
  RELIABILITY_UNAVAILABLE(Section.RELIABILITY),
  /** An indicator's effective weight differs from its nominal share by more than the factor. */
  WEIGHT_DILUTED(Section.WEIGHTS),
  /** An indicator's importance share is far below its weight share. */
  IMPORTANCE_BELOW_WEIGHT(Section.IMPORTANCE),
  /** An indicator's importance share is far above its weight share. */
  IMPORTANCE_ABOVE_WEIGHT(Section.IMPORTANCE),
  /** A unit's rank interval is wide compared with the number of units. */
  WIDE_RANK_INTERVAL(Section.UNCERTAINTY),
  /** A methodological factor drives most of the rank variation. */
  DOMINANT_FACTOR(Section.UNCERTAINTY),
  /** Some replications of the uncertainty analysis failed. */
  FAILED_REPLICATIONS(Section.UNCERTAINTY),
  /** Removing a component moves the index's ranks a lot. */
  LARGE_REMOVAL_SHIFT(Section.REMOVAL),
  /** A component cannot be removed (it is its parent's only weighted child). */
  REMOVAL_IMPOSSIBLE(Section.REMOVAL);

  private final Section section;

  FindingKind(Section section) {
    this.section = section;
  }

  /**
   * Returns the section this kind of finding belongs to.
   *
   * @return the section
   */
  public Section section() {
    return section;
  }
}
