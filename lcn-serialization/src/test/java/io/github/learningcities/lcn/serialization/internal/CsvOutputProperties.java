package io.github.learningcities.lcn.serialization.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.serialization.csv.CsvFields;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link CsvOutput} writes the bytes that the routines it replaces wrote: {@link
 * Double#toString} and {@link Long#toString} through an {@code OutputStreamWriter} in UTF-8,
 * over random bits, doubles in [0, 100], integers, subnormals, powers of two and the cases
 * where Java 17's {@code Double.toString} is not the shortest text (JDK-4511638), and text of
 * any characters, lone surrogates included, whichever buffer boundary they meet. (A table's
 * texts are always followed by a separator or a line end, so a writer's habit of joining a high
 * surrogate at the end of one write with a low one at the start of the next never arises.)
 */
class CsvOutputProperties {

  /** What the replaced write path gave: the text through an OutputStreamWriter in UTF-8. */
  private static byte[] throughWriter(List<String> parts) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Writer w = new OutputStreamWriter(bytes, UTF_8);
    for (String p : parts) {
      w.write(p);
      w.write(',');
    }
    w.flush();
    return bytes.toByteArray();
  }

  private static byte[] doubles(double[] vs, boolean lowerCase) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CsvOutput out = CsvOutput.to(bytes);
    for (double v : vs) {
      out.javaDouble(v, lowerCase).put(',');
    }
    out.flush();
    return bytes.toByteArray();
  }

  private static void writesWhatDoubleToStringGives(double v) throws IOException {
    assertThat(new String(doubles(new double[] {v}, false), UTF_8))
        .isEqualTo(Double.toString(v) + ",");
    assertThat(new String(doubles(new double[] {v}, true), UTF_8))
        .isEqualTo(Double.toString(v).replace('E', 'e') + ",");
  }

  @Provide
  Arbitrary<Double> anyBits() {
    return Arbitraries.longs().map(Double::longBitsToDouble);
  }

  @Provide
  Arbitrary<Double> scores() {
    return Arbitraries.doubles().between(0, 100);
  }

  @Provide
  Arbitrary<Double> subnormals() {
    return Arbitraries.longs().between(1, (1L << 52) - 1).map(Double::longBitsToDouble)
        .flatMap(v -> Arbitraries.of(v, -v));
  }

  @Provide
  Arbitrary<Double> powersOfTwo() {
    return Arbitraries.integers().between(-1074, 1023).map(e -> Math.scalb(1.0, e));
  }

  @Provide
  Arbitrary<Double> integers() {
    return Arbitraries.longs().between(-(1L << 53), 1L << 53).map(l -> (double) l);
  }

  /** Random bits, [0, 100], subnormals, powers of two and integers, in equal shares. */
  @Provide
  Arbitrary<Double> doubles() {
    return Arbitraries.oneOf(anyBits(), scores(), subnormals(), powersOfTwo(), integers());
  }

  @Property(tries = 12000)
  void writesWhatDoubleToStringGivesOnTheRunningJava(@ForAll("doubles") double v)
      throws IOException {
    writesWhatDoubleToStringGives(v);
  }

  /** Thousands of numbers in a row: every buffer boundary a number can meet. */
  @Property(tries = 30)
  void aLongRunOfDoublesIsWhatDoubleToStringGivesAcrossTheBuffer(
      @ForAll("doubles") double first, @ForAll("doubles") double step) throws IOException {
    double[] vs = new double[6000];
    StringBuilder lower = new StringBuilder();
    StringBuilder upper = new StringBuilder();
    for (int i = 0; i < vs.length; i++) {
      vs[i] = i % 3 == 0 ? first * i : i % 3 == 1 ? step / i : Math.scalb(first, -i % 1100);
      upper.append(Double.toString(vs[i])).append(',');
      lower.append(Double.toString(vs[i]).replace('E', 'e')).append(',');
    }
    assertThat(new String(doubles(vs, false), UTF_8)).isEqualTo(upper.toString());
    assertThat(new String(doubles(vs, true), UTF_8)).isEqualTo(lower.toString());
  }

  @Example
  void theCasesWhereJava17IsNotTheShortest() throws IOException {
    // JDK-4511638 and its companions: 2^-24 and friends, 2.0E-3, 1.0E23, the extremes.
    for (double v : new double[] {Math.scalb(1.0, -24), 2.0E-3, 1.0E23, 8.41E21, 2.82879384806159E17,
        1.387364135037754E18, 1.45800632428665E17, 1.9400994884341945E25, 5.684341886080802E-14,
        9.9E-324, 4.9E-324, Double.MIN_NORMAL, Double.MAX_VALUE, -0.0, 0.0, Double.NaN,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.0E-5, 1.0E7, 9999999.999999998}) {
      writesWhatDoubleToStringGives(v);
    }
  }

  @Property(tries = 3000)
  void integersAsLongToString(@ForAll long v) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CsvOutput out = CsvOutput.to(bytes);
    out.integer(v).integer(0).integer(-7);
    out.flush();
    assertThat(bytes.toString(UTF_8)).isEqualTo(v + "0-7");
  }

  @Example
  void integerExtremes() throws IOException {
    for (long v : new long[] {Long.MIN_VALUE, Long.MAX_VALUE, -1, 9, 10, 99, 100,
        999_999_999_999_999L, Integer.MAX_VALUE, Integer.MAX_VALUE + 1L, Integer.MIN_VALUE,
        -Integer.MAX_VALUE - 2L}) {
      integersAsLongToString(v);
    }
    // Every power of ten and its neighbours: the digit count and the int/long boundary.
    long p = 1;
    for (int k = 0; k <= 18; k++, p *= 10) {
      for (long v : new long[] {p - 1, p, p + 1, -p, -p + 1, -p - 1}) {
        integersAsLongToString(v);
      }
    }
  }

  @Provide
  Arbitrary<List<String>> texts() {
    Arbitrary<String> text = Arbitraries.oneOf(
        Arbitraries.strings().ascii().ofMaxLength(40),
        Arbitraries.strings().all().ofMaxLength(40),
        Arbitraries.strings().withChars("a,\"\n\r=+-@'\u00e9\u0416\u4e2d\ud834\udd1e\ud800\udc00")
            .ofMaxLength(20),
        Arbitraries.strings().withCharRange('\ud800', '\udfff').ofMaxLength(5));
    return text.list().ofMaxSize(3000);
  }

  @Property(tries = 300)
  void textIsEncodedAsAnOutputStreamWriterEncodesIt(@ForAll("texts") List<String> parts)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CsvOutput out = CsvOutput.to(bytes);
    for (String p : parts) {
      out.text(p).put(',');
    }
    out.flush();

    assertThat(bytes.toByteArray()).isEqualTo(throughWriter(parts));
  }

  @Property(tries = 300)
  void everyWriteGivesTheSameTextToAWriterAsToAStream(@ForAll("texts") List<String> parts)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringWriter chars = new StringWriter();
    StringWriter few = new StringWriter();
    CsvOutput a = CsvOutput.to(bytes);
    CsvOutput b = CsvOutput.to(chars);
    CsvOutput c = CsvOutput.small(few);
    for (CsvOutput out : List.of(a, b, c)) {
      for (String p : parts) {
        out.field(p).put(',').bytes(CsvOutput.utf8(p)).put('\u00e9').integer(p.length())
            .javaDouble(p.length() / 7.0, true).put('\n');
      }
      out.flush();
    }

    assertThat(chars.toString()).isEqualTo(bytes.toString(UTF_8));
    assertThat(few.toString()).isEqualTo(bytes.toString(UTF_8));
  }

  /**
   * Whole UTF-8 text handed over as bytes cut anywhere, even inside a character (blocks of a
   * table formatted elsewhere, written in parts): a character stream gets the text (a cut
   * character is held back until the rest of it comes), whatever the cuts and the buffer.
   */
  @Property(tries = 300)
  void bytesCutInsideACharacterGiveAWriterTheWholeText(@ForAll("texts") List<String> parts,
      @ForAll("cuts") List<Integer> cuts) throws IOException {
    String text = String.join("\u20AC|\uD83D\uDE00", parts) + "\u00E9";
    // Its UTF-8 bytes (a lone surrogate as '?'): whole characters, cut below at random.
    byte[] utf8 = CsvOutput.utf8(text);
    for (boolean small : new boolean[] {false, true}) {
      StringWriter chars = new StringWriter();
      CsvOutput out = small ? CsvOutput.small(chars) : CsvOutput.to(chars);
      int at = 0;
      for (int cut : cuts) {
        int n = Math.min(cut, utf8.length - at);
        out.bytes(utf8, at, n);
        at += n;
      }
      out.bytes(utf8, at, utf8.length - at);
      out.flush();
      assertThat(chars.toString()).isEqualTo(new String(utf8, UTF_8));
    }
  }

  @Example
  void aLargeBlockOfThreeByteCharactersReachesAWriterWhole() throws IOException {
    // 65,536 bytes of 3-byte characters end inside one, as a 64 KB block of them does.
    byte[] utf8 = CsvOutput.utf8("\u20AC".repeat(50_000));
    StringWriter chars = new StringWriter();
    CsvOutput out = CsvOutput.to(chars);
    out.bytes(utf8, 0, 1 << 16).bytes(utf8, 1 << 16, 1 << 16).bytes(utf8, 2 << 16,
        utf8.length - (2 << 16));
    out.flush();
    assertThat(chars.toString()).isEqualTo("\u20AC".repeat(50_000));
  }

  @Example
  void wholeCharactersEndBeforeALeadByteWhoseSequenceIsCutShort() {
    byte[] b = CsvOutput.utf8("a\u00E9\u20AC\uD83D\uDE00");
    // a(1) é(2) €(3) 😀(4): the ends of whole characters are 0, 1, 3, 6 and 10.
    int[] expected = {0, 1, 1, 3, 3, 3, 6, 6, 6, 6, 10};
    for (int length = 0; length <= b.length; length++) {
      assertThat(CsvOutput.wholeCharacters(b, length)).as("%d bytes", length)
          .isEqualTo(expected[length]);
    }
  }

  @Provide
  Arbitrary<List<Integer>> cuts() {
    return Arbitraries.integers().between(0, 200).list().ofMaxSize(30);
  }

  @Property(tries = 2000)
  void aFieldIsNeutralisedAndQuotedOnlyWhereRfc4180NeedsIt(@ForAll("texts") List<String> parts) {
    for (String text : parts) {
      String s = CsvFields.neutralise(text);
      boolean special = s.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
      String expected = special ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
      assertThat(CsvOutput.quoted(text)).isEqualTo(expected);
    }
  }
}
