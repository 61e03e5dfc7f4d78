package io.github.learningcities.lcn.serialization.coinr;

import java.util.Objects;

/**
 * One cell of a table as a {@link TableSource} hands it over: its text and where it is.
 *
 * @param text the cell's text (empty for an empty cell, never null)
 * @param line the 1-based line (CSV) or row (sheet) of the cell
 * @param column the 1-based character column (CSV) or column number (sheet: A is 1)
 * @since 0.1.0
 */
public record TableCell(String text, int line, int column) {
  /**
   * Checks the components.
   *
   * @throws NullPointerException if text is null
   */
  public TableCell {
    Objects.requireNonNull(text, "text");
  }
}
