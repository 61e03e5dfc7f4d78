package io.github.learningcities.lcn.indicators.internal.text;

import java.util.Locale;

/**
 * A double with a fixed number of decimals, byte for byte as
 * {@code String.format(Locale.ROOT, "%.<n>f", value)}: without the Formatter, whose format
 * string is parsed by a regular expression on every call (tens of microseconds each while the
 * code runs interpreted, as in a short command).
 *
 * <p>The Formatter rounds in two steps: first to the shortest decimal that reads back as the
 * same double ({@code FloatingDecimal}'s digits), then that decimal half up to {@code n}
 * decimals; so {@code 1.005} (a double a little below 1.005) becomes {@code "1.01"}. This class
 * rounds the exact binary value instead, computed without rounding error by a fused multiply-add,
 * which gives the same text whenever the exact value is farther than two units in the last
 * place from a half-way point: the shortest decimal lies within half a unit in the last place of
 * the exact value, so both are on the same side of every half-way point. Closer to a half-way
 * point {@code t}, the shortest decimal is {@code t} itself exactly when {@code t} reads back as
 * the same double, and the Formatter then rounds up in magnitude ({@code 0.125}, and the double
 * nearest {@code 0.15}, a little below it, as {@code "0.2"}); otherwise it lies on the exact
 * value's side. Values too large for the integer arithmetic (a scaled unit in the last place
 * above 1/16) are handed to {@code String.format} itself.
 *
 * <p>As the Formatter: {@code NaN}, {@code Infinity} and {@code -Infinity} as words, a minus sign
 * for every negative value, {@code -0.0} included, even when the text rounds to zero
 * ({@code "-0.00"}); no grouping, {@code '.'} as the decimal separator.
 *
 * @since 0.1.0
 */
public final class FixedDecimal {
  /** The most decimals this class writes itself. */
  public static final int MAX_DECIMALS = 9;
  private static final double[] SCALES = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
  private static final long[] DIVISORS = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L,
      10_000_000L, 100_000_000L, 1_000_000_000L};
  /** Scaled values below this are whole numbers a long holds exactly, with room to round up. */
  private static final double LIMIT = 0x1p52;
  /** A scaled unit in the last place above this leaves too little room beside a half-way point. */
  private static final double ULP_LIMIT = 0x1p-4;
  private static final String[] FORMATS = {"%.0f", "%.1f", "%.2f", "%.3f", "%.4f", "%.5f",
      "%.6f", "%.7f", "%.8f", "%.9f"};

  private FixedDecimal() {}

  /**
   * Returns {@code String.format(Locale.ROOT, "%." + decimals + "f", value)}.
   *
   * @param value any double
   * @param decimals the number of decimals, 0 to {@link #MAX_DECIMALS}
   * @return the text, as the Formatter writes it
   * @throws IllegalArgumentException if {@code decimals} is outside 0 to {@link #MAX_DECIMALS}
   * @since 0.1.0
   */
  public static String format(double value, int decimals) {
    return append(new StringBuilder(24), value, decimals).toString();
  }

  /**
   * Appends {@code String.format(Locale.ROOT, "%." + decimals + "f", value)} to {@code to}.
   *
   * @param to where to append
   * @param value any double
   * @param decimals the number of decimals, 0 to {@link #MAX_DECIMALS}
   * @return {@code to}
   * @throws IllegalArgumentException if {@code decimals} is outside 0 to {@link #MAX_DECIMALS}
   * @since 0.1.0
   */
  public static StringBuilder append(StringBuilder to, double value, int decimals) {
    if (decimals < 0 || decimals > MAX_DECIMALS) {
      throw new IllegalArgumentException("decimals " + decimals + " is outside 0 to "
          + MAX_DECIMALS);
    }
    if (Double.isNaN(value)) {
      return to.append("NaN");
    }
    boolean negative = Double.compare(value, 0.0) < 0;
    double a = Math.abs(value);
    if (Double.isInfinite(a)) {
      return to.append(negative ? "-Infinity" : "Infinity");
    }
    double scale = SCALES[decimals];
    double y = a * scale;
    // a * scale == y + error exactly (a product's rounding error is a double, and the fused
    // multiply-add computes it without rounding), as long as nothing underflows; an underflow
    // only happens far below the half-way points that matter here
    double error = Math.fma(a, scale, -y);
    double ulp = Math.ulp(a) * scale;
    if (!(y < LIMIT) || ulp > ULP_LIMIT) {
      return to.append(String.format(Locale.ROOT, FORMATS[decimals], value));
    }
    double whole = Math.floor(y);
    if (whole == y && error < 0) {
      whole -= 1;
    }
    // the exact scaled value minus (whole + 0.5): y - whole is exact, and so is its difference
    // from 0.5 where the result is near zero (Sterbenz); a rounded sum keeps the exact sum's sign
    double fromHalf = (y - whole - 0.5) + error;
    boolean up = fromHalf > 0;
    if (!up && -fromHalf <= 2 * ulp) {
      // beside a half-way point t = (2 whole + 1) / (2 scale): the shortest decimal is t itself
      // (which the Formatter rounds up) if t reads back as this double, that is if the double
      // nearest t (a correctly rounded quotient of two exact doubles) is this one; otherwise
      // the shortest decimal is on the exact value's side of t
      up = (2 * whole + 1) / (2 * scale) == a;
    }
    long units = (long) whole + (up ? 1 : 0);
    if (negative) {
      to.append('-');
    }
    long divisor = DIVISORS[decimals];
    to.append(units / divisor);
    if (decimals > 0) {
      to.append('.');
      long fraction = units % divisor;
      for (long d = divisor / 10; d > fraction && d > 1; d /= 10) {
        to.append('0');
      }
      to.append(fraction);
    }
    return to;
  }
}
