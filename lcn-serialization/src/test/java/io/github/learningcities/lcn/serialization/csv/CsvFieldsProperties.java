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
