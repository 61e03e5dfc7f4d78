package io.github.learningcities.lcn.indicators.trend;

import io.github.learningcities.lcn.indicators.IndicatorsException;

/**
 * Thrown when a trend or progress cannot be computed from the series given (mismatched
 * lengths, repeated or missing time points, an unknown baseline); the message names the place
 * and says what would be valid.
 *
 * @since 0.1.0
 */
public class TrendException extends IndicatorsException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, where, and what would be valid
   */
  public TrendException(String message) {
    super(message);
  }
}
