package io.github.learningcities.lcn.model.internal;

import io.github.learningcities.lcn.model.InvalidModelException;

/**
 * The {@link InvalidModelException} that a builder throws when required fields were not set;
 * the shared model style makes Immutables' generated builders throw it.
 *
 * @since 0.1.0
 */
public final class MissingFieldsException extends InvalidModelException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for the fields that were not set.
   *
   * @param fields the required fields that were not set, in declaration order
   */
  public MissingFieldsException(String... fields) {
    super(GeneratedCode.valueType(), fields.length == 0 ? "?" : fields[0], null,
        "a value; required and not set: " + String.join(", ", fields));
  }
}
