package io.github.learningcities.lcn.excel;

import io.github.learningcities.lcn.serialization.DocumentReadException;
import java.util.Objects;

/**
 * Thrown when a workbook cannot be read as a package: it is not a zip of Office Open XML
 * parts, a part breaks a {@link WorkbookLimits limit} (a zip bomb, a huge shared-string table,
 * too many rows or columns), has a DOCTYPE or malformed XML, or the workbook links to other
 * workbooks. The message names the workbook and the part ({@code book.xlsx,
 * xl/worksheets/sheet1.xml: ...}) or the cell, and says what would be valid. Nothing of the
 * workbook is returned when it is thrown.
 *
 * @since 0.1.0
 */
public class WorkbookReadException extends DocumentReadException {
  private static final long serialVersionUID = 1L;

  private final String part;

  /**
   * Creates the exception for a part of the package.
   *
   * @param source the workbook's name
   * @param part the part's name in the package ({@code xl/sharedStrings.xml}), or a cell
   *     reference ({@code iData!C7}) for a cell
   * @param message what is wrong and what would be valid
   * @param cause the underlying error, or {@code null}
   */
  public WorkbookReadException(String source, String part, String message, Throwable cause) {
    super(source, part, 0, 0, null, message, cause);
    this.part = Objects.requireNonNull(part, "part");
  }

  /**
   * Returns the part or cell at fault.
   *
   * @return the part's name or the cell reference
   */
  public String part() {
    return part;
  }
}
