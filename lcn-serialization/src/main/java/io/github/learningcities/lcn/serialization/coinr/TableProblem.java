package io.github.learningcities.lcn.serialization.coinr;

import io.github.learningcities.lcn.serialization.DocumentReadException;
import java.util.Objects;

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
 * @since 0.1.0
 */
public record TableProblem(String source, int line, int column, int fieldNumber, String field,
    String message) {

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
    return place(source, line, column, field) + ": " + message;
  }

  /** The place as {@link DocumentReadException} writes it for a table, without the message. */
  static String place(String source, int line, int column, String field) {
    String text = new DocumentReadException(source, line, column, field, "", null).getMessage();
    return text.substring(0, text.length() - 2);
  }
}
