package io.github.learningcities.lcn.indicators.ahp;

import io.github.learningcities.lcn.indicators.IndicatorsException;

/**
 * A pairwise-comparison matrix whose consistency ratio exceeds the threshold (0.1 unless
 * chosen otherwise): the judgements contradict one another too much for their weights to be
 * used. The message names the matrix, its ratio, the threshold and the most inconsistent
 * comparison.
 *
 * @since 0.1.0
 */
public class InconsistentJudgementsException extends IndicatorsException {
  private static final long serialVersionUID = 1L;

  private final String matrix;
  private final double ratio;
  private final double threshold;

  /**
   * Creates the exception.
   *
   * @param matrix the matrix's name
   * @param ratio its consistency ratio
   * @param threshold the largest ratio accepted
   * @param message the full message
   */
  public InconsistentJudgementsException(String matrix, double ratio, double threshold,
      String message) {
    super(message);
    this.matrix = matrix;
    this.ratio = ratio;
    this.threshold = threshold;
  }

  /**
   * Returns the matrix's name.
   *
   * @return the name (the parent node of the compared children)
   */
  public String matrix() {
    return matrix;
  }

  /**
   * Returns the consistency ratio.
   *
   * @return the ratio
   */
  public double ratio() {
    return ratio;
  }

  /**
   * Returns the threshold that the ratio exceeds.
   *
   * @return the largest ratio accepted
   */
  public double threshold() {
    return threshold;
  }
}
