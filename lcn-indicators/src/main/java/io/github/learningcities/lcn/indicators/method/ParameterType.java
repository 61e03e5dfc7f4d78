package io.github.learningcities.lcn.indicators.method;

/**
 * The type of a declared method parameter. {@link Parameters} holds numbers as {@code Double},
 * so an {@link #INTEGER} is a number without a fractional part.
 *
 * @since 0.1.0
 */
public enum ParameterType {
  /** A finite number. */
  NUMBER("a number"),
  /** A finite number without fractional part (e.g. a count of points). */
  INTEGER("a whole number"),
  /** A text. */
  TEXT("a text"),
  /** {@code true} or {@code false}. */
  FLAG("true or false");

  private final String description;

  ParameterType(String description) {
    this.description = description;
  }

  /**
   * Returns how a valid value of this type is described in messages.
   *
   * @return e.g. "a number"
   */
  public String description() {
    return description;
  }

  /**
   * Returns whether a parameter value (a {@code Double}, {@code String} or {@code Boolean}, as
   * {@link Parameters} holds them) has this type.
   *
   * @param value the value
   * @return true if it has this type
   */
  public boolean accepts(Object value) {
    return switch (this) {
      case NUMBER -> value instanceof Double;
      case INTEGER -> value instanceof Double d && d == Math.rint(d);
      case TEXT -> value instanceof String;
      case FLAG -> value instanceof Boolean;
    };
  }
}
