package io.github.learningcities.lcn.cli;

import io.github.learningcities.lcn.serialization.csv.CsvFields;
import io.github.learningcities.lcn.serialization.internal.CsvOutput;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes RFC 4180 CSV fields and numbers in the shortest form that reads back exactly, by the
 * rules of {@link CsvOutput} ({@link CsvOutput.Quoting#WHERE_NEEDED} and
 * {@link CsvOutput#number(double)}). A text field that a spreadsheet would run as a formula (it
 * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return and is not
 * a number) gets a leading apostrophe, as {@link CsvFields#neutralise(String)} says; numbers
 * are written as they are. Every table goes through one {@link CsvOutput}; the {@code String}
 * forms below are the same bytes for the few small tables that are built as text.
 */
final class Csv {
  private Csv() {}

  static String row(List<String> fields) {
    Text text = new Text();
    try {
      row(text.out, fields);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.done();
  }

  /** A {@link CsvOutput} into a string, for the few small tables built as text. */
  private static final class Text {
    private final StringWriter chars = new StringWriter();
    private final CsvOutput out = CsvOutput.small(chars);

    String done() {
      try {
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return chars.toString();
    }
  }

  /** Writes a row as {@link #row(List)} gives it, without building it first. */
  static void row(CsvOutput out, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.put(',');
      }
      out.field(fields.get(i));
    }
    out.put('\n');
  }

  static String field(String text) {
    return CsvOutput.quoted(text);
  }

  static String number(double v) {
    Text text = new Text();
    try {
      text.out.number(v);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.done();
  }
}
