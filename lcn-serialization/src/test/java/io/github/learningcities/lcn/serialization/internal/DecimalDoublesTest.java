package io.github.learningcities.lcn.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * The table of powers of five recomputed with BigInteger, entry by entry, and the algorithm's
 * answers on numbers whose double is known by construction.
 */
class DecimalDoublesTest {
  private static final BigInteger MASK_64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  @Test
  void everyPowerOfFiveIsRecomputedExactly() {
    long[] table = DecimalDoubles.powersOfFive();

    assertThat(table).hasSize(2 * (DecimalDoubles.MAX_POWER - DecimalDoubles.MIN_POWER + 1));
    for (int q = DecimalDoubles.MIN_POWER; q <= DecimalDoubles.MAX_POWER; q++) {
      BigInteger expected = truncatedPowerOfFive(q);
      int i = 2 * (q - DecimalDoubles.MIN_POWER);
      BigInteger entry = unsigned(table[i]).shiftLeft(64).or(unsigned(table[i + 1]));
      assertThat(entry).as("5^%d", q).isEqualTo(expected);
    }
  }

  /**
   * Each entry is within one unit of the exact 5<sup>q</sup> scaled into [2<sup>127</sup>,
   * 2<sup>128</sup>): a check that does not repeat the table's own recipe.
   */
  @Test
  void everyEntryIsWithinOneUnitOfTheExactScaledPower() {
    long[] table = DecimalDoubles.powersOfFive();
    for (int q = DecimalDoubles.MIN_POWER; q <= DecimalDoubles.MAX_POWER; q++) {
      int i = 2 * (q - DecimalDoubles.MIN_POWER);
      BigInteger entry = unsigned(table[i]).shiftLeft(64).or(unsigned(table[i + 1]));
      // entry / 2^s approximates 5^q, with s chosen so that entry has 128 bits.
      BigInteger five = BigInteger.valueOf(5).pow(Math.abs(q));
      int s = q >= 0 ? 128 - five.bitLength() : 127 + five.bitLength();
      // |entry - 5^q * 2^s| < 1, i.e. |entry * den - num| < den.
      BigInteger num = q >= 0 ? shift(five, Math.max(0, s)) : BigInteger.ONE.shiftLeft(s);
      BigInteger den = q >= 0 ? (s >= 0 ? BigInteger.ONE : BigInteger.ONE.shiftLeft(-s)) : five;
      BigInteger error = entry.multiply(den).subtract(num).abs();
      assertThat(entry.bitLength()).as("5^%d", q).isEqualTo(128);
      assertThat(error.compareTo(den)).as("5^%d", q).isLessThan(0);
    }
  }

  @Test
  void knownValues() {
    assertThat(DecimalDoubles.nearest(390_799_991_147_468L, -12, false))
        .isEqualTo(390.799991147468);
    assertThat(DecimalDoubles.nearest(35_369_729_833_333_331L, -15, true))
        .isEqualTo(-35.369729833333331);
    assertThat(DecimalDoubles.nearest(-1L, 0, false)).isEqualTo(18446744073709551615.0);
    assertThat(DecimalDoubles.nearest(17_976_931_348_623_157L, 292, false))
        .isEqualTo(Double.MAX_VALUE);
    assertThat(Double.doubleToRawLongBits(DecimalDoubles.nearest(0, 5, true)))
        .isEqualTo(Double.doubleToRawLongBits(-0.0));
    assertThat(DecimalDoubles.nearest(1, 309, true)).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(Double.doubleToRawLongBits(DecimalDoubles.nearest(
        Long.parseUnsignedLong("9999999999999999999"), -343, true)))
        .isEqualTo(Double.doubleToRawLongBits(-0.0));
    // 2^53 + 1 lies halfway between two doubles: the algorithm leaves it to Double.parseDouble.
    assertThat(DecimalDoubles.nearest((1L << 53) + 1, 0, false)).isNaN();
    // A subnormal result is left to Double.parseDouble too.
    assertThat(DecimalDoubles.nearest(49, -325, false)).isNaN();
  }

  private static BigInteger truncatedPowerOfFive(int q) {
    if (q >= 0) {
      BigInteger p = BigInteger.valueOf(5).pow(q);
      return shift(p, 128 - p.bitLength());
    }
    BigInteger p = BigInteger.valueOf(5).pow(-q);
    int z = p.bitLength();
    if (q >= -27) {
      return BigInteger.ONE.shiftLeft(z + 127).divide(p).add(BigInteger.ONE);
    }
    BigInteger c = BigInteger.ONE.shiftLeft(2 * z + 128).divide(p).add(BigInteger.ONE);
    return c.shiftRight(Math.max(0, c.bitLength() - 128));
  }

  private static BigInteger shift(BigInteger v, int s) {
    return s >= 0 ? v.shiftLeft(s) : v.shiftRight(-s);
  }

  private static BigInteger unsigned(long v) {
    return BigInteger.valueOf(v).and(MASK_64);
  }
}
