package io.github.learningcities.lcn.excel;

import io.github.learningcities.lcn.excel.internal.XlsxWorkbook;
import io.github.learningcities.lcn.serialization.coinr.CoinrTables;
import io.github.learningcities.lcn.serialization.coinr.TableSource;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * An .xlsx workbook opened for reading, whose sheets are {@link TableSource}s: give them to
 * {@link CoinrTables#read(TableSource, TableSource)} or
 * {@link CoinrTables#validate(TableSource, TableSource)}, alone or with a CSV table.
 *
 * <pre>{@code
 * try (ExcelWorkbook book = ExcelWorkbook.open(Path.of("asem.xlsx"))) {
 *   CoinrInput in = CoinrTables.read(book.sheet("iData"), book.sheet("iMeta"));
 * }
 * }</pre>
 *
 * <p>Opening reads the package's directory and the workbook's structure only; a sheet is
 * streamed when its rows are read. {@link CoinrWorkbooks} says how cells become the tables'
 * fields; {@link WorkbookLimits} what is refused as hostile.
 *
 * @since 0.1.0
 */
public final class ExcelWorkbook implements Closeable {
  private final XlsxWorkbook workbook;

  private ExcelWorkbook(XlsxWorkbook workbook) {
    this.workbook = workbook;
  }

  /**
   * Opens a workbook with the {@link WorkbookLimits#defaults() default limits}.
   *
   * @param file the .xlsx file
   * @return the workbook; close it
   * @throws IOException if the file cannot be read
   * @throws WorkbookReadException if the file is not a self-contained workbook within the
   *     limits; names the part
   */
  public static ExcelWorkbook open(Path file) throws IOException {
    return open(file, WorkbookLimits.defaults());
  }

  /**
   * Opens a workbook.
   *
   * @param file the .xlsx file
   * @param limits the limits
   * @return the workbook; close it
   * @throws IOException if the file cannot be read
   * @throws WorkbookReadException if the file is not a self-contained workbook within the
   *     limits; names the part
   */
  public static ExcelWorkbook open(Path file, WorkbookLimits limits) throws IOException {
    return new ExcelWorkbook(XlsxWorkbook.open(Objects.requireNonNull(file, "file"),
        Objects.requireNonNull(limits, "limits")));
  }

  /**
   * Returns the sheets' names, in the workbook's order.
   *
   * @return the names; immutable
   */
  public List<String> sheetNames() {
    return workbook.sheetNames();
  }

  /**
   * Returns a sheet as a table: its name in messages is the workbook's, its places are cell
   * references ({@code iData!C7}). Its rows can be read while the workbook is open.
   *
   * @param name the sheet's name
   * @return the table
   * @throws WorkbookReadException if the workbook has no such sheet; names the sheets it has
   */
  public TableSource sheet(String name) {
    return workbook.sheet(name);
  }

  /**
   * Closes the file.
   *
   * @throws IOException if closing fails
   */
  @Override
  public void close() throws IOException {
    workbook.close();
  }
}
