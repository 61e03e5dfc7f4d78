package io.github.learningcities.lcn.cli;

import io.github.learningcities.lcn.serialization.csv.CsvFields;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV fields and numbers in the shortest form that reads back exactly. A text
 * field that a spreadsheet would run as a formula (it starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return and is not a number) gets a leading
 * apostrophe, as {@link CsvFields#neutralise(String)} says; numbers are written as they are.
 */
final class Csv {
  private Csv() {}

  static String row(List<String> fields) {
    StringWriter out = new StringWriter();
    try {
      row(out, fields);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes a row as {@link #row(List)} gives it, without building it first. */
  static void row(Writer out, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(field(fields.get(i)));
    }
    out.write('\n');
  }

  static String field(String text) {
    String s = CsvFields.neutralise(text);
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0
        && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  static String number(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "infinity" : "-infinity";
    }
    String s = Double.toString(v);
    int e = s.indexOf('E');
    return e < 0 ? s : s.substring(0, e) + 'e' + s.substring(e + 1);
  }
}
