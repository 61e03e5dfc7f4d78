package io.github.learningcities.lcn.model.catalog;

import java.util.Objects;

/**
 * Thrown when a catalog data resource breaks a rule of the catalog text format or of the
 * catalog it describes.
 *
 * <p>The message starts with the resource name and the 1-based line number, followed by the
 * rule that was broken, for example:
 * {@code io/github/learningcities/lcn/model/unesco/key-features.tsv:57: feature row refers to
 * area "9.9", which is not declared above; expected one of the declared area codes}.
 * A line number of 0 means the problem concerns the resource as a whole (for example a missing
 * header).
 *
 * @since 0.1.0
 */
public class CatalogFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String resourceName;
  private final int line;
  private final String rule;

  /**
   * Creates the exception.
   *
   * @param resourceName the name of the resource, e.g. its class-path path
   * @param line the 1-based line number, or 0 for the resource as a whole
   * @param rule what is wrong and what would be valid
   */
  public CatalogFormatException(String resourceName, int line, String rule) {
    this(resourceName, line, rule, null);
  }

  /**
   * Creates the exception with a cause, such as the model invariant the line's values broke.
   *
   * @param resourceName the name of the resource, e.g. its class-path path
   * @param line the 1-based line number, or 0 for the resource as a whole
   * @param rule what is wrong and what would be valid
   * @param cause the underlying problem, may be {@code null}
   */
  public CatalogFormatException(String resourceName, int line, String rule, Throwable cause) {
    super(Objects.requireNonNull(resourceName, "resourceName") + ":" + line + ": "
        + Objects.requireNonNull(rule, "rule"), cause);
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0 but was " + line);
    }
    this.resourceName = resourceName;
    this.line = line;
    this.rule = rule;
  }

  /**
   * Returns the name of the resource that is invalid.
   *
   * @return the resource name
   */
  public String resourceName() {
    return resourceName;
  }

  /**
   * Returns the 1-based number of the offending line, or 0 for the resource as a whole.
   *
   * @return the line number
   */
  public int line() {
    return line;
  }

  /**
   * Returns the rule that was broken, without the resource name and line number.
   *
   * @return the rule
   */
  public String rule() {
    return rule;
  }
}
