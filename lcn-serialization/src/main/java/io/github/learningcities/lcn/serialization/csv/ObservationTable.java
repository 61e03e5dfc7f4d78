package io.github.learningcities.lcn.serialization.csv;

import io.github.learningcities.lcn.serialization.internal.AtomicFiles;
import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Panel;
import io.github.learningcities.lcn.serialization.DocumentReadException;
import io.github.learningcities.lcn.serialization.DocumentWriteException;
import io.github.learningcities.lcn.serialization.internal.CsvTable;
import io.github.learningcities.lcn.serialization.internal.CsvText;
import java.io.OutputStreamWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Long-format observation tables: one row per unit, indicator and (optionally) time point.
 *
 * <p>The format: CSV as in RFC 4180, comma ({@code ,}) as delimiter, fields double-quoted
 * where they contain a comma, a quote or a line break, UTF-8 (a leading byte-order mark is
 * ignored; Ukrainian and other non-Latin text is kept as it is), or UTF-16 when the file starts
 * with a UTF-16 byte-order mark. Other bytes, NUL characters and folders are refused with a
 * {@link DocumentReadException} naming the file and line (and saying when the bytes look like
 * Latin-1/Windows-1252). Text cells that a spreadsheet would run as a formula are written with
 * a leading apostrophe, which reading removes (see {@link CsvFields}); tables are written row by
 * row. The first row is the header
 * {@code unit,indicator,time,value,source,flags}; columns may come in any order, {@code unit},
 * {@code indicator} and {@code value} are required, {@code time}, {@code source} and
 * {@code flags} optional, other columns are an error. The <em>missing marker</em> is the empty
 * field: a missing value is written as an empty {@code value}; on reading, an empty field and
 * {@code NA} both mean missing, and a (unit, indicator, time) that has no row is missing too.
 * {@code time} is an integer (e.g. a year). Values are written in Java's shortest form that
 * reads back to the same double. Unit names, groups and denominators are not part of this
 * table: a unit read from it is named by its code.
 *
 * <pre>{@code
 * unit,indicator,time,value,source,flags
 * Мелітополь,Libraries,2020,12,Держстат,
 * Мелітополь,Dropout,2020,,,"not reported"
 * }</pre>
 *
 * <p>Errors are {@link DocumentReadException}s naming the file (or source name), line, column
 * and column name, and saying what would be valid.
 *
 * @since 0.1.0
 */
public final class ObservationTable {
  /** The header written, in this order. */
  public static final List<String> COLUMNS =
      List.of("unit", "indicator", "time", "value", "source", "flags");

  private ObservationTable() {}

  /**
   * Reads the rows of an observation table from a file (UTF-8).
   *
   * @param file the file
   * @return the observations, in file order
   * @throws IOException if the file cannot be read
   * @throws DocumentReadException if the table breaks a rule; names file, line and column
   */
  public static List<Observation> readObservations(Path file) throws IOException {
    try (Reader in = CsvText.open(file)) {
      return readObservations(in, file.toString());
    }
  }

  /**
   * Reads the rows of an observation table from a byte stream (UTF-8), which is not closed.
   *
   * @param in the table
   * @param source the table's name in error messages
   * @return the observations, in table order
   * @throws IOException if the stream cannot be read
   * @throws DocumentReadException if the table breaks a rule; names source, line and column
   */
  public static List<Observation> readObservations(InputStream in, String source)
      throws IOException {
    return readObservations(CsvText.decode(in, source), source);
  }

  /**
   * Reads the rows of an observation table from a character stream, which is not closed.
   *
   * @param in the table
   * @param source the table's name in error messages
   * @return the observations, in table order
   * @throws IOException if the reader fails
   * @throws DocumentReadException if the table breaks a rule; names source, line and column
   */
  public static List<Observation> readObservations(Reader in, String source)
      throws IOException {
    return scan(in, source, ObservationColumns.Target.OBSERVATIONS).observations();
  }

  private static ObservationColumns scan(Reader in, String source,
      ObservationColumns.Target target) throws IOException {
    ObservationColumns columns = new ObservationColumns(source, target);
    CsvTable.scan(in, source, columns);
    return columns;
  }

  /**
   * Reads an observation table without time points into a dataset: units and indicators in
   * the order they first appear.
   *
   * @param in the table; not closed
   * @param source the table's name in error messages
   * @return the dataset
   * @throws IOException if the reader fails
   * @throws DocumentReadException if the table breaks a rule, or a row has a time point
   */
  public static Dataset readDataset(Reader in, String source) throws IOException {
    return scan(in, source, ObservationColumns.Target.DATASET).dataset();
  }

