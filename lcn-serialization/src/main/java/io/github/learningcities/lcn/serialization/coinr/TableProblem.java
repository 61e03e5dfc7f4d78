package io.github.learningcities.lcn.serialization.coinr;

import io.github.learningcities.lcn.serialization.DocumentReadException;
import java.util.Objects;
import java.util.Optional;

/**
 * One rule of COINr's iData/iMeta tables that a table breaks, with its place: what
 * {@link CoinrTables#validate(java.nio.file.Path, java.nio.file.Path)} lists and what
 * {@link CoinrTables#read(java.nio.file.Path, java.nio.file.Path)} throws (as a
 * {@link DocumentReadException}) for the first problem found.
 *
 * @param source the table's name (a file path or a name the caller gave)
 * @param line the 1-based line, or 0 when the problem concerns the whole table
 * @param column the 1-based character column where the field starts, or 0 when the problem
 *     concerns a whole line
 * @param fieldNumber the 1-based position of the field in its row (the column as spreadsheet
 *     and CSV tools count it), or 0 when the problem is not about one field of the row
 * @param field the name of the field (CSV column) at fault, or {@code null}
 * @param message what is wrong and what would be valid
 * @param cell the cell reference of a sheet's place ({@code iData!C7}, {@code iData!7:7} for a
 *     row, {@code iData} for the sheet), or {@code null} for a CSV text (line and column say
 *     the place); with a reference, {@code line} is the sheet's row and {@code column} its
 *     column number (A is 1)
 * @since 0.1.0
 */
public record TableProblem(String source, int line, int column, int fieldNumber, String field,
    String message, String cell) {

  /**
   * Creates a problem of a CSV text (no cell reference).
   *
   * @param source the table's name
   * @param line the 1-based line, or 0
   * @param column the 1-based character column, or 0
   * @param fieldNumber the 1-based field position, or 0
   * @param field the field's name, or {@code null}
   * @param message what is wrong and what would be valid
   */
  public TableProblem(String source, int line, int column, int fieldNumber, String field,
      String message) {
    this(source, line, column, fieldNumber, field, message, null);
  }

  /**
   * Checks the components.
   *
   * @throws NullPointerException if source or message is null
   */
  public TableProblem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Returns the problem as the reader's error message says it: {@code source, line L, column C
   * (field 'F'): message}, leaving out what is unknown.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return place(source, line, column, field, cell) + ": " + message;
  }

  /**
   * Returns the cell reference of a sheet's place.
   *
   * @return the reference, or empty for a CSV text
   */
  public Optional<String> cellReference() {
    return Optional.ofNullable(cell);
  }

  /** The place as {@link DocumentReadException} writes it for a table, without the message. */
  static String place(String source, int line, int column, String field, String cell) {
    String text = (cell == null
        ? new DocumentReadException(source, line, column, field, "", null)
        : DocumentReadException.inCell(source, cell, line, column, field, "", null))
        .getMessage();
    return text.substring(0, text.length() - 2);
  }
}
