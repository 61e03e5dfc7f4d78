package io.github.learningcities.lcn.model;

import java.util.Objects;

/**
 * Thrown when a model value would break one of its invariants.
 *
 * <p>The message names the object (type and, where known, its identifier), the field, the
 * offending value and the rule that would make it valid, for example:
 * {@code City[ua-melitopol].population: -5 is invalid; expected a non-negative number}.
 * Nothing is half-built: the object whose construction threw is never returned.
 *
 * @since 0.1.0
 */
public class InvalidModelException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String object;
  private final String field;
  private final String value;
  private final String expected;

  /**
   * Creates the exception.
   *
   * @param object the object that is invalid, e.g. {@code City[ua-melitopol]}
   * @param field the field (or path of fields) that holds the offending value
   * @param value the offending value, rendered for a human reader (may be {@code null})
   * @param expected what would be valid
   */
  public InvalidModelException(String object, String field, Object value, String expected) {
    super(object + "." + field + ": " + render(value) + " is invalid; expected " + expected);
    this.object = Objects.requireNonNull(object, "object");
    this.field = Objects.requireNonNull(field, "field");
    this.value = render(value);
    this.expected = Objects.requireNonNull(expected, "expected");
  }

  private static String render(Object value) {
    if (value == null) {
      return "null";
    }
    return value instanceof CharSequence ? "\"" + value + "\"" : String.valueOf(value);
  }

  /**
   * Returns the invalid object's description.
   *
   * @return the object, e.g. {@code City[ua-melitopol]}
   */
  public String object() {
    return object;
  }

  /**
   * Returns the offending field.
   *
   * @return the field name or path
   */
  public String field() {
    return field;
  }

  /**
   * Returns the offending value as rendered in the message.
   *
   * @return the value
   */
  public String value() {
    return value;
  }

  /**
   * Returns what would have been valid.
   *
   * @return a description of the valid values
   */
  public String expected() {
    return expected;
  }
}
