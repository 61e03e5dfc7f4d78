package io.github.learningcities.lcn.indicators.learningcity;

import io.github.learningcities.lcn.indicators.IndicatorsException;

/**
 * A learning-city assessment that cannot be scored: an unknown city, key feature, measure,
 * action point or commitment, a rating out of range, or goalposts that do not fit. The message
 * names the city and the feature, measure, point or commitment, and says what would be valid.
 *
 * @since 0.1.0
 */
public class InvalidAssessmentException extends IndicatorsException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, where, and what would be valid
   */
  public InvalidAssessmentException(String message) {
    super(message);
  }
}
