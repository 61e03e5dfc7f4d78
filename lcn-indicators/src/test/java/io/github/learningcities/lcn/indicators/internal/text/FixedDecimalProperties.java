package io.github.learningcities.lcn.indicators.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link FixedDecimal} writes what {@code String.format(Locale.ROOT, "%.<n>f", v)} writes, on
 * random doubles of every magnitude, on the half-way points where the Formatter's two roundings
 * (shortest decimal, then half up) differ from rounding the exact value, next to them, and on
 * the special values.
 */
class FixedDecimalProperties {

  private static String formatter(double v, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  @Provide
  Arbitrary<Double> anyBits() {
    return Arbitraries.longs().map(Double::longBitsToDouble);
  }

  @Provide
  Arbitrary<Double> everyday() {
    return Arbitraries.oneOf(
        // a random mantissa at a random power of ten, from 1e-12 to 1e17
        Combinators.combine(Arbitraries.doubles().between(-1.0, 1.0).ofScale(17),
            Arbitraries.integers().between(-12, 17)).as((m, e) -> m * Math.pow(10, e)),
        // few decimals, as scores and shares are: near and on half-way points
        Arbitraries.integers().between(-2_000_000, 2_000_000)
            .map(i -> i / Math.pow(10, Math.floorMod(i, 7))),
        Arbitraries.of(0.0, -0.0, 0.5, -0.5, 1.5, 2.5, 0.125, 0.375, 1.005, 2.675, 1.0E15,
            4.5E15, 0x1p52, 0x1p53, 9.007199254740993E15, Double.MIN_VALUE, -Double.MIN_VALUE,
            Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.995, 0.9995, 99.995, 9.5,
            0.05, 0.005, 0.0005, 0.045, 1e-320));
  }

  @Property(tries = 3000)
  void anyDoubleAsTheFormatter(@ForAll("anyBits") double v,
      @ForAll @IntRange(min = 0, max = FixedDecimal.MAX_DECIMALS) int decimals) {
    assertThat(FixedDecimal.format(v, decimals)).isEqualTo(formatter(v, decimals));
  }

  @Property(tries = 5000)
  void everydayValuesAsTheFormatter(@ForAll("everyday") double v,
      @ForAll @IntRange(min = 0, max = FixedDecimal.MAX_DECIMALS) int decimals) {
    assertThat(FixedDecimal.format(v, decimals)).isEqualTo(formatter(v, decimals));
  }

  /** Half-way points of {@code decimals} places (k + 0.5 units), and the doubles beside them. */
  @Property(tries = 5000)
  void halfWayPointsAndTheirNeighboursAsTheFormatter(
      @ForAll @IntRange(min = -5_000_000, max = 5_000_000) int k,
      @ForAll @IntRange(min = 0, max = FixedDecimal.MAX_DECIMALS) int decimals,
      @ForAll @IntRange(min = -3, max = 3) int steps) {
    double v = new BigDecimal(k).add(BigDecimal.valueOf(5, 1)).movePointLeft(decimals)
        .doubleValue();
    for (int i = 0; i < Math.abs(steps); i++) {
      v = steps > 0 ? Math.nextUp(v) : Math.nextDown(v);
    }
    assertThat(FixedDecimal.format(v, decimals)).isEqualTo(formatter(v, decimals));
  }

  @Property(tries = 300)
  void appendsToWhatIsThere(@ForAll("everyday") double v,
      @ForAll @IntRange(min = 0, max = FixedDecimal.MAX_DECIMALS) int decimals) {
    StringBuilder to = new StringBuilder("x = ");
    assertThat(FixedDecimal.append(to, v, decimals)).isSameAs(to);
    assertThat(to.toString()).isEqualTo("x = " + formatter(v, decimals));
  }

  @Example
  void theFormattersTwoRoundingsAndSigns() {
    // 1.005 is 1.00499999999999989...: the exact value rounds to 1.00, the Formatter's 1.01
    assertThat(FixedDecimal.format(1.005, 2)).isEqualTo("1.01");
    assertThat(FixedDecimal.format(0.125, 2)).isEqualTo("0.13");
    // the double nearest 0.15 is a little below it; its shortest decimal 0.15 rounds up
    assertThat(FixedDecimal.format(0.15, 1)).isEqualTo("0.2");
    assertThat(FixedDecimal.format(-0.0, 2)).isEqualTo("-0.00");
    assertThat(FixedDecimal.format(-0.001, 2)).isEqualTo("-0.00");
    assertThat(FixedDecimal.format(2.5, 0)).isEqualTo("3");
    assertThat(FixedDecimal.format(Double.NaN, 1)).isEqualTo("NaN");
    assertThat(FixedDecimal.format(Double.NEGATIVE_INFINITY, 1)).isEqualTo("-Infinity");
    assertThat(FixedDecimal.format(7, 3)).isEqualTo("7.000");
  }

  /** Every half-way point of 1 to 3 decimals between -1,000 and 1,000, and its neighbours. */
  @Example
  void everyNearbyHalfWayPointAsTheFormatter() {
    for (int decimals = 1; decimals <= 3; decimals++) {
      int units = 1_000 * (int) Math.pow(10, decimals);
      for (int k = -units; k <= units; k++) {
        double t = BigDecimal.valueOf(2L * k + 1, decimals + 1).divide(BigDecimal.valueOf(2))
            .doubleValue();
        for (double v : new double[] {Math.nextDown(t), t, Math.nextUp(t)}) {
          assertThat(FixedDecimal.format(v, decimals)).as("%s", v)
              .isEqualTo(formatter(v, decimals));
        }
      }
    }
  }

  @Example
  void theDefaultLocaleChangesNothing() {
    Locale before = Locale.getDefault();
    try {
      for (String tag : new String[] {"de-DE", "ar-SA", "hi-IN-u-nu-deva", "uk-UA", "fr-CH"}) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        for (double v : new double[] {-1234567.891, 0.5, 1e-7, 98765.4321}) {
          for (int d = 0; d <= FixedDecimal.MAX_DECIMALS; d++) {
            assertThat(FixedDecimal.format(v, d)).as("%s %s %d", tag, v, d)
                .isEqualTo(formatter(v, d));
          }
        }
      }
    } finally {
      Locale.setDefault(before);
    }
  }

  @Example
  void decimalsOutsideTheRangeAreRefused() {
    assertThatThrownBy(() -> FixedDecimal.format(1, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 to 9");
    assertThatThrownBy(() -> FixedDecimal.format(1, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 to 9");
  }
}
