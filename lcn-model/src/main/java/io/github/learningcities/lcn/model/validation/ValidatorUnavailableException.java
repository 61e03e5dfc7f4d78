package io.github.learningcities.lcn.model.validation;

/**
 * Thrown by {@link ModelValidator#create()} when Hibernate Validator, an optional dependency of
 * lcn-model, cannot be loaded; the message names the Maven coordinates and the tested version
 * to add ({@value ModelValidator#TESTED_HIBERNATE_VALIDATOR}), or the alternative of passing
 * one's own validator to {@link ModelValidator#using(jakarta.validation.Validator)}.
 *
 * @since 0.1.0
 */
public class ValidatorUnavailableException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is missing and what to add
   * @param cause the error raised when loading Hibernate Validator
   */
  public ValidatorUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
