package io.github.learningcities.lcn.serialization.internal;

import io.github.learningcities.lcn.serialization.DocumentReadException;
import io.github.learningcities.lcn.serialization.coinr.TableCell;
import io.github.learningcities.lcn.serialization.coinr.TableSource;
import io.github.learningcities.lcn.serialization.csv.CsvFields;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * A CSV document as a header and rows of text cells, each cell remembering its line and column,
 * read with Jackson CSV (or {@link CsvRows}) and written by {@link CsvOutput}'s rules: the raw
 * material of the COINr and observation tables.
 *
 * @since 0.1.0
 */
public final class CsvTable {
  /**
   * Jackson's CSV token streams, made on first use: the plain tables COINr writes are read
   * without them ({@link CsvRows}), so a run that meets no other shape and writes no table
   * through Jackson never builds the factory (its classes and feature sets are a couple of
   * milliseconds of a short {@code lcn score}).
   */
  private static final class Jackson {
    /**
     * Rows read as arrays of strings; the caller's reader is never closed. A bare
     * factory, not a {@code CsvMapper}: only token streams are needed here, and building a
     * mapper initialises Jackson databind (about a third of a short {@code lcn score} run).
     */
    static final CsvFactory FACTORY = CsvFactory.builder()
        .enable(CsvReadFeature.WRAP_AS_ARRAY)
        .enable(CsvReadFeature.SKIP_EMPTY_LINES)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .build();

    private Jackson() {}

    /** The rows of a text as {@link CsvTable#jacksonTokens} hands them over. */
    static void tokens(Reader in, String source, Consumer<Fields> rows, boolean atStart)
        throws IOException {
      Fields fields = new Fields();
      boolean first = atStart;
      try (JsonParser p = Jackson.FACTORY.createParser(ObjectReadContext.empty(), in)) {
        JsonToken outer = p.nextToken();
        if (outer == JsonToken.START_ARRAY) {
          boolean inRow = false;
          JsonToken t;
          while ((t = p.nextToken()) != null) {
            if (t == JsonToken.START_ARRAY) {
              fields.clear();
              inRow = true;
            } else if (t == JsonToken.END_ARRAY) {
              if (inRow) {
                rows.accept(fields);
                first = false;
              }
              inRow = false;
            } else if (inRow && t.isScalarValue()) {
              TokenStreamLocation at = p.currentTokenLocation();
              String text = p.getString();
              if (first && fields.size() == 0 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
              }
              int nul = text.indexOf('\0');
              if (nul >= 0) {
                throw new DocumentReadException(source, at.getLineNr(), at.getColumnNr(), null,
                    "field " + (fields.size() + 1) + " has a NUL character (U+0000) at its "
                        + "character " + (nul + 1) + "; expected text without NUL (a file saved "
                        + "as UTF-16 without a byte-order mark reads like this: save it as UTF-8)",
                    null);
              }
              fields.add(CsvFields.restore(text), at.getLineNr(), at.getColumnNr());
            }
          }
        }
      } catch (JacksonIOException e) {
        throw e.getCause();
      } catch (JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
        int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
        throw new DocumentReadException(source, line, column, null,
            "malformed CSV (" + e.getOriginalMessage() + "); expected RFC 4180 comma-separated "
                + "values with double-quoted fields where needed", e);
      }
    }
  }

  /**
   * One field of one row.
   *
   * @param text the field's text
   * @param line the 1-based line where it starts
   * @param column the 1-based column where it starts
   * @since 0.1.0
   */
  public record Cell(String text, int line, int column) {}

  /**
   * One data row: its first line and its cells.
   *
   * @param line the 1-based line where the row starts
   * @param cells the fields
   * @since 0.1.0
   */
  public record Row(int line, List<Cell> cells) {}

  private final String source;
  private final List<Cell> header;
  private final Map<String, Integer> columns;
  private final List<Row> rows;

  private CsvTable(String source, List<Cell> header, List<Row> rows) {
    this.source = source;
    this.header = header;
    this.rows = rows;
    this.columns = columns(source, header);
  }

