package io.github.learningcities.lcn.serialization.internal;

import io.github.learningcities.lcn.serialization.DocumentReadException;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * A CSV document as a header and rows of text cells, each cell remembering its line and column,
 * read and written with Jackson CSV: the raw material of the COINr and observation tables.
 *
 * @since 0.1.0
 */
public final class CsvTable {
  /** Rows read as arrays of strings; the caller's reader or writer is never closed. */
  private static final CsvMapper MAPPER = CsvMapper.builder()
      .enable(CsvReadFeature.WRAP_AS_ARRAY)
      .enable(CsvReadFeature.SKIP_EMPTY_LINES)
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

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
    this.columns = new HashMap<>();
    for (int j = 0; j < header.size(); j++) {
      Cell h = header.get(j);
      if (h.text().isEmpty()) {
        throw new DocumentReadException(source, h.line(), h.column(), null,
            "header field " + (j + 1) + " is empty; expected a column name", null);
      }
      Integer before = columns.put(h.text(), j);
      if (before != null) {
        throw new DocumentReadException(source, h.line(), h.column(), h.text(),
            "column name '" + h.text() + "' appears twice in the header (fields " + (before + 1)
                + " and " + (j + 1) + "); expected unique column names", null);
      }
    }
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
    List<List<Cell>> all = new ArrayList<>();
    try (JsonParser p = MAPPER.createParser(in)) {
      JsonToken outer = p.nextToken();
      if (outer == JsonToken.START_ARRAY) {
        List<Cell> row = null;
        JsonToken t;
        while ((t = p.nextToken()) != null) {
          if (t == JsonToken.START_ARRAY) {
            row = new ArrayList<>();
          } else if (t == JsonToken.END_ARRAY) {
            if (row != null) {
              all.add(row);
            }
            row = null;
          } else if (row != null && t.isScalarValue()) {
            TokenStreamLocation at = p.currentTokenLocation();
            String text = p.getString();
            if (all.isEmpty() && row.isEmpty() && text.startsWith("\uFEFF")) {
              text = text.substring(1);
            }
            row.add(new Cell(text, at.getLineNr(), at.getColumnNr()));
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
    if (all.isEmpty()) {
      throw new DocumentReadException(source, 0, 0, null,
          "the document is empty; expected a header row followed by data rows", null);
    }
    List<Cell> header = new ArrayList<>(all.get(0));
    for (int j = 0; j < header.size(); j++) {
      Cell h = header.get(j);
      header.set(j, new Cell(h.text().trim(), h.line(), h.column()));
    }
    List<Row> rows = new ArrayList<>(all.size() - 1);
    for (List<Cell> cells : all.subList(1, all.size())) {
      if (cells.stream().allMatch(c -> c.text().isBlank())) {
        continue;
      }
      int line = cells.get(0).line();
      if (cells.size() != header.size()) {
        throw new DocumentReadException(source, line, 0, null, "the row has " + cells.size()
            + " fields; expected " + header.size() + " as in the header", null);
      }
      rows.add(new Row(line, List.copyOf(cells)));
    }
    return new CsvTable(source, List.copyOf(header), List.copyOf(rows));
  }

  /**
   * Writes rows of text as CSV, quoting only where needed.
   *
   * @param out the target; flushed, not closed
   * @param rows the header row followed by the data rows
   * @throws IOException if writing fails
   */
  public static void write(Writer out, List<List<String>> rows) throws IOException {
    try (JsonGenerator g = MAPPER.createGenerator(out)) {
      g.writeStartArray();
      for (List<String> row : rows) {
        g.writeStartArray();
        for (String field : row) {
          g.writeString(field);
        }
        g.writeEndArray();
      }
      g.writeEndArray();
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
    out.flush();
  }

  /**
   * Formats a number so that {@link Double#parseDouble} gives back exactly the same double:
   * integers without a decimal point, everything else in Java's shortest round-trip form.
   *
   * @param v a finite number
   * @return the text
   */
  public static String format(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15 && !(v == 0 && 1 / v < 0)) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
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
    return header.stream().map(Cell::text).toList();
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
