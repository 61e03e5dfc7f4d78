package io.github.learningcities.lcn.serialization.csv;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.uncertainty.Factor;
import io.github.learningcities.lcn.indicators.uncertainty.ReplaySample;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintySpec;
import io.github.learningcities.lcn.serialization.DocumentReadException;
import io.github.learningcities.lcn.serialization.internal.AtomicFiles;
import io.github.learningcities.lcn.serialization.internal.CsvTable;
import io.github.learningcities.lcn.serialization.internal.CsvTable.Cell;
import io.github.learningcities.lcn.serialization.internal.CsvTable.Row;
import io.github.learningcities.lcn.serialization.internal.CsvText;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The table of replications an uncertainty analysis replays ({@link
 * io.github.learningcities.lcn.indicators.uncertainty.UncertaintyAnalysis#replay}): one row per
 * run, one column per factor of the specification with the choice of that run, and optionally
 * a first column {@code run} (any text, e.g. the run's number; not used).
 *
 * <p>The format: CSV as in RFC 4180, comma-separated, UTF-8 (or UTF-16 with a byte-order
 * mark), a header row naming the factors (in any order; every factor of the specification
 * once). A choice is written as {@link ReplaySample#choice} reads it: an alternative's position
 * counted from 1 or its method's name, a parameter's value, a number in a range, a weight set's
 * position counted from 1. A spreadsheet's formula guard (a leading apostrophe) is removed, as
 * by every table reader of the SDK.
 *
 * <pre>{@code
 * run,normalisation,aggregation,weights
 * 1,minmax,geometric,17
 * 2,2,1,3
 * }</pre>
 *
 * <p>Errors are {@link DocumentReadException}s naming the file, line and column: a column that
 * names no factor (with the factors' names), a factor without a column, a column twice (as
 * every table reader refuses it), a choice the factor does not have (with what it accepts), a
 * table without runs.
 *
 * @since 0.1.0
 */
public final class ReplicationTable {
  /** The optional first column. */
  public static final String RUN = "run";

  private ReplicationTable() {}

  /**
   * Reads a table of replications (UTF-8) against a specification's factors.
   *
   * @param file the table
   * @param spec the specification whose factors the columns name
   * @return the runs, every choice checked
   * @throws IOException if the file cannot be read
   * @throws DocumentReadException if the table breaks a rule; names file, line and column
   * @since 0.1.0
   */
  public static ReplaySample read(Path file, UncertaintySpec spec) throws IOException {
    try (Reader in = CsvText.open(file)) {
      return read(in, file.toString(), spec);
    }
  }

  /**
   * Reads a table of replications from a character stream, which is not closed.
   *
   * @param in the table
   * @param source the table's name in error messages
   * @param spec the specification whose factors the columns name
   * @return the runs, every choice checked
   * @throws IOException if the reader fails
   * @throws DocumentReadException if the table breaks a rule; names source, line and column
   * @since 0.1.0
   */
  public static ReplaySample read(Reader in, String source, UncertaintySpec spec)
      throws IOException {
    CsvTable table = CsvTable.read(in, source);
    Map<String, Factor> factors = new LinkedHashMap<>();
    for (Factor f : spec.factors()) {
      factors.put(f.name(), f);
    }
    List<Cell> header = table.header();
    int headerLine = header.isEmpty() ? 1 : header.get(0).line();
    Map<Integer, Factor> columns = new LinkedHashMap<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (int j = 0; j < header.size(); j++) {
      Cell h = header.get(j);
      String name = h.text().trim();
      if (j == 0 && name.equals(RUN)) {
        continue;
      }
      Factor f = factors.get(name);
      if (f == null) {
        throw new DocumentReadException(source, h.line(), h.column(), name, "column '"
            + CsvFields.abbreviate(name) + "' names no factor of the specification; expected "
            + (j == 0 ? "'" + RUN + "' or " : "") + "one of " + factors.keySet(), null);
      }
      seen.put(name, j + 1);
      columns.put(j, f);
    }
    List<String> missing = new ArrayList<>(factors.keySet());
    missing.removeAll(seen.keySet());
    if (!missing.isEmpty()) {
      throw new DocumentReadException(source, headerLine, 0, null, "the header has no column "
          + "for factor(s) " + missing + "; expected a column for every factor of the "
          + "specification " + factors.keySet(), null);
    }
    List<Map<String, String>> runs = new ArrayList<>();
    for (Row row : table.rows()) {
      Map<String, String> run = new LinkedHashMap<>();
      for (Map.Entry<Integer, Factor> c : columns.entrySet()) {
        Cell cell = row.cells().get(c.getKey());
        Factor f = c.getValue();
        String text = cell.text();
        try {
          ReplaySample.choice(f, text);
        } catch (IndicatorsException e) {
          throw new DocumentReadException(source, cell.line(), cell.column(), f.name(),
              "run on line " + row.line() + ", " + e.getMessage(), e);
        }
        run.put(f.name(), text.trim());
      }
      runs.add(run);
    }
    if (runs.isEmpty()) {
      throw new DocumentReadException(source, 0, 0, null, "the table has a header but no "
          + "runs; expected one row per replication under the header", null);
    }
    return new ReplaySample(runs);
  }

  /**
   * Writes a sample as a table of replications (UTF-8), replacing the file only once it is
   * complete: a first column {@code run} counting from 1, then the factors in the
   * specification's order.
   *
   * @param sample the runs (e.g. {@link ReplaySample#of} of an analysis)
   * @param spec the specification, for the order of the columns
   * @param file the target
   * @throws IOException if the file cannot be written; it is then as it was
   * @since 0.1.0
   */
  public static void write(ReplaySample sample, UncertaintySpec spec, Path file)
      throws IOException {
    AtomicFiles.replace(file, out -> {
      Writer w = new OutputStreamWriter(out, UTF_8);
      write(sample, spec, w);
      w.flush();
    });
  }

  /**
   * Writes a sample as a table of replications to a character stream, which is flushed, not
   * closed.
   *
   * @param sample the runs
   * @param spec the specification, for the order of the columns
   * @param out the target
   * @throws IOException if writing fails
   * @since 0.1.0
   */
  public static void write(ReplaySample sample, UncertaintySpec spec, Writer out)
      throws IOException {
    CsvTable.RowWriter rows = CsvTable.writer(out);
    List<String> header = new ArrayList<>();
    header.add(RUN);
    spec.factors().forEach(f -> header.add(f.name()));
    rows.row(header);
    int r = 1;
    for (Map<String, String> run : sample.runs()) {
      List<String> row = new ArrayList<>();
      row.add(Integer.toString(r++));
      for (Factor f : spec.factors()) {
        row.add(run.getOrDefault(f.name(), ""));
      }
      rows.row(row);
    }
    rows.close();
    out.flush();
  }
}