  /**
   * Reads an observation table without time points from a file (UTF-8) into a dataset.
   *
   * @param file the file
   * @return the dataset
   * @throws IOException if the file cannot be read
   * @throws DocumentReadException if the table breaks a rule; names file, line and column
   */
  public static Dataset readDataset(Path file) throws IOException {
    try (Reader in = CsvText.open(file)) {
      return readDataset(in, file.toString());
    }
  }

  /**
   * Reads an observation table with times from a file (UTF-8) into a panel.
   *
   * @param file the file
   * @return the panel
   * @throws IOException if the file cannot be read
   * @throws DocumentReadException if the table breaks a rule; names file, line and column
   */
  public static Panel readPanel(Path file) throws IOException {
    try (Reader in = CsvText.open(file)) {
      return readPanel(in, file.toString());
    }
  }

  /**
   * Reads an observation table with a time point on every row into a panel: one dataset per
   * time point, holding the units that appear at that time and every indicator of the table.
   *
   * @param in the table; not closed
   * @param source the table's name in error messages
   * @return the panel
   * @throws IOException if the reader fails
   * @throws DocumentReadException if the table breaks a rule, or a row has no time point
   */
  public static Panel readPanel(Reader in, String source) throws IOException {
    return scan(in, source, ObservationColumns.Target.PANEL).panel();
  }

  /**
   * Writes a dataset as an observation table without time: one row per unit and indicator,
   * missing values as empty fields, source and flags empty.
   *
   * @param dataset the dataset
   * @param out the target; flushed, not closed
   * @throws IOException if writing fails
   */
  public static void write(Dataset dataset, Writer out) throws IOException {
    try (CsvTable.RowWriter w = CsvTable.writer(out)) {
      w.row(COLUMNS);
      writeRows(w, dataset, "");
    }
  }

  /**
   * Writes a panel as an observation table: one row per time point, unit and indicator, in
   * time order, missing values as empty fields, source and flags empty.
   *
   * @param panel the panel
   * @param out the target; flushed, not closed
   * @throws IOException if writing fails
   */
  public static void write(Panel panel, Writer out) throws IOException {
    try (CsvTable.RowWriter w = CsvTable.writer(out)) {
      w.row(COLUMNS);
      for (Map.Entry<Integer, Dataset> e : panel.byTime().entrySet()) {
        writeRows(w, e.getValue(), Integer.toString(e.getKey()));
      }
    }
  }

  /**
   * Writes observations as they are, with the header {@link #COLUMNS}.
   *
   * @param rows the observations
   * @param out the target; flushed, not closed
   * @throws IOException if writing fails
   * @throws DocumentWriteException if a unit or indicator code is empty
   */
  public static void writeObservations(List<Observation> rows, Writer out) throws IOException {
    try (CsvTable.RowWriter w = CsvTable.writer(out)) {
      w.row(COLUMNS);
      for (Observation o : rows) {
        if (o.unit().isBlank() || o.indicator().isBlank()) {
          throw new DocumentWriteException("an observation has an empty unit or indicator ("
              + o + "); expected non-empty codes");
        }
        w.row(List.of(o.unit(), o.indicator(),
            o.time().isPresent() ? Integer.toString(o.time().getAsInt()) : "",
            o.value().isPresent() ? CsvFields.number(o.value().getAsDouble()) : "",
            o.source(), o.flags()));
      }
    }
  }

  /**
   * Writes observations to a file (UTF-8), replacing it only once the whole table is
   * written (a temporary file in the same folder, moved into place; on failure the file is as
   * it was).
   *
   * @param rows the observations
   * @param file the file
   * @throws IOException if writing fails
   */
  public static void writeObservations(List<Observation> rows, Path file) throws IOException {
    AtomicFiles.replace(file, out -> {
      Writer w = new OutputStreamWriter(out, UTF_8);
      writeObservations(rows, w);
      w.flush();
    });
  }

  /** One row per unit and indicator of a dataset, streamed. */
  private static void writeRows(CsvTable.RowWriter w, Dataset d, String time)
      throws IOException {
    List<double[]> columns = d.indicators().stream().map(d::column).toList();
    String[] row = new String[COLUMNS.size()];
    row[2] = time;
    row[4] = "";
    row[5] = "";
    List<String> fields = Arrays.asList(row);
    for (int u = 0; u < d.units().size(); u++) {
      row[0] = d.units().get(u).code();
      for (int j = 0; j < columns.size(); j++) {
        double v = columns.get(j)[u];
        if (row[0].isBlank() || d.indicators().get(j).isBlank()) {
          throw new DocumentWriteException("unit '" + row[0] + "', indicator '"
              + d.indicators().get(j) + "' has an empty code; expected non-empty codes");
        }
        row[1] = d.indicators().get(j);
        row[3] = Double.isNaN(v) ? "" : CsvFields.number(v);
        w.row(fields);
      }
    }
  }
}