  /** Checks the header's names (non-empty, unique) and returns their positions. */
  private static Map<String, Integer> columns(String source, List<Cell> header) {
    Map<String, Integer> columns = new HashMap<>();
    for (int j = 0; j < header.size(); j++) {
      Cell h = header.get(j);
      if (h.text().isEmpty()) {
        throw new DocumentReadException(source, h.line(), h.column(), null,
            "header field " + (j + 1) + " is empty; expected a column name", null);
      }
      Integer before = columns.put(h.text(), j);
      if (before != null) {
        String name = CsvFields.abbreviate(h.text());
        throw new DocumentReadException(source, h.line(), h.column(), name,
            "column name '" + name + "' appears twice in the header (fields " + (before + 1)
                + " and " + (j + 1) + "); expected unique column names", null);
      }
    }
    return columns;
  }

  /**
   * The fields of the row being read by {@link #scan}, each with the line and column where it
   * starts. One instance is reused for every row: a visitor copies what it keeps.
   *
   * @since 0.1.0
   */
  public static final class Fields {
    /** The texts made so far: null for a field cut from the row's characters not yet asked for. */
    private String[] texts = new String[8];
    /** Where a field cut from the row's characters starts and ends, from the row's start. */
    private int[] starts = new int[8];
    private int[] ends = new int[8];
    private int[] lines = new int[8];
    private int[] columns = new int[8];
    private int size;
    /** The characters of the row (from {@link #rowStart}), for the fields cut from them. */
    private char[] chars;
    private int rowStart;

    Fields() {}

    void clear() {
      size = 0;
    }

    void add(String text, int line, int column) {
      int j = next(line, column);
      texts[j] = text;
    }

    /**
     * Adds a field that is the characters {@code start} to {@code end} (exclusive) of the row,
     * counted from its start: its text, with {@link CsvFields#restore} applied, is made only
     * when asked for; {@link #characters} gives the row's characters before the fields are
     * read.
     */
    void add(int start, int end, int line, int column) {
      int j = next(line, column);
      texts[j] = null;
      starts[j] = start;
      ends[j] = end;
    }

    /** The characters of the row that the fields cut from them refer to, from rowStart on. */
    void characters(char[] chars, int rowStart) {
      this.chars = chars;
      this.rowStart = rowStart;
    }

    private int next(int line, int column) {
      if (size == texts.length) {
        texts = Arrays.copyOf(texts, size * 2);
        starts = Arrays.copyOf(starts, size * 2);
        ends = Arrays.copyOf(ends, size * 2);
        lines = Arrays.copyOf(lines, size * 2);
        columns = Arrays.copyOf(columns, size * 2);
      }
      lines[size] = line;
      columns[size] = column;
      return size++;
    }

    /**
     * Whether every field's text is blank ({@link String#isBlank}); a field cut from the row's
     * characters is looked at where it is, unless it starts with an apostrophe, which {@link
     * CsvFields#restore} may remove.
     */
    boolean isBlank() {
      for (int j = 0; j < size; j++) {
        if (texts[j] != null || ends[j] > starts[j] && chars[rowStart + starts[j]] == '\'') {
          if (!text(j).isBlank()) {
            return false;
          }
          continue;
        }
        for (int i = rowStart + starts[j], end = rowStart + ends[j]; i < end; i++) {
          if (!Character.isWhitespace(chars[i])) {
            return false;
          }
        }
      }
      return true;
    }

    /**
     * Parses a field as {@code CsvFields.decimalOrNaN(text(j).trim())} does, for a field cut
     * from the row's characters straight from them, without making its text.
     *
     * @param j the 0-based position
     * @return the double, infinite when the number is too large for one, or NaN when the
     *     trimmed text is not a decimal number (empty and {@code NA} included)
     */
    public double decimalOrNaN(int j) {
      Objects.checkIndex(j, size);
      int from = rowStart + starts[j];
      int to = rowStart + ends[j];
      if (texts[j] != null || from < to && chars[from] == '\'') {
        return CsvFields.decimalOrNaN(text(j).trim());
      }
      while (from < to && chars[from] <= ' ') {
        from++;
      }
      while (to > from && chars[to - 1] <= ' ') {
        to--;
      }
      return CsvFields.decimalOrNaN(chars, from, to);
    }

