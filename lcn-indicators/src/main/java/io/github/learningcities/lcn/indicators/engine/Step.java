package io.github.learningcities.lcn.indicators.engine;

/**
 * The steps of a run, in the order the engine performs them.
 *
 * @since 0.1.0
 */
public enum Step {
  /** Dividing indicators by unit denominators. */
  DENOMINATION,
  /** Removing units with too little data. */
  SCREENING,
  /** Filling missing cells. */
  IMPUTATION,
  /** Outlier treatment. */
  TREATMENT,
  /** Normalisation (directions applied). */
  NORMALISATION,
  /** Weighting and aggregation up the tree. */
  AGGREGATION
}
