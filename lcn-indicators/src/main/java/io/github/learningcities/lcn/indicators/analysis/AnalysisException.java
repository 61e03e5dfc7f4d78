package io.github.learningcities.lcn.indicators.analysis;

import io.github.learningcities.lcn.indicators.IndicatorsException;

/**
 * Thrown when an analysis cannot be computed on the data given (too few observations, a
 * constant column, a level or node that does not exist); the message names the node, group or
 * level and says what would be valid.
 *
 * @since 0.1.0
 */
public class AnalysisException extends IndicatorsException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, where, and what would be valid
   */
  public AnalysisException(String message) {
    super(message);
  }
}