    /**
     * Returns the number of fields.
     *
     * @return the count
     */
    public int size() {
      return size;
    }

    /**
     * Returns the line where the row starts.
     *
     * @return the 1-based line of its first field
     */
    public int line() {
      return lines[0];
    }

    /**
     * Returns a field's text.
     *
     * @param j the 0-based position
     * @return the text
     */
    public String text(int j) {
      String text = texts[Objects.checkIndex(j, size)];
      if (text == null) {
        int start = rowStart + starts[j];
        text = ends[j] == starts[j] ? ""
            : CsvFields.restore(new String(chars, start, ends[j] - starts[j]));
        texts[j] = text;
      }
      return text;
    }

    /**
     * Returns the line where a field starts.
     *
     * @param j the 0-based position
     * @return the 1-based line
     */
    public int line(int j) {
      return lines[Objects.checkIndex(j, size)];
    }

    /**
     * Returns the column where a field starts.
     *
     * @param j the 0-based position
     * @return the 1-based column
     */
    public int column(int j) {
      return columns[Objects.checkIndex(j, size)];
    }

    /**
     * Returns a field as a cell that can be kept.
     *
     * @param j the 0-based position
     * @return the cell
     */
    public Cell cell(int j) {
      return new Cell(text(j), line(j), column(j));
    }
  }

  /**
   * Receives a CSV document row by row from {@link #scan}.
   *
   * @since 0.1.0
   */
  public interface RowVisitor {
    /**
     * Receives the header, before any row.
     *
     * @param header the header cells, trimmed; names are non-empty and unique
     */
    void header(List<Cell> header);

    /**
     * Receives a data row that is not blank and has as many fields as the header.
     *
     * @param row the fields, valid only during the call
     */
    void row(Fields row);
  }

  /**
   * Reads a whole CSV document.
   *
   * @param in the text; not closed
   * @param source the document's name for error messages
   * @return the table
   * @throws IOException if reading fails
   * @throws DocumentReadException if the CSV is malformed, empty, or a row's field count
   *     differs from the header's
   */
  public static CsvTable read(Reader in, String source) throws IOException {
    return read(new CsvTableSource(in, source));
  }

  /**
   * Reads a whole table from any source (a CSV text, a sheet) with the checks of
   * {@link #read(Reader, String)}.
   *
   * @param table the source
   * @return the table
   * @throws IOException if reading fails
   * @throws DocumentReadException if the table is malformed, empty, or a row's field count
   *     differs from the header's
   */
  public static CsvTable read(TableSource table) throws IOException {
    String source = table.name();
    List<List<Cell>> all = new ArrayList<>();
    rows(table, new AllRows(all));
    if (all.isEmpty()) {
      throw empty(source);
    }
    List<Cell> header = trimmed(all.get(0));
    List<Row> rows = new ArrayList<>(all.size() - 1);
    for (int k = 1; k < all.size(); k++) {
      List<Cell> cells = all.get(k);
      if (isBlank(cells)) {
        continue;
      }
      int line = cells.get(0).line();
      if (cells.size() != header.size()) {
        throw fieldCount(source, line, cells.size(), header.size());
      }
      rows.add(new Row(line, List.copyOf(cells)));
    }
    return new CsvTable(source, List.copyOf(header), List.copyOf(rows));
  }

  /**
   * Reads a CSV document row by row, without keeping it: the header first, then every data
   * row that is not blank. The checks and errors are those of {@link #read}, each raised when
   * its row is reached (so an error early in the document is reported even if the document is
   * malformed further on).
   *
   * @param in the text; not closed
   * @param source the document's name for error messages
   * @param visitor receives the header and the rows; its exceptions propagate
   * @throws IOException if reading fails
   * @throws DocumentReadException if the CSV is malformed, empty, or a row's field count
   *     differs from the header's
   */
  public static void scan(Reader in, String source, RowVisitor visitor) throws IOException {
    scan(new CsvTableSource(in, source), visitor);
  }

