package io.github.learningcities.lcn.serialization.coinr;

import io.github.learningcities.lcn.serialization.DocumentReadException;
import io.github.learningcities.lcn.serialization.internal.CsvFileSource;
import io.github.learningcities.lcn.serialization.internal.CsvTableSource;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a COINr table's rows come from, apart from what they mean: a CSV text or a sheet of a
 * spreadsheet. {@link CoinrTables} applies the same rules and problem reports to every source;
 * a source only says how it names a place (a CSV names line and column, a sheet names a cell
 * such as {@code iData!C7}).
 *
 * @since 0.1.0
 */
public interface TableSource {
  /**
   * Returns the table's name in messages (a file path, or a workbook's path and sheet).
   *
   * @return the name
   */
  String name();

  /**
   * Hands every row of the table to {@code rows}, in order, the header first. Blank rows may be
   * left out; rows after the header have as many cells as the header (missing cells empty).
   *
   * @param rows receives each row; the list is valid during the call only
   * @throws IOException if the table cannot be read
   * @throws DocumentReadException if the table is malformed; names the place
   */
  void rows(Rows rows) throws IOException;

  /**
   * Returns how messages name a line of this table when they refer to another row.
   *
   * @param line the 1-based line or row
   * @return {@code "line 7"} for a CSV text, {@code "row 7"} for a sheet
   */
  default String line(int line) {
    return "line " + line;
  }

  /**
   * Returns the reference of a place of this table when the table names places by cell
   * rather than by line and column.
   *
   * @param line the 1-based line or row, or 0 for the whole table
   * @param column the 1-based column, or 0 for a whole row
   * @return a reference such as {@code iData!C7}, {@code iData!7:7} or {@code iData}; empty
   *     for a CSV text, whose places are line and column
   */
  default Optional<String> reference(int line, int column) {
    return Optional.empty();
  }

  /**
   * A CSV text (RFC 4180) as a table source.
   *
   * @param in the text; not closed
   * @param name the table's name in messages
   * @return the source; its rows can be read once
   */
  static TableSource csv(Reader in, String name) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    return new CsvTableSource(in, name);
  }

  /**
   * A CSV file (UTF-8, or UTF-16 with a byte-order mark) as a table source, opened each time
   * its rows are read.
   *
   * @param file the file; its path is the table's name in messages
   * @return the source
   */
  static TableSource csv(Path file) {
    return new CsvFileSource(file);
  }

  /**
   * Receives the rows of a table.
   *
   * @since 0.1.0
   */
  @FunctionalInterface
  interface Rows {
    /**
     * Receives one row.
     *
     * @param cells the row's cells, left to right
     */
    void row(List<TableCell> cells);
  }
}
