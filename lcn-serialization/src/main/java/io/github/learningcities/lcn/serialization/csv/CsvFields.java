package io.github.learningcities.lcn.serialization.csv;

import io.github.learningcities.lcn.serialization.internal.DecimalDoubles;
import java.util.Objects;

/**
 * The text of single CSV fields as every table of the SDK writes and reads them: decimal
 * numbers in the shortest form that reads back to the same double, and text cells made safe
 * for spreadsheets.
 *
 * <h2>Numbers</h2>
 * {@link #number(double)} writes an integer-valued double below 10<sup>15</sup> without a
 * decimal point ({@code 12}) and every other finite double in Java's {@link Double#toString}
 * form ({@code 12.5}, {@code 1.0E-5}); {@link #parseDecimal(String)} reads it back to exactly
 * the same double. Only {@link #isDecimal(CharSequence) decimal} text is a number: {@code
 * [+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?}, so no {@code NaN}, {@code Infinity},
 * hexadecimal or type suffix. Parsing gives exactly the double of {@link Double#parseDouble}
 * (correctly rounded), without a regular expression, mostly without Double#parseDouble
 * itself: Clinger's fast path, then the Eisel-Lemire algorithm for up to 19 significant
 * digits, and {@link Double#parseDouble} only for what those cannot decide. Writing keeps {@link
 * Double#toString}: Jackson's shortest writer was measured no faster on Java 17 for these
 * numbers, allocates twice as much, and its text differs from Java 17's where that is not the
 * shortest (2<sup>-24</sup> for one), which would change existing outputs.
 *
 * <h2>Formulas (CSV injection)</h2>
 * A spreadsheet that opens a CSV file runs a cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return as a formula. As OWASP recommends for CSV
 * injection, every text cell the SDK writes that starts with one of these characters is
 * written with a leading apostrophe ({@code '=HYPERLINK(...)} instead of
 * {@code =HYPERLINK(...)}), which spreadsheets show as text. Numbers are never changed: a
 * negative number such as {@code -3.5}, written as a number or as text, stays a number. So
 * that reading gives back what was written, a text cell that already starts with apostrophes
 * followed by one of those characters gets one apostrophe more, and the readers of the SDK
 * remove one such apostrophe ({@link #restore(String)}).
 *
 * @since 0.1.0
 */
public final class CsvFields {
  /** Integers up to this magnitude are written without a decimal point. */
  private static final double WHOLE_LIMIT = 1e15;
  /** The length from which {@link #abbreviate(String)} shortens a text. */
  private static final int ABBREVIATE_AT = 60;

  private CsvFields() {}

