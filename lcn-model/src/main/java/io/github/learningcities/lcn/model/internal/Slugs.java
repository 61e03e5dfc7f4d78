package io.github.learningcities.lcn.model.internal;

import io.github.learningcities.lcn.model.InvalidModelException;
import java.util.regex.Pattern;

/**
 * The rule shared by the SDK's slug identifiers: lowercase ASCII letters and digits in groups
 * joined by single hyphens, at most {@value #MAX_LENGTH} characters.
 *
 * @since 0.1.0
 */
public final class Slugs {
  /** The longest slug accepted. */
  public static final int MAX_LENGTH = 64;

  /** The regular expression a slug matches. */
  public static final String REGEX = "[a-z0-9]+(-[a-z0-9]+)*";

  private static final Pattern SLUG = Pattern.compile(REGEX);

  private Slugs() {}

  /**
   * Returns whether the text is a valid slug.
   *
   * @param text the text to test
   * @return {@code true} if the text is a slug of at most {@value #MAX_LENGTH} characters
   */
  public static boolean isSlug(String text) {
    return text != null && text.length() <= MAX_LENGTH && SLUG.matcher(text).matches();
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
      throw new InvalidModelException(type, "value", value,
          "a lowercase slug matching " + REGEX + " of at most " + MAX_LENGTH
              + " characters, e.g. \"ua-melitopol\"");
    }
  }
}
