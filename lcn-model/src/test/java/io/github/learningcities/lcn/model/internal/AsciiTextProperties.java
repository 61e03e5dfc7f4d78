package io.github.learningcities.lcn.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The written-out checks of {@link AsciiText} and of the catalog reader's header lines agree
 * with the regular expressions they replaced, on texts made of the characters that decide
 * them: their own, their neighbours in ASCII, non-ASCII letters and digits, and line
 * terminators (which a regular expression's {@code .} does not match).
 */
class AsciiTextProperties {

  /** The characters around every rule: the edges of each ASCII range and their neighbours. */
  private static final String CHARS =
      "az09AZ-.:# `{/@[\n\r\u0085\u2028\u2029\u00e9\u0416\u0663\t";

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars(CHARS).ofMaxLength(12);
  }

  @Provide
  Arbitrary<String> dottedTexts() {
    // Mostly groups and dots, so that the longer valid codes come up as well.
    return Arbitraries.strings().withChars("a9Z.." + CHARS).ofMaxLength(12);
  }

  @Property(tries = 3000)
  void lowerKeysAsTheKindAndHeaderExpressions(@ForAll("texts") String s) {
    assertThat(AsciiText.isLowerKey(s, '-')).isEqualTo(s.matches("[a-z][a-z0-9-]*"));
    assertThat(AsciiText.isLowerKey(s, '.')).isEqualTo(s.matches("[a-z][a-z0-9.-]*"));
  }

  @Property(tries = 3000)
  void dottedCodesAsTheirExpressions(@ForAll("dottedTexts") String s) {
    assertThat(AsciiText.isDotted(s, false, 1, Integer.MAX_VALUE))
        .isEqualTo(s.matches("[0-9A-Za-z]+(\\.[0-9A-Za-z]+)*"));
    assertThat(AsciiText.isDotted(s, true, 1, 3))
        .isEqualTo(s.matches("[0-9]{1,3}(\\.[0-9]{1,3})*"));
  }

  @Property(tries = 3000)
  void lineTerminatorsAreWhatDotDoesNotMatch(@ForAll("texts") String s) {
    assertThat(AsciiText.hasLineTerminator(s)).isEqualTo(!s.matches(".*"));
  }

  @Property(tries = 3000)
  void digitsAsTheDigitClass(@ForAll("texts") String s) {
    assertThat(AsciiText.isDigits(s, 0, s.length())).isEqualTo(s.matches("\\d*"));
    if (s.matches("\\d{1,9}")) {
      assertThat(AsciiText.digits(s, 0, s.length())).isEqualTo(Integer.parseInt(s));
    }
  }

  @Property(tries = 3000)
  void headersAsTheHeaderExpression(@ForAll("headerLines") String line) {
    Matcher m = Pattern.compile("#([a-z][a-z0-9.-]*):(?: (.*))?").matcher(line);
    String[] header = CatalogResourceReader.header(line);
    if (!m.matches()) {
      assertThat(header).isNull();
    } else {
      assertThat(header).containsExactly(m.group(1), m.group(2) == null ? "" : m.group(2));
    }
  }

  @Provide
  Arbitrary<String> headerLines() {
    // A '#' first most of the time, a ':' somewhere, and a space after it now and then.
    return Arbitraries.strings().withChars("#: a" + CHARS).ofMaxLength(14)
        .map(s -> s.startsWith("#") || s.length() % 4 == 0 ? s : "#" + s);
  }

  @Example
  void headersOfTheFormat() {
    assertThat(CatalogResourceReader.header("#format: lcn-catalog/1"))
        .containsExactly("format", "lcn-catalog/1");
    assertThat(CatalogResourceReader.header("#columns.city:")).containsExactly("columns.city", "");
    assertThat(CatalogResourceReader.header("#source: ")).containsExactly("source", "");
    assertThat(CatalogResourceReader.header("#Source: x")).isNull();
    assertThat(CatalogResourceReader.header("#source:x")).isNull();
    assertThat(CatalogResourceReader.header("#: x")).isNull();
    assertThat(CatalogResourceReader.header("source: x")).isNull();
  }

  @Provide
  Arbitrary<String> dates() {
    // The date's shape and its near misses (a sign, a fifth year digit, another separator, a
    // non-ASCII digit), and every day of the calendar's edges written out, with impossible ones.
    Arbitrary<String> shaped = TextShapes.shaped(List.of("dddd-dd-dd", "+dddd-dd-dd",
        "-dddd-dd-dd", "ddddd-dd-dd", "dddd-dd-d", "dddd-dd-ddd", "dddd/dd/dd"), Map.of(
        'd', Arbitraries.of('0', '1', '2', '3', '9', '0', '\u0663', 'x', '-', '+')));
    Arbitrary<String> days = Arbitraries.integers().between(1899, 2101).flatMap(y ->
        Arbitraries.integers().between(0, 13).flatMap(m ->
            Arbitraries.integers().between(0, 32).map(d ->
                String.format(Locale.ROOT, "%04d-%02d-%02d", y, m, d))));
    return Arbitraries.oneOf(shaped, days);
  }

  @Property(tries = 3000)
  void isoDatesAsLocalDateParse(@ForAll("dates") String text) {
    LocalDate expected = null;
    Throwable refused = null;
    try {
      expected = LocalDate.parse(text);
    } catch (RuntimeException e) {
      refused = e;
    }
    LocalDate[] actual = new LocalDate[1];
    Throwable thrown = catchThrowable(() -> actual[0] = AsciiText.isoDate(text));
    if (refused == null) {
      assertThat(thrown).isNull();
      assertThat(actual[0]).isEqualTo(expected);
    } else {
      assertThat(thrown).isInstanceOf(refused.getClass()).hasMessage(refused.getMessage());
    }
  }

  @Example
  void isoDatesOfTheCalendar() {
    assertThat(AsciiText.isoDate("2017-10-27")).isEqualTo(LocalDate.of(2017, 10, 27));
    assertThat(AsciiText.isoDate("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(catchThrowable(() -> AsciiText.isoDate("2023-02-29")))
        .isInstanceOf(java.time.format.DateTimeParseException.class);
  }
}