  /**
   * Reads a table from any source row by row, as {@link #scan(Reader, String, RowVisitor)}.
   *
   * @param table the source
   * @param visitor receives the header and the rows; its exceptions propagate
   * @throws IOException if reading fails
   * @throws DocumentReadException if the table is malformed, empty, or a row's field count
   *     differs from the header's
   */
  public static void scan(TableSource table, RowVisitor visitor) throws IOException {
    ScannedRows scanned = new ScannedRows(table.name(), visitor);
    rows(table, scanned);
    if (scanned.width < 0) {
      throw empty(table.name());
    }
  }

  /*
   * The row receivers below are named classes rather than lambdas: reading the tables of
   * {@code lcn score} then links no call site (a lambda's first link costs a short run
   * milliseconds).
   */

  /** Keeps every row as a list of cells. */
  private static final class AllRows implements Consumer<Fields> {
    private final List<List<Cell>> all;

    AllRows(List<List<Cell>> all) {
      this.all = all;
    }

    @Override
    public void accept(Fields fields) {
      List<Cell> row = new ArrayList<>(fields.size());
      for (int j = 0; j < fields.size(); j++) {
        row.add(fields.cell(j));
      }
      all.add(row);
    }
  }

  /**
   * Checks the header, then hands it and every data row that is not blank to a visitor,
   * refusing a row whose field count differs from the header's.
   */
  private static final class ScannedRows implements Consumer<Fields> {
    private final String source;
    private final RowVisitor visitor;
    /** The header's width; -1 until the header was read. */
    int width = -1;

    ScannedRows(String source, RowVisitor visitor) {
      this.source = source;
      this.visitor = visitor;
    }

    @Override
    public void accept(Fields fields) {
      if (width < 0) {
        List<Cell> header = new ArrayList<>(fields.size());
        for (int j = 0; j < fields.size(); j++) {
          header.add(fields.cell(j));
        }
        header = List.copyOf(trimmed(header));
        columns(source, header);
        width = header.size();
        visitor.header(header);
      } else if (!fields.isBlank()) {
        if (fields.size() != width) {
          throw fieldCount(source, fields.line(), fields.size(), width);
        }
        visitor.row(fields);
      }
    }
  }

  /**
   * Hands every row of a source, header included, to the consumer: a CSV text straight from
   * the parser, any other source through its cells.
   */
  private static void rows(TableSource table, Consumer<Fields> rows) throws IOException {
    if (table instanceof CsvTableSource csv) {
      tokens(csv.in(), csv.name(), rows);
      return;
    }
    if (table instanceof CsvFileSource file) {
      file.tokens(rows);
      return;
    }
    Fields fields = new Fields();
    table.rows(cells -> {
      fields.clear();
      for (TableCell c : cells) {
        fields.add(c.text(), c.line(), c.column());
      }
      rows.accept(fields);
    });
  }

  /** Hands the parser's rows to a table source's receiver as lists of cells. */
  static Consumer<Fields> cells(TableSource.Rows rows) {
    return fields -> {
      List<TableCell> cells = new ArrayList<>(fields.size());
      for (int j = 0; j < fields.size(); j++) {
        cells.add(new TableCell(fields.text(j), fields.line(j), fields.column(j)));
      }
      rows.row(cells);
    };
  }

  /** Parses the document and hands every row, header included, to the consumer. */
  static void tokens(Reader in, String source, Consumer<Fields> rows)
      throws IOException {
    CsvRows.read(in, source, rows);
  }

  /**
   * Parses a document with Jackson and hands every row to the consumer: the whole document,
   * or the rest that {@link CsvRows} leaves to it.
   *
   * @param atStart whether the text starts with the document's first row
   */
  static void jacksonTokens(Reader in, String source, Consumer<Fields> rows, boolean atStart)
      throws IOException {
    // In the holder class, whose Jackson exception types (caught there) a run that never
    // falls back to Jackson then does not load.
    Jackson.tokens(in, source, rows, atStart);
  }

  private static List<Cell> trimmed(List<Cell> header) {
    List<Cell> out = new ArrayList<>(header.size());
    for (Cell h : header) {
      out.add(new Cell(h.text().trim(), h.line(), h.column()));
    }
    return out;
  }

  private static DocumentReadException empty(String source) {
    return new DocumentReadException(source, 0, 0, null,
        "the document is empty; expected a header row followed by data rows", null);
  }

