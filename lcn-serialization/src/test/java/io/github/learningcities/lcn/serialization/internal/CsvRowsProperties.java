package io.github.learningcities.lcn.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.serialization.csv.CsvFields;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link CsvRows} gives what Jackson's CSV reader gave for any text: the same rows, fields,
 * lines and columns, and the same error after the same rows, whether the text is of the plain
 * shape it reads itself or not (then Jackson reads the rest), through any reader chunking.
 */
class CsvRowsProperties {

  /** What a reading gave: every field as text@line:column, rows separated, then any error. */
  private static List<String> outcome(Reading reading) {
    List<String> out = new ArrayList<>();
    try {
      reading.run(fields -> {
        // Numbers and blankness first: a field cut from the row's characters is then read
        // where it is, before its text is made.
        boolean blank = fields.isBlank();
        long[] numbers = new long[fields.size()];
        for (int j = 0; j < fields.size(); j++) {
          numbers[j] = Double.doubleToRawLongBits(fields.decimalOrNaN(j));
        }
        StringBuilder row = new StringBuilder(blank ? "blank row" : "row");
        boolean allBlank = true;
        for (int j = 0; j < fields.size(); j++) {
          String text = fields.text(j);
          allBlank &= text.isBlank();
          assertThat(numbers[j]).as("number of [%s]", text).isEqualTo(
              Double.doubleToRawLongBits(CsvFields.decimalOrNaN(text.trim())));
          row.append(" [").append(text).append("]@").append(fields.line(j))
              .append(':').append(fields.column(j)).append('=').append(numbers[j]);
        }
        assertThat(blank).as(row.toString()).isEqualTo(allBlank);
        out.add(row.toString());
      });
    } catch (IOException | RuntimeException e) {
      out.add(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    return out;
  }

  private interface Reading {
    void run(java.util.function.Consumer<CsvTable.Fields> rows) throws IOException;
  }

  /** A reader that hands out at most a few characters per call. */
  private static Reader trickle(String text, int step) {
    return new Reader() {
      private int next;

      @Override
      public int read(char[] b, int off, int len) {
        if (next >= text.length()) {
          return -1;
        }
        int n = Math.min(Math.min(len, step), text.length() - next);
        text.getChars(next, next + n, b, off);
        next += n;
        return n;
      }

      @Override
      public void close() {}
    };
  }

  private static void sameAsJackson(String text, int step) {
    List<String> jackson = outcome(rows -> CsvTable.jacksonTokens(new StringReader(text), "t.csv",
        rows, true));
    List<String> fast = outcome(rows -> CsvRows.read(new StringReader(text), "t.csv", rows));
    List<String> trickled = outcome(rows -> CsvRows.read(trickle(text, step), "t.csv", rows));

    String shown = text.chars().mapToObj(c -> c < ' ' || c > '~' ? String.format("\\u%04x", c)
        : String.valueOf((char) c)).collect(java.util.stream.Collectors.joining());
    assertThat(fast).as(shown).isEqualTo(jackson);
    assertThat(trickled).as(shown + " in steps of " + step).isEqualTo(jackson);
  }

  @Provide
  Arbitrary<String> csvTexts() {
    Arbitrary<String> cell = Arbitraries.oneOf(
        Arbitraries.strings().withChars("a1.-").ofMaxLength(6),
        Arbitraries.strings().withChars("a ,\"\n\r\t#'=\u00e9\ud834\udd1e").ofMaxLength(6),
        Arbitraries.strings().withChars("ab,\"").ofMaxLength(5).map(s -> "\"" + s + "\""),
        Arbitraries.of("", " ", "\"\"", "\"a\"\"b\"", "\uFEFF", "\u0000", "NA"),
        Arbitraries.of("12", " 12 ", "-1.5e3", "'-5 ", "'-5", "'\t", "'", "''=1", "'1", "NA ",
            "\t7", "1e999", "\u2003", "'\t ", "\"'-5 \"", "\" 3\"", "+.5"));
    Arbitrary<String> line = cell.list().ofMinSize(1).ofMaxSize(5).map(l -> String.join(",", l));
    Arbitrary<String> end = Arbitraries.of("\n", "\r\n", "\n\n", "\r", "");
    return net.jqwik.api.Combinators.combine(line, end).as((l, e) -> l + e).list()
        .ofMaxSize(6).map(l -> String.join("", l));
  }

  @Property(tries = 3000)
  void anyTextReadsAsJacksonReadsIt(@ForAll("csvTexts") String text,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 7) int step) {
    sameAsJackson(text, step);
  }

  @Provide
  Arbitrary<String> plainTables() {
    Arbitrary<String> cell = Arbitraries.oneOf(
        Arbitraries.doubles().between(-1000, 1000).map(Object::toString),
        Arbitraries.strings().alpha().ofMaxLength(12),
        Arbitraries.strings().withChars("ab, \"\u0416").ofMaxLength(8)
            .map(s -> "\"" + s.replace("\"", "\"\"") + "\""),
        Arbitraries.of("", "NA"));
    return cell.list().ofSize(6).map(l -> String.join(",", l)).list().ofMinSize(1)
        .ofMaxSize(3000).map(rows -> String.join("\n", rows) + "\n");
  }

  @Property(tries = 60)
  void largeTablesAcrossBufferRefills(@ForAll("plainTables") String text,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 20_000) int step) {
    sameAsJackson(text, step);
  }

  @Example
  void aRowLongerThanTheBufferAndAFallBackAfterMany() {
    String wide = "a," + "x".repeat(40_000) + ",\"" + "y".repeat(20_000) + "\"\n";
    sameAsJackson(wide + wide, 5000);
    String many = "h1,h2\n" + "1,2\n".repeat(10_000);
    sameAsJackson(many + "3,\"4\"x\n5,6\n", 4096);
    sameAsJackson(many + "3,4\r5,6\n", 777);
    sameAsJackson(many + " 3,4\n#5,6\n", 100_000);
  }
  /**
   * A bare field's scan stops at the first comma, double quote or control character other
   * than a tab, or at the end: checked against that rule written out, on texts that mix the
   * characters around each boundary (the control characters, space, tab, '"', '+', ',', '-').
   */
  @Property(tries = 2000)
  void aBareFieldStopsAtTheFirstCommaQuoteOrControlCharacter(
      @ForAll("fieldCharacters") String text,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 40) int from) {
    char[] chars = text.toCharArray();
    int start = Math.min(from, chars.length);
    int expected = chars.length;
    for (int p = start; p < chars.length; p++) {
      char c = chars[p];
      if (c == ',' || c == '"' || (c < ' ' && c != '\t')) {
        expected = p;
        break;
      }
    }
    assertThat(CsvRows.bareEnd(chars, start, chars.length)).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> fieldCharacters() {
    return Arbitraries.strings().withCharRange('\u0000', '\u002F')
        .withChars("09AZaz\u00E9\u0416\uFEFF\u2003").ofMaxLength(40);
  }
}
