package io.github.learningcities.lcn.model.internal;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Checks of short ASCII shapes (codes, keys, dates) written out instead of regular expressions.
 * A short run reads the built-in catalogs first: its first regular expression cost it about
 * 15 ms (the regex classes' initialisation, then each pattern compiled and matched by the
 * interpreter), and its first {@link LocalDate#parse} a few more (the parser's classes and
 * {@code java.time.Period}'s own regular expression). Each method names the expression it
 * replaces; the tests check it against that expression.
 *
 * @since 0.1.0
 */
public final class AsciiText {
  private AsciiText() {}

  /** Whether {@code c} is an ASCII digit, {@code [0-9]} (also Java's {@code \d}). */
  public static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Whether {@code c} is an ASCII lowercase letter, {@code [a-z]}. */
  public static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  /** Whether {@code c} is an ASCII uppercase letter, {@code [A-Z]}. */
  public static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** Whether {@code c} is an ASCII letter or digit, {@code [0-9A-Za-z]}. */
  public static boolean isLetterOrDigit(char c) {
    return isDigit(c) || isLower(c) || isUpper(c);
  }

  /** Whether {@code s[from, to)} is all ASCII digits (true when empty). */
  public static boolean isDigits(CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The value of the ASCII digits {@code s[from, to)}, at most 9 of them. */
  public static int digits(CharSequence s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }

  /**
   * Whether {@code s} holds a line terminator, i.e. whether the regular expression {@code .*}
   * (without DOTALL) fails to match all of it: {@code \n}, {@code \r}, U+0085, U+2028 or U+2029.
   */
  public static boolean hasLineTerminator(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code s} matches {@code [a-z][a-z0-9-]*} (with {@code extra} allowed after the
   * first character as well; {@code '-'} again for none).
   *
   * @param s the text
   * @param extra one more character allowed after the first, e.g. {@code '.'}
   */
  public static boolean isLowerKey(CharSequence s, char extra) {
    if (s.length() == 0 || !isLower(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isLower(c) && !isDigit(c) && c != '-' && c != extra) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code s} is one or more groups of {@code min} to {@code max} ASCII letters or
   * digits (digits only when {@code digitsOnly}) separated by dots: with 1 to any letters or
   * digits, {@code [0-9A-Za-z]+(\.[0-9A-Za-z]+)*}; with 1 to 3 digits, {@code
   * [0-9]{1,3}(\.[0-9]{1,3})*}.
   *
   * @param s the text
   * @param digitsOnly whether a group holds digits only
   * @param min the fewest characters of a group
   * @param max the most characters of a group
   */
  public static boolean isDotted(CharSequence s, boolean digitsOnly, int min, int max) {
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || s.charAt(i) == '.') {
        int n = i - start;
        if (n < min || n > max) {
          return false;
        }
        start = i + 1;
      } else {
        char c = s.charAt(i);
        if (digitsOnly ? !isDigit(c) : !isLetterOrDigit(c)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * {@link LocalDate#parse(CharSequence)} without its formatter on the common path: a text of
   * the shape {@code dddd-dd-dd} in ASCII digits that names a calendar day is that day; any
   * other text goes to {@link LocalDate#parse}, which returns or throws as it always did (so a
   * caller catching {@link java.time.format.DateTimeParseException} sees the same exception).
   *
   * @param text the text
   * @return the date
   * @throws java.time.format.DateTimeParseException if the text is not an ISO local date
   */
  public static LocalDate isoDate(CharSequence text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-'
        && isDigits(text, 0, 4) && isDigits(text, 5, 7) && isDigits(text, 8, 10)) {
      try {
        return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
      } catch (DateTimeException e) {
        // Not a calendar day: the formatter's own exception and message follow.
      }
    }
    return LocalDate.parse(text);
  }
}
