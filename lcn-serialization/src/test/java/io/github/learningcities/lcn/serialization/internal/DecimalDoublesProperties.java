package io.github.learningcities.lcn.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The algorithm answers either the double of {@link Double#parseDouble} or NaN (undecided), and
 * decides the numbers that tables hold: the shortest text of every normal double.
 */
class DecimalDoublesProperties {

  @Property(tries = 10_000)
  void answersTheDoubleOfParseDoubleOrNothing(@ForAll long significand,
      @ForAll @IntRange(min = -360, max = 330) int power, @ForAll boolean negative) {
    String text = (negative ? "-" : "") + Long.toUnsignedString(significand) + "e" + power;
    double v = DecimalDoubles.nearest(significand, power, negative);

    if (!Double.isNaN(v)) {
      assertThat(Double.doubleToRawLongBits(v)).as(text)
          .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
    }
  }

  @Property(tries = 10_000)
  void decidesTheShortestTextOfEveryNormalDouble(@ForAll("normalDoubles") double v) {
    BigDecimal shortest = new BigDecimal(Double.toString(v)).stripTrailingZeros();
    long significand = shortest.unscaledValue().longValueExact();
    double parsed = DecimalDoubles.nearest(significand, -shortest.scale(), false);

    assertThat(Double.doubleToRawLongBits(parsed)).as(shortest.toString())
        .isEqualTo(Double.doubleToRawLongBits(v));
  }

  @Provide
  Arbitrary<Double> normalDoubles() {
    return Arbitraries.longs().between(0x0010_0000_0000_0000L, 0x7FEF_FFFF_FFFF_FFFFL)
        .map(Double::longBitsToDouble);
  }
}
