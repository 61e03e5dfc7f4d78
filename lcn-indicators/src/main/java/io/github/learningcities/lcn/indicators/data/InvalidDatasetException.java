package io.github.learningcities.lcn.indicators.data;

import io.github.learningcities.lcn.indicators.IndicatorsException;

/**
 * Thrown when a dataset or panel is built with an invalid value; the message names the unit
 * and/or indicator and says what would be valid.
 *
 * @since 0.1.0
 */
public class InvalidDatasetException extends IndicatorsException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, where, and what would be valid
   */
  public InvalidDatasetException(String message) {
    super(message);
  }
}
