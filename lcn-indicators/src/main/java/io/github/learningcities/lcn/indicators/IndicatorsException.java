package io.github.learningcities.lcn.indicators;

/**
 * Base of every error the composite-indicator engine reports.
 *
 * <p>Messages name the place (framework node, indicator, unit, parameter) and say what would be
 * valid. The engine never returns partial results: a run either completes or throws.
 *
 * @since 0.1.0
 */
public class IndicatorsException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, where, and what would be valid
   */
  public IndicatorsException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what is wrong, where, and what would be valid
   * @param cause the underlying error
   */
  public IndicatorsException(String message, Throwable cause) {
    super(message, cause);
  }
}
