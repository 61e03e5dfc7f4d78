package io.github.learningcities.lcn.indicators.ahp;

import io.github.learningcities.lcn.indicators.IndicatorsException;

/**
 * A pairwise-comparison matrix that is not one: not square, a judgement that is not a positive
 * finite number, a diagonal entry other than 1, a pair whose judgements are not reciprocal, a
 * code given twice, or more elements than Saaty's random-index table covers. The message names
 * the matrix, the row and column (by code) and what would be valid.
 *
 * @since 0.1.0
 */
public class InvalidComparisonsException extends IndicatorsException {
  private static final long serialVersionUID = 1L;

  private final String matrix;

  /**
   * Creates the exception.
   *
   * @param matrix the matrix's name
   * @param message the full message
   */
  public InvalidComparisonsException(String matrix, String message) {
    super(message);
    this.matrix = matrix;
  }

  /**
   * Returns the matrix's name.
   *
   * @return the name
   */
  public String matrix() {
    return matrix;
  }
}
