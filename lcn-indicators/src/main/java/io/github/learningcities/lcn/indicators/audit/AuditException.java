package io.github.learningcities.lcn.indicators.audit;

import io.github.learningcities.lcn.indicators.IndicatorsException;

/**
 * An audit could not be made or rebuilt; the message names the place and what would be valid.
 *
 * @since 0.1.0
 */
public class AuditException extends IndicatorsException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong, where, and what would be valid
   */
  public AuditException(String message) {
    super(message);
  }
}