  private static DocumentReadException fieldCount(String source, int line, int fields,
      int expected) {
    return new DocumentReadException(source, line, 0, null, "the row has " + fields
        + " fields; expected " + expected + " as in the header", null);
  }

  /**
   * Writes rows of text as CSV, quoted by {@link CsvOutput.Quoting#CAUTIOUS}, each text cell
   * made safe for spreadsheets with {@link CsvFields#neutralise(String)} (numbers are left as
   * they are).
   *
   * @param out the target; flushed, not closed
   * @param rows the header row followed by the data rows
   * @throws IOException if writing fails
   */
  public static void write(Writer out, List<List<String>> rows) throws IOException {
    try (RowWriter w = writer(out)) {
      for (List<String> row : rows) {
        w.row(row);
      }
    }
  }

  /**
   * Starts writing a CSV document row by row, as {@link #write(Writer, List)} writes it.
   *
   * @param out the target; flushed, not closed, when the row writer is closed
   * @return the row writer; close it
   * @throws IOException if writing fails
   */
  public static RowWriter writer(Writer out) throws IOException {
    return new RowWriter(out);
  }

  /**
   * Writes a CSV document one row at a time, without keeping it: fields quoted by
   * {@link CsvOutput.Quoting#CAUTIOUS}, rows ended by a line feed, the characters handed to the
   * target as they are.
   *
   * @since 0.1.0
   */
  public static final class RowWriter implements Closeable {
    /** Characters kept before they are handed to the target. */
    private static final int BUFFER = 8192;
    private final Writer out;
    private final StringBuilder text = new StringBuilder(BUFFER + 256);

    private RowWriter(Writer out) {
      this.out = out;
    }

    /**
     * Writes one row; a row without fields writes nothing (a CSV line has at least one field).
     *
     * @param fields the fields: text (neutralised here) or numbers as
     *     {@link CsvFields#number(double)} gives them
     * @throws IOException if writing fails
     */
    public void row(List<String> fields) throws IOException {
      if (fields.isEmpty()) {
        return;
      }
      for (int j = 0; j < fields.size(); j++) {
        if (j > 0) {
          text.append(',');
        }
        text.append(CsvOutput.quoted(fields.get(j), CsvOutput.Quoting.CAUTIOUS));
      }
      text.append('\n');
      if (text.length() >= BUFFER) {
        drain();
      }
    }

    private void drain() throws IOException {
      out.append(text);
      text.setLength(0);
    }

    /**
     * Ends the document and flushes the target, which is not closed.
     *
     * @throws IOException if writing fails
     */
    @Override
    public void close() throws IOException {
      drain();
      out.flush();
    }
  }

  /**
   * Returns the document's name.
   *
   * @return the source name
   */
  public String source() {
    return source;
  }

  /**
   * Returns the header cells.
   *
   * @return the header
   */
  public List<Cell> header() {
    return header;
  }

  /**
   * Returns the column names.
   *
   * @return the names, in header order
   */
  public List<String> columnNames() {
    return texts(header);
  }

  /**
   * Returns the texts of cells, as a loop rather than a stream: it runs once per table read,
   * where a stream's first use costs more than the work.
   *
   * @param cells the cells
   * @return their texts in order, unmodifiable
   */
  public static List<String> texts(List<Cell> cells) {
    List<String> out = new ArrayList<>(cells.size());
    for (Cell c : cells) {
      out.add(c.text());
    }
    return Collections.unmodifiableList(out);
  }

  /** Whether every cell of a row is blank (such a row is skipped). */
  private static boolean isBlank(List<Cell> cells) {
    for (Cell c : cells) {
      if (!c.text().isBlank()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the data rows (blank rows left out).
   *
   * @return the rows
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * Returns whether the header names a column.
   *
   * @param column the name
   * @return true if present
   */
  public boolean has(String column) {
    return columns.containsKey(column);
  }

  /**
   * Returns the position of a column.
   *
   * @param column the name
   * @return the 0-based position, or -1
   */
  public int indexOf(String column) {
    Integer j = columns.get(column);
    return j == null ? -1 : j;
  }
}
