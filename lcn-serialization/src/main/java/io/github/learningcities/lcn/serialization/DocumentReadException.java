package io.github.learningcities.lcn.serialization;

import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when a document cannot be read: malformed syntax or content that breaks a rule of the
 * format. The message starts with the place ({@code source, line L, column C (field F) at P},
 * where {@code P} is a JSON pointer such as {@code /framework/nodes/3/weight} or an XPath of
 * the elements as written such as {@code /frameworkDocument/framework/nodes/node[4]/weight})
 * and then says what is wrong and what would be valid. The accessors give the same place for
 * programs that point at the error.
 *
 * @since 0.1.0
 */
public class DocumentReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String field;
  private final String path;

  /**
   * Creates the exception.
   *
   * @param source the document's name (a file path or a name the caller gave)
   * @param line the 1-based line, or 0 when the error concerns the whole document
   * @param column the 1-based character column, or 0 when the error concerns a whole line
   * @param field the name of the field (CSV column) at fault, or {@code null}
   * @param message what is wrong and what would be valid
   * @param cause the underlying error, or {@code null}
   */
  public DocumentReadException(String source, int line, int column, String field,
      String message, Throwable cause) {
    this(source, line, column, field, null, message, cause);
  }

  /**
   * Creates the exception for a tree-shaped document (JSON or XML).
   *
   * @param source the document's name (a file path or a name the caller gave)
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based character column, or 0 when unknown
   * @param field the name of the property at fault, or {@code null}
   * @param path the JSON pointer or XPath-like path of the value at fault, or {@code null}
   * @param message what is wrong and what would be valid
   * @param cause the underlying error, or {@code null}
   * @since 0.1.0
   */
  public DocumentReadException(String source, int line, int column, String field, String path,
      String message, Throwable cause) {
    this(place(source, line, column, field, path), source, line, column, field, path, message,
        cause);
  }

  private DocumentReadException(String place, String source, int line, int column,
      String field, String path, String message, Throwable cause) {
    super(place + ": " + message, cause);
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
    this.column = column;
    this.field = field;
    this.path = path;
  }

  /**
   * Creates the exception for a place of a spreadsheet's sheet, which the message names by its
   * cell reference ({@code book.xlsx, iData!C7 (field 'F'): ...}) instead of line and column.
   *
   * @param source the workbook's name (a file path or a name the caller gave)
   * @param reference the cell reference: {@code iData!C7} for a cell, {@code iData!7:7} for a
   *     row, the sheet's name for the whole sheet, or a package part's name
   * @param row the 1-based row, or 0 when the error concerns the whole sheet
   * @param column the 1-based column (A is 1), or 0 when the error concerns a whole row
   * @param field the name of the column at fault, or {@code null}
   * @param message what is wrong and what would be valid
   * @param cause the underlying error, or {@code null}
   * @return the exception; {@link #path()} is the reference
   * @since 0.1.0
   */
  public static DocumentReadException inCell(String source, String reference, int row,
      int column, String field, String message, Throwable cause) {
    return new DocumentReadException(source, reference, row, column, field, message, cause);
  }

  /**
   * Creates the exception for a place of a spreadsheet, named by its reference as
   * {@link #inCell} describes.
   *
   * @param source the workbook's name
   * @param reference the cell reference, sheet name or package part
   * @param row the 1-based row, or 0
   * @param column the 1-based column, or 0
   * @param field the name of the column at fault, or {@code null}
   * @param message what is wrong and what would be valid
   * @param cause the underlying error, or {@code null}
   * @since 0.1.0
   */
  protected DocumentReadException(String source, String reference, int row, int column,
      String field, String message, Throwable cause) {
    this(cellPlace(source, Objects.requireNonNull(reference, "reference"), field), source, row,
        column, field, reference, message, cause);
  }

  /** The place of a sheet's cell as messages write it: {@code source, reference (field 'F')}. */
  static String cellPlace(String source, String reference, String field) {
    return source + ", " + reference + (field == null ? "" : " (field '" + field + "')");
  }

  private static String place(String source, int line, int column, String field, String path) {
    StringBuilder sb = new StringBuilder(source);
    if (line > 0) {
      sb.append(", line ").append(line);
    }
    if (column > 0) {
      sb.append(", column ").append(column);
    }
    if (field != null) {
      sb.append(" (field '").append(field).append("')");
    }
    if (path != null && !path.isEmpty()) {
      sb.append(" at ").append(path);
    }
    return sb.toString();
  }

  /**
   * Returns the name of the document.
   *
   * @return the source name
   */
  public String source() {
    return source;
  }

  /**
   * Returns the 1-based line of the error.
   *
   * @return the line, or 0 when the error concerns the whole document
   */
  public int line() {
    return line;
  }

  /**
   * Returns the 1-based character column of the error.
   *
   * @return the column, or 0 when the error concerns a whole line
   */
  public int column() {
    return column;
  }

  /**
   * Returns the name of the field (CSV column or JSON/XML property) at fault.
   *
   * @return the field, or empty when the error does not concern one field
   */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /**
   * Returns the path of the value at fault in a tree-shaped document: a JSON pointer
   * (RFC 6901) for JSON, an XPath of the elements as written with 1-based indexes for XML
   * ({@code /networkDocument/cities/city[2]/id}; a map key that is not an XML name appears
   * escaped, as in the document).
   *
   * @return the path, or empty for tables and for errors before the first value
   * @since 0.1.0
   */
  public Optional<String> path() {
    return Optional.ofNullable(path);
  }
}
