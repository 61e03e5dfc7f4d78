package io.github.learningcities.lcn.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.serialization.csv.CsvFields;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.dataformat.csv.CsvFactory;

/**
 * The library's tables ({@link CsvTable#writer}) are written by {@link CsvOutput}'s
 * {@link CsvOutput.Quoting#CAUTIOUS} rule character for character as Jackson's CSV generator
 * wrote them before (kept here as the oracle, configured as the writer was): over texts of any
 * characters (separators, quotes, line ends, control characters, spaces, backslashes, formula
 * triggers, apostrophes, non-ASCII letters, lone surrogates), of any length around the 24
 * characters where Jackson stops looking and quotes, in rows of any width, empty rows and
 * empty documents included.
 */
class CsvQuotingProperties {
  private static final CsvFactory JACKSON = CsvFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  /** The replaced writer: Jackson's CSV generator, fields neutralised first. */
  private static String jackson(List<List<String>> rows) {
    StringWriter out = new StringWriter();
    JsonGenerator g = JACKSON.createGenerator(ObjectWriteContext.empty(), out);
    g.writeStartArray();
    for (List<String> row : rows) {
      g.writeStartArray();
      for (String field : row) {
        g.writeString(CsvFields.neutralise(field));
      }
      g.writeEndArray();
    }
    g.writeEndArray();
    g.close();
    return out.toString();
  }

  private static String written(List<List<String>> rows) throws IOException {
    StringWriter out = new StringWriter();
    CsvTable.write(out, rows);
    return out.toString();
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<Character> edgy = Arbitraries.of(',', '"', '\n', '\r', '\t', ' ', '#', '\\',
        '\'', '=', '+', '-', '@', '.', 'e', 'E', '0', '7', 'a', 'Z', '!', '*', '/', ';', '~',
        '\u0000', '\u001f', '\u007f', '\u00a0', '\u00e9', '\u0416', '\u2028', '\ud83d',
        '\ude00');
    Arbitrary<Character> any = Arbitraries.chars();
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, edgy), net.jqwik.api.Tuple.of(1, any))
        .list().ofMaxSize(40).map(cs -> {
          StringBuilder sb = new StringBuilder(cs.size());
          cs.forEach(sb::append);
          return sb.toString();
        });
  }

  @Provide
  Arbitrary<List<List<String>>> tables() {
    return texts().list().ofMaxSize(6).list().ofMaxSize(8);
  }

  @Property(tries = 3000)
  void aTableIsWrittenAsJacksonWroteIt(@ForAll("tables") List<List<String>> rows)
      throws IOException {
    assertThat(written(rows)).isEqualTo(jackson(rows));
  }

  @Property(tries = 3000)
  void aFieldIsQuotedAsJacksonQuotedIt(@ForAll("texts") String text) {
    assertThat(CsvOutput.quoted(text, CsvOutput.Quoting.CAUTIOUS) + "\n")
        .isEqualTo(jackson(List.of(List.of(text))));
  }

  @Example
  void theCautiousRuleQuotesLongTextsSpacesPunctuationAndBackslashes() {
    List<String> texts = List.of("", "abc", "abcdefghijklmnopqrstuvwx", "abcdefghijklmnopqrstuvwxy",
        "a b", "a\tb", "#1", "x\\y", "a;b", "=1+2", "-1.5", "Мелітополь", "say \"hi\"");
    List<String> fields = new ArrayList<>();
    for (String t : texts) {
      fields.add(CsvOutput.quoted(t, CsvOutput.Quoting.CAUTIOUS));
    }
    assertThat(fields).containsExactly("", "abc", "abcdefghijklmnopqrstuvwx",
        "\"abcdefghijklmnopqrstuvwxy\"", "\"a b\"", "\"a\tb\"", "\"#1\"", "\"x\\y\"", "a;b",
        "\"'=1+2\"", "-1.5", "Мелітополь", "\"say \"\"hi\"\"\"");
    assertThat(CsvOutput.quoted("a b")).isEqualTo("a b");
    assertThat(CsvOutput.quoted("=1+2")).isEqualTo("'=1+2");
  }

  @Example
  void rowsGoToTheTargetUnchangedAndTheTargetIsFlushedNotClosed() throws IOException {
    StringBuilder seen = new StringBuilder();
    boolean[] state = new boolean[2];
    Writer target = new Writer() {
      @Override
      public void write(char[] cbuf, int off, int len) {
        assertThat(state[1]).isFalse();
        seen.append(cbuf, off, len);
      }

      @Override
      public void flush() {
        state[0] = true;
      }

      @Override
      public void close() {
        state[1] = true;
      }
    };
    List<String> row = List.of("\ud83d", "x".repeat(5000), "a,b");
    try (CsvTable.RowWriter w = CsvTable.writer(target)) {
      w.row(row);
      w.row(row);
    }
    assertThat(seen.toString()).isEqualTo(jackson(List.of(row, row)));
    assertThat(state[0]).isTrue();
    assertThat(state[1]).isFalse();
  }
}
