package io.github.learningcities.lcn.serialization.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link CsvFields#decimalOrNaN(char[], int, int)} gives bit for bit the double of {@link
 * Double#parseDouble} on the numbers that leave Clinger's fast path: 15 to 20 significant
 * digits, long digit strings with any point and exponent, halfway points between two doubles
 * and their neighbours, the edges of the double range, powers of ten, runs of zeros and nines.
 */
class DecimalParsingProperties {

  @Provide
  Arbitrary<Double> finiteDoubles() {
    return Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite);
  }

  @Property(tries = 3000)
  void doublesWrittenTo15To20SignificantDigits(
      @ForAll("finiteDoubles") double v, @ForAll @IntRange(min = 15, max = 20) int digits) {
    BigDecimal exact = new BigDecimal(v);
    List<String> texts = new ArrayList<>();
    texts.add(Double.toString(v));
    for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_EVEN, RoundingMode.DOWN,
        RoundingMode.UP}) {
      BigDecimal rounded = exact.round(new MathContext(digits, mode));
      texts.add(rounded.toString());
      if (Math.abs(rounded.scale()) < 400) {
        texts.add(rounded.toPlainString());
      }
    }
    for (String text : texts) {
      assertParsesAsJavaDoes(text);
    }
  }

  @Property(tries = 5000)
  void digitStringsWithAnyPointAndExponent(@ForAll("digitStrings") String text) {
    assertParsesAsJavaDoes(text);
  }

  @Provide
  Arbitrary<String> digitStrings() {
    Arbitrary<String> digits = Arbitraries.oneOf(
        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(40),
        Arbitraries.strings().withChars("09").ofMinLength(1).ofMaxLength(40),
        Arbitraries.strings().numeric().ofMinLength(15).ofMaxLength(20));
    return Combinators.combine(Arbitraries.of("", "-", "+"), digits,
        Arbitraries.integers().between(-1, 40), Arbitraries.integers().between(-400, 400),
        Arbitraries.of("", "e", "E", "e+"))
        .as((sign, body, point, exp, marker) -> {
          String number = point < 0 || point > body.length() ? body
              : body.substring(0, point) + "." + body.substring(point);
          if (marker.isEmpty()) {
            return sign + number;
          }
          return sign + number + (marker.equals("e+") && exp >= 0 ? "e+" : marker.substring(0, 1))
              + exp;
        });
  }

  /**
   * The exact midpoint between a double and the next one up, written out in full, and the
   * numbers one unit of its last digit above and below, and its first 17 to 19 digits rounded
   * either way: the inputs where a truncated product cannot decide.
   */
  @Property(tries = 2000)
  void halfwayPointsAndTheirNeighbours(@ForAll("finiteDoubles") double v) {
    double a = Math.abs(v);
    if (a == Double.MAX_VALUE) {
      return;
    }
    for (String text : aroundMidpoint(a)) {
      assertParsesAsJavaDoes(text);
      assertParsesAsJavaDoes("-" + text);
    }
  }

  @Property(tries = 1000)
  void halfwayPointsOfIntegersAndShortDecimals(
      @ForAll @IntRange(min = 0, max = 1 << 20) int k, @ForAll @IntRange(min = -30, max = 40)
      int scale) {
    // Doubles whose midpoints have few digits: 2^53 + odd numbers, and nearby scaled values.
    double v = Math.scalb((double) ((1L << 52) + k), scale);
    for (String text : aroundMidpoint(v)) {
      assertParsesAsJavaDoes(text);
    }
  }

  @Example
  void aroundTheEdgesOfTheDoubleRange() {
    for (double edge : new double[] {Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE}) {
      double v = edge;
      for (int i = 0; i < 40; i++) {
        v = Math.nextDown(v);
      }
      for (int i = 0; i < 80 && v < Double.POSITIVE_INFINITY; i++, v = Math.nextUp(v)) {
        if (v <= 0) {
          continue;
        }
        for (int digits = 15; digits <= 20; digits++) {
          assertParsesAsJavaDoes(new BigDecimal(v).round(new MathContext(digits)).toString());
        }
        assertParsesAsJavaDoes(Double.toString(v));
        assertParsesAsJavaDoes("-" + Double.toString(v));
        if (v < Double.MAX_VALUE) {
          for (String text : aroundMidpoint(v)) {
            assertParsesAsJavaDoes(text);
          }
        }
      }
    }
    for (String text : new String[] {"4.9e-324", "2.4703282292062327e-324",
        "2.4703282292062328e-324",
        "2.4703282292062327208828439643411068618252990130716238221279e-324",
        "2.2250738585072011e-308", "2.2250738585072012e-308", "2.2250738585072013e-308",
        "2.2250738585072014e-308", "1.7976931348623157e308", "1.7976931348623158e308",
        "1.7976931348623159e308", "17976931348623158079e288", "1.797693134862315807e308",
        "9999999999999999999e289", "1e309", "-1e309", "1e-400", "-1e-400", "0e400"}) {
      assertParsesAsJavaDoes(text);
    }
  }

  @Example
  void powersOfTen() {
    for (int q = -400; q <= 400; q++) {
      for (String m : new String[] {"1", "9999999999999999999", "18446744073709551615", "5",
          "1000000000000000000", "0.1", "123456789012345678"}) {
        assertParsesAsJavaDoes(m + "e" + q);
        assertParsesAsJavaDoes("-" + m + "E" + q);
      }
    }
  }

  @Example
  void runsOfZerosAndNines() {
    for (int n = 1; n <= 45; n++) {
      String zeros = "0".repeat(n);
      String nines = "9".repeat(n);
      for (String text : new String[] {nines, "0." + nines, nines + ".5", "1" + zeros,
          "0." + zeros + "1", zeros + "1", zeros + "1." + zeros, "0." + zeros + "12345678901234567",
          zeros + "12345678901234567890", "1." + zeros + "1", "1" + zeros + "1", zeros,
          "0." + zeros, zeros + "." + zeros + "e5", nines + "e-" + n, "0." + nines + "e308",
          "0." + zeros + nines + "e-290", zeros + "4.9e-324", "9." + nines + "e307",
          zeros + "390.799991147468", zeros + "35.369729833333331"}) {
        assertParsesAsJavaDoes(text);
        assertParsesAsJavaDoes("+" + text);
        assertParsesAsJavaDoes("-" + text);
      }
    }
  }

  /** Huge counts of leading zeros with an exponent that makes up for them. */
  @Example
  void leadingZerosBalancedByTheExponent() {
    String zeros = "0".repeat(200_000);
    for (String text : new String[] {"0." + zeros + "1e200001", "0." + zeros + "1e200000",
        "0." + zeros + "17976931348623157e200309", "0." + zeros + "49e199678",
        "0." + zeros + "1e1000000000", "0." + zeros + "1e-1000000000", zeros + "1e-5"}) {
      assertParsesAsJavaDoes(text);
    }
  }

  /** The numbers of real tables that used to take the general parser. */
  @Example
  void valuesOfRealTables() {
    for (String text : new String[] {"390.799991147468", "35.369729833333331",
        "0.33333333333333331", "66.666666666666671", "-12.345678901234567", "1.0E-5",
        "7.2057594037927936E16", "123456789012345678", "0.1234567890123456789"}) {
      assertParsesAsJavaDoes(text);
    }
  }

  private static List<String> aroundMidpoint(double a) {
    BigDecimal mid = new BigDecimal(a).add(new BigDecimal(Math.nextUp(a)))
        .divide(BigDecimal.valueOf(2));
    BigDecimal unit = BigDecimal.ONE.movePointLeft(mid.scale());
    List<String> texts = new ArrayList<>();
    texts.add(mid.toString());
    texts.add(mid.add(unit).toString());
    texts.add(mid.subtract(unit).toString());
    if (Math.abs(mid.scale()) < 400) {
      texts.add(mid.toPlainString());
    }
    for (int digits = 17; digits <= 19; digits++) {
      texts.add(mid.round(new MathContext(digits, RoundingMode.DOWN)).toString());
      texts.add(mid.round(new MathContext(digits, RoundingMode.UP)).toString());
    }
    return texts;
  }

  private static void assertParsesAsJavaDoes(String text) {
    long expected = Double.doubleToRawLongBits(Double.parseDouble(text));
    assertThat(CsvFields.isDecimal(text)).as(text).isTrue();
    assertThat(Double.doubleToRawLongBits(CsvFields.decimalOrNaN(text))).as(text)
        .isEqualTo(expected);
    char[] row = ("9," + text + ",9").toCharArray();
    assertThat(Double.doubleToRawLongBits(CsvFields.decimalOrNaN(row, 2, 2 + text.length())))
        .as(text).isEqualTo(expected);
  }
}
