package io.github.learningcities.lcn.model.internal;

import io.github.learningcities.lcn.model.InvalidModelException;

/**
 * The rule shared by the SDK's slug identifiers: lowercase ASCII letters and digits in groups
 * joined by single hyphens, at most {@value #MAX_LENGTH} characters.
 *
 * @since 0.1.0
 */
public final class Slugs {
  /** The longest slug accepted. */
  public static final int MAX_LENGTH = 64;

  /**
   * The regular expression a slug matches. {@link #isSlug(String)} checks the same rule with a
   * hand-written scan (every identifier of every document read is checked, and the scan costs a
   * fraction of a regular-expression match).
   */
  public static final String REGEX = "[a-z0-9]+(-[a-z0-9]+)*";

  private Slugs() {}

  /**
   * Returns whether the text is a valid slug.
   *
   * @param text the text to test
   * @return {@code true} if the text is a slug of at most {@value #MAX_LENGTH} characters
   */
  public static boolean isSlug(String text) {
    if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
      return false;
    }
    boolean afterHyphen = true; // at the start, as after a hyphen, a letter or digit must come
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '-') {
        if (afterHyphen) {
          return false;
        }
        afterHyphen = true;
      } else if (AsciiText.isLower(c) || AsciiText.isDigit(c)) {
        afterHyphen = false;
      } else {
        return false;
      }
    }
    return !afterHyphen;
  }

  /**
   * Checks that an identifier's value is a slug.
   *
   * @param type the simple name of the identifier type, e.g. {@code CityId}
   * @param value the value to check
   * @throws InvalidModelException if the value is not a slug
   */
  public static void require(String type, String value) {
    if (!isSlug(value)) {
      throw invalid(type, value);
    }
  }

  /**
   * Returns the exception for a value that is not a slug, so that callers can name the type
   * only when the check fails.
   *
   * @param type the simple name of the identifier type, e.g. {@code CityId}
   * @param value the rejected value
   * @return the exception, naming the rule
   */
  public static InvalidModelException invalid(String type, String value) {
    return new InvalidModelException(type, "value", value,
        "a lowercase slug matching " + REGEX + " of at most " + MAX_LENGTH
            + " characters, e.g. \"ua-melitopol\"");
  }
}
