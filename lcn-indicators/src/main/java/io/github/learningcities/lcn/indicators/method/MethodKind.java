package io.github.learningcities.lcn.indicators.method;

/**
 * The kinds of method a pipeline names, each with its own namespace in a {@link
 * MethodRegistry}.
 *
 * @since 0.1.0
 */
public enum MethodKind {
  /** Outlier treatment ({@link Transformer} and the engine's built-ins). */
  TREATMENT("treatment"),
  /** Imputation ({@link Imputer}). */
  IMPUTATION("imputation"),
  /** Normalisation ({@link Normaliser}). */
  NORMALISATION("normalisation"),
  /** Aggregation ({@link Aggregator}). */
  AGGREGATION("aggregation");

  private final String step;

  MethodKind(String step) {
    this.step = step;
  }

  /**
   * Returns the name of the pipeline step, as messages and documents spell it.
   *
   * @return e.g. "normalisation"
   */
  public String step() {
    return step;
  }
}
