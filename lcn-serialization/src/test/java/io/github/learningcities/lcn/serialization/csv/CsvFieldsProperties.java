package io.github.learningcities.lcn.serialization.csv;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The numbers written read back exactly, the fast parser gives what {@link Double#parseDouble}
 * gives, and neutralising text for spreadsheets is undone exactly by reading and never touches
 * a number.
 */
class CsvFieldsProperties {

  @Provide
  Arbitrary<Double> anyBits() {
    return Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite);
  }

  @Property(tries = 5000)
  void everyWrittenNumberParsesBackToTheSameDouble(@ForAll("anyBits") double v) {
    String text = CsvFields.number(v);

    assertThat(CsvFields.isDecimal(text)).as(text).isTrue();
    assertThat(Double.doubleToLongBits(CsvFields.parseDecimal(text)))
        .as(text).isEqualTo(Double.doubleToLongBits(v));
    assertThat(Double.doubleToLongBits(Double.parseDouble(text)))
        .isEqualTo(Double.doubleToLongBits(v));
  }

  @Property(tries = 3000)
  void parsingGivesWhatDoubleParseDoubleGives(@ForAll("decimals") String text) {
    assertThat(CsvFields.isDecimal(text)).isTrue();
    assertThat(Double.doubleToLongBits(CsvFields.parseDecimal(text)))
        .isEqualTo(Double.doubleToLongBits(Double.parseDouble(text)));
  }

  @Provide
  Arbitrary<String> decimals() {
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(25);
    return net.jqwik.api.Combinators.combine(Arbitraries.of("", "-", "+"), digits, digits,
        Arbitraries.integers().between(-330, 310))
        .as((sign, whole, fraction, exp) -> sign + whole + "." + fraction + "e" + exp);
  }

  @Property(tries = 5000)
  void decimalOrNaNGivesWhatDoubleParseDoubleGives(@ForAll("shortDecimals") String text) {
    assertThat(CsvFields.isDecimal(text)).as(text).isTrue();
    assertThat(Double.doubleToLongBits(CsvFields.decimalOrNaN(text))).as(text)
        .isEqualTo(Double.doubleToLongBits(Double.parseDouble(text)));
  }

  @Property(tries = 3000)
  void decimalOrNaNOnLongDecimals(@ForAll("decimals") String text) {
    assertThat(Double.doubleToLongBits(CsvFields.decimalOrNaN(text))).as(text)
        .isEqualTo(Double.doubleToLongBits(Double.parseDouble(text)));
  }

  @Property(tries = 3000)
  void decimalOrNaNReadsEveryWrittenNumberBack(@ForAll("anyBits") double v) {
    for (String text : new String[] {CsvFields.number(v), Double.toString(v),
        Double.toString(v).replace('E', 'e'), new java.math.BigDecimal(v).toPlainString()}) {
      assertThat(Double.doubleToLongBits(CsvFields.decimalOrNaN(text))).as(text)
          .isEqualTo(Double.doubleToLongBits(Double.parseDouble(text)));
    }
  }

  @Property(tries = 5000)
  void decimalOrNaNIsNaNExactlyWhenTheTextIsNotDecimal(@ForAll("almostNumbers") String text) {
    double v = CsvFields.decimalOrNaN(text);

    assertThat(Double.isNaN(v)).as(text).isEqualTo(!CsvFields.isDecimal(text));
    if (!Double.isNaN(v)) {
      assertThat(Double.doubleToLongBits(v)).as(text)
          .isEqualTo(Double.doubleToLongBits(Double.parseDouble(text)));
    }
  }

  /** Numbers of up to 18 digits and small exponents: both sides of the fast path's limits. */
  @Provide
  Arbitrary<String> shortDecimals() {
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(10);
    Arbitrary<String> mantissas = Arbitraries.oneOf(
        Arbitraries.longs().between(0, 1L << 54).map(String::valueOf),
        Arbitraries.longs().between((1L << 53) - 1000, (1L << 53) + 1000).map(String::valueOf),
        Arbitraries.longs().between(0, 999_999_999_999_999_999L).map(String::valueOf));
    return net.jqwik.api.Combinators.combine(Arbitraries.of("", "-", "+"), mantissas, digits,
        Arbitraries.integers().between(0, 3), Arbitraries.integers().between(-30, 30))
        .as((sign, m, more, form, exp) -> {
          String body = m + more;
          int point = Math.min(body.length(), Math.abs(exp) % (body.length() + 1));
          String withPoint = body.substring(0, point) + "." + body.substring(point);
          return switch (form) {
            case 0 -> sign + body;
            case 1 -> sign + withPoint;
            case 2 -> sign + body + "e" + exp;
            default -> sign + withPoint + "E" + (exp >= 0 ? "+" : "") + exp;
          };
        })
        .filter(CsvFields::isDecimal);
  }

  /**
   * A number read where it lies among other characters (as the table reader parses a field in
   * its row) reads as the text alone does; characters around it are never taken in.
   */
  @Property(tries = 2000)
  void decimalOrNaNOfARangeIsThatOfItsText(
      @ForAll("rangeTexts") String text, @ForAll("surroundings") String before,
      @ForAll("surroundings") String after) {
    char[] row = (before + text + after).toCharArray();
    double v = CsvFields.decimalOrNaN(row, before.length(), before.length() + text.length());

    double expected = CsvFields.isDecimal(text) ? Double.parseDouble(text) : Double.NaN;
    assertThat(Double.doubleToLongBits(v)).as("[%s]%s[%s]", before, text, after)
        .isEqualTo(Double.doubleToLongBits(expected));
  }

  @Provide
  Arbitrary<String> rangeTexts() {
    return Arbitraries.oneOf(shortDecimals(), decimals(), almostNumbers(),
        anyBits().map(CsvFields::number));
  }

  @Provide
  Arbitrary<String> surroundings() {
    return Arbitraries.strings().withChars("0123456789.eE+-, \"x").ofMaxLength(4);
  }

  @Example
  void decimalOrNaNOfARangeChecksTheRange() {
    char[] chars = "12".toCharArray();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CsvFields.decimalOrNaN(chars, 1, 3))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(CsvFields.decimalOrNaN(chars, 1, 1)).isNaN();
    assertThat(CsvFields.decimalOrNaN(chars, 1, 2)).isEqualTo(2.0);
  }

  @Provide
  Arbitrary<String> almostNumbers() {
    return Arbitraries.strings().withChars("0123456789.eE+- xN").ofMaxLength(12);
  }

  @Example
  void decimalOrNaNAtTheFastPathsEdges() {
    for (String text : new String[] {"9007199254740992", "9007199254740993", "9007199254740991e22",
        "9007199254740993e-22", "1e22", "1e23", "1e-22", "1e-23", "0e999", "-0", "-0.0", "+0",
        "0.1", "0.3", "123456789012345678", "1.7976931348623157e308", "1.8e308", "4.9e-324",
        "2.4703282292062328e-324", "2.4703282292062327e-324", "00000000000000000000001",
        "1.", ".5", "-.5e-3", "99999999999999999999e-20", "1e2147483648", "1e-2147483648"}) {
      assertThat(Double.doubleToLongBits(CsvFields.decimalOrNaN(text))).as(text)
          .isEqualTo(Double.doubleToLongBits(Double.parseDouble(text)));
    }
    for (String text : new String[] {"", ".", "+", "-", "e5", "1e", "1e+", "1.2.3", " 1", "1 ",
        "NaN", "Infinity", "0x1p3", "1d", "1f", "--1", "1e5.5"}) {
      assertThat(CsvFields.decimalOrNaN(text)).as(text).isNaN();
    }
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("=+-@\t\r'a1. ,\"").ofMaxLength(8);
  }

  @Property(tries = 3000)
  void restoreUndoesNeutralise(@ForAll("texts") String text) {
    assertThat(CsvFields.restore(CsvFields.neutralise(text))).isEqualTo(text);
  }

  @Property(tries = 3000)
  void aNeutralisedTextIsNeverAFormulaAndNumbersAreLeftAlone(@ForAll("texts") String text) {
    String written = CsvFields.neutralise(text);

    assertThat(CsvFields.isFormula(written)).isFalse();
    if (CsvFields.isDecimal(text) || !CsvFields.isFormula(text) && !text.startsWith("'")) {
      assertThat(written).isEqualTo(text);
    }
  }

  @Property(tries = 2000)
  void numbersAreNeverNeutralised(@ForAll("anyBits") double v) {
    String text = CsvFields.number(v);

    assertThat(CsvFields.neutralise(text)).isEqualTo(text);
    assertThat(CsvFields.restore(text)).isEqualTo(text);
  }

  @Example
  void formulasGetAnApostropheAndNegativeNumbersStayNumbers() {
    assertThat(CsvFields.neutralise("=1+2")).isEqualTo("'=1+2");
    assertThat(CsvFields.neutralise("+cmd")).isEqualTo("'+cmd");
    assertThat(CsvFields.neutralise("-2+3")).isEqualTo("'-2+3");
    assertThat(CsvFields.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvFields.neutralise("\tx")).isEqualTo("'\tx");
    assertThat(CsvFields.neutralise("\rx")).isEqualTo("'\rx");
    assertThat(CsvFields.neutralise("-3.5")).isEqualTo("-3.5");
    assertThat(CsvFields.neutralise("-1.0E-5")).isEqualTo("-1.0E-5");
    assertThat(CsvFields.neutralise("'=x")).isEqualTo("''=x");
    assertThat(CsvFields.neutralise("'x")).isEqualTo("'x");
    assertThat(CsvFields.restore("'=x")).isEqualTo("=x");
    assertThat(CsvFields.restore("'x")).isEqualTo("'x");
    assertThat(CsvFields.restore("'-3")).isEqualTo("'-3");
  }

  @Example
  void aLongTextIsAbbreviatedWithItsLength() {
    assertThat(CsvFields.abbreviate("x".repeat(60))).isEqualTo("x".repeat(60));
    assertThat(CsvFields.abbreviate("y".repeat(100_000)))
        .isEqualTo("y".repeat(40) + "... (100000 characters)");
  }
}
