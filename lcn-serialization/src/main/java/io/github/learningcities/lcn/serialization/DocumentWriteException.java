package io.github.learningcities.lcn.serialization;

/**
 * Thrown when a value cannot be written in a format because the format cannot express it (for
 * example a dataset column that the framework does not describe). The message names the value
 * at fault and says what would be writable. Input/output failures are reported as
 * {@link java.io.IOException} instead.
 *
 * @since 0.1.0
 */
public class DocumentWriteException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what cannot be written and what would be writable
   */
  public DocumentWriteException(String message) {
    super(message);
  }
}