  /**
   * Formats a finite number so that {@link #parseDecimal(String)} (and {@link
   * Double#parseDouble}) gives back exactly the same double: integers below 10<sup>15</sup>
   * without a decimal point (negative zero as {@code -0.0}), everything else as {@link
   * Double#toString} writes it.
   *
   * @param v a finite number
   * @return the text
   * @since 0.1.0
   */
  public static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < WHOLE_LIMIT && !(v == 0 && 1 / v < 0)) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }

  /**
   * Returns whether a text is a decimal number as the tables accept it: {@code
   * [+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?} (no surrounding spaces, no {@code
   * NaN}, {@code Infinity}, hexadecimal or type suffix, which {@link Double#parseDouble} would
   * take).
   *
   * @param s the text
   * @return true if it is a decimal number
   * @since 0.1.0
   */
  public static boolean isDecimal(CharSequence s) {
    int n = s.length();
    int i = 0;
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    int start = i;
    i = digits(s, i);
    boolean whole = i > start;
    boolean fraction = false;
    if (i < n && s.charAt(i) == '.') {
      int from = ++i;
      i = digits(s, i);
      fraction = i > from;
    }
    if (!whole && !fraction) {
      return false;
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int from = i;
      i = digits(s, i);
      if (i == from) {
        return false;
      }
    }
    return i == n;
  }

  private static int digits(CharSequence s, int i) {
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  /**
   * Parses a decimal number (see {@link #isDecimal(CharSequence)}) to the double that {@link
   * Double#parseDouble} gives, as {@link #decimalOrNaN(String)} parses it.
   *
   * @param s the text, without surrounding spaces
   * @return the double, infinite when the number is too large for one
   * @throws NumberFormatException if the text is not a decimal number
   * @since 0.1.0
   */
  public static double parseDecimal(String s) {
    double v = decimalOrNaN(s);
    if (Double.isNaN(v)) {
      throw new NumberFormatException("'" + abbreviate(s) + "' is not a decimal number; "
          + "expected a number such as 12.5 or 1.2E-3");
    }
    return v;
  }

  /**
   * Parses a text if it is a decimal number (see {@link #isDecimal(CharSequence)}), in one
   * pass that checks the form and gathers the digits: the double that {@link
   * Double#parseDouble} gives, or NaN when the text is not a decimal number (no decimal
   * number reads as NaN). A number of at most 2<sup>53</sup> in its digits and a power of ten
   * of at most 22 either way is one exactly rounded multiplication or division of two exact
   * doubles (Clinger's fast path); every other number of at most 19 significant digits (leading
   * zeros and the point do not count) takes the Eisel-Lemire algorithm, a 128-bit product with
   * a table of powers of five; what that cannot decide (a number within its error of halfway
   * between two doubles, a subnormal, an overflow of the last rounding step) and longer numbers
   * go to {@link Double#parseDouble}. Plain loops and arithmetic throughout: no method handle
   * is linked on this path.
   *
   * @param s the text, without surrounding spaces
   * @return the double, infinite when the number is too large for one, or NaN
   * @since 0.1.0
   */
  public static double decimalOrNaN(String s) {
    return decimalOrNaN(s.toCharArray(), 0, s.length());
  }

  /**
   * Parses characters {@code from} to {@code to} (exclusive) of an array as {@link
   * #decimalOrNaN(String)} parses the text they make, without making it: how the table
   * readers parse a number where the CSV reader cut it out.
   *
   * @param chars the characters
   * @param from the first character's index
   * @param to the index after the last character
   * @return the double, infinite when the number is too large for one, or NaN
   * @throws IndexOutOfBoundsException if the range is not within the array
   * @since 0.1.0
   */
  public static double decimalOrNaN(char[] chars, int from, int to) {
    Objects.checkFromToIndex(from, to, chars.length);
    int n = to;
    int i = from;
    boolean negative = false;
    if (i < n && (chars[i] == '+' || chars[i] == '-')) {
      negative = chars[i] == '-';
      i++;
    }
    // Digits as the loops' own indices count them: fewer operations per digit for the
    // interpreter, which runs this for most cells of a short run.
    long mantissa = 0;
    int start = i;
    for (char d; i < n && (d = (char) (chars[i] - '0')) <= 9; i++) {
      mantissa = mantissa * 10 + d;
    }
    int digits = i - start;
    int fractionDigits = 0;
    if (i < n && chars[i] == '.') {
      int point = ++i;
      for (char d; i < n && (d = (char) (chars[i] - '0')) <= 9; i++) {
        mantissa = mantissa * 10 + d;
      }
      fractionDigits = i - point;
      digits += fractionDigits;
    }
    if (digits == 0) {
      return Double.NaN;
    }
    char c = i < n ? chars[i] : 0;
    int exponent = 0;
    if (i < n && (c == 'e' || c == 'E')) {
      i++;
      boolean negativeExponent = false;
      if (i < n && (chars[i] == '+' || chars[i] == '-')) {
        negativeExponent = chars[i] == '-';
        i++;
      }
      int exponentStart = i;
      while (i < n && (c = chars[i]) >= '0' && c <= '9') {
        if (exponent < EXPONENT_LIMIT) {
          exponent = exponent * 10 + (c - '0');
        }
        i++;
      }
      if (i == exponentStart) {
        return Double.NaN;
      }
      if (negativeExponent) {
        exponent = -exponent;
      }
    }
    if (i != n) {
      return Double.NaN;
    }
    int power = exponent - fractionDigits;
    // Up to 18 digits the mantissa is exact (more may have wrapped around); leading zeros
    // count as digits here, which only sends such a number to the next path.
    if (digits <= MANTISSA_DIGITS && mantissa <= 1L << 53 && power >= -22 && power <= 22) {
      double m = mantissa;
      double v = power >= 0 ? m * POWERS_OF_TEN[power] : m / POWERS_OF_TEN[-power];
      return negative ? -v : v;
    }
    // Up to 19 digits the mantissa is exact as an unsigned number; leading zeros add nothing
    // to it. An exponent cut at its limit is exact only with as few digits as that.
    if (digits <= SIGNIFICAND_DIGITS || (exponent < EXPONENT_LIMIT && exponent > -EXPONENT_LIMIT
        && digits - leadingZeros(chars, start, n) <= SIGNIFICAND_DIGITS)) {
      double v = DecimalDoubles.nearest(mantissa, power, negative);
      if (v == v) { // NaN when undecided
        return v;
      }
    }
    return Double.parseDouble(new String(chars, from, to - from));
  }

  /** The zeros from {@code i} (before {@code n}) up to the first other digit, past a point. */
  private static int leadingZeros(char[] chars, int i, int n) {
    int zeros = 0;
    for (char c; i < n && ((c = chars[i]) == '0' || c == '.'); i++) {
      if (c == '0') {
        zeros++;
      }
    }
    return zeros;
  }

  /** The most digits whose value a long always holds exactly. */
  private static final int MANTISSA_DIGITS = 18;
  /** The most digits whose value an unsigned long always holds exactly. */
  private static final int SIGNIFICAND_DIGITS = 19;
  /** An exponent beyond any double's range; more digits do not change the result. */
  private static final int EXPONENT_LIMIT = 100_000;
  /** 10<sup>0</sup> to 10<sup>22</sup>, each exact as a double. */
  private static final double[] POWERS_OF_TEN = {
      1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
      1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

  /**
   * Returns whether a spreadsheet would run a text cell as a formula: it starts with {@code =},
   * {@code +}, {@code -}, {@code @}, a tab or a carriage return and is not a decimal number.
   *
   * @param text the cell's text
   * @return true if it would be a formula
   * @since 0.1.0
   */
  public static boolean isFormula(String text) {
    return !text.isEmpty() && isTrigger(text.charAt(0)) && !isDecimal(text);
  }

  private static boolean isTrigger(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /**
   * Makes a text cell safe to open in a spreadsheet (see the class description): a text that
   * would be a formula, or that is apostrophes followed by one, gets a leading apostrophe;
   * every other text, numbers included, is returned as it is.
   *
   * @param text the cell's text
   * @return the text to write
   * @since 0.1.0
   */
  public static String neutralise(String text) {
    int i = 0;
    while (i < text.length() && text.charAt(i) == '\'') {
      i++;
    }
    if (i == text.length() || !isTrigger(text.charAt(i))) {
      return text;
    }
    return i == 0 && isDecimal(text) ? text : "'" + text;
  }

  /**
   * Undoes {@link #neutralise(String)}: removes the leading apostrophe that it would have
   * added, so that {@code restore(neutralise(t))} is {@code t} for every text.
   *
   * @param text a cell's text as read
   * @return the text as it was before it was written
   * @since 0.1.0
   */
  public static String restore(String text) {
    if (text.isEmpty() || text.charAt(0) != '\'') {
      return text;
    }
    String before = text.substring(1);
    return neutralise(before).length() > before.length() ? before : text;
  }

  /**
   * Shortens a text for an error message: a text of more than 60 characters becomes its first
   * 40 characters, an ellipsis and its length, so that a huge cell is not echoed whole.
   *
   * @param text the text
   * @return the text, or its beginning and its length
   * @since 0.1.0
   */
  public static String abbreviate(String text) {
    if (text.length() <= ABBREVIATE_AT) {
      return text;
    }
    int end = 40;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "... (" + text.length() + " characters)";
  }
}
