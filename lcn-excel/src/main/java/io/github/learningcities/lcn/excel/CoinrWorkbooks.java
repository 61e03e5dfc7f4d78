package io.github.learningcities.lcn.excel;

import io.github.learningcities.lcn.excel.internal.XlsxWriter;
import io.github.learningcities.lcn.excel.internal.XlsxWriter.Format;
import io.github.learningcities.lcn.excel.internal.XlsxWriter.Sheet;
import io.github.learningcities.lcn.serialization.DocumentReadException;
import io.github.learningcities.lcn.serialization.DocumentWriteException;
import io.github.learningcities.lcn.serialization.coinr.CoinrInput;
import io.github.learningcities.lcn.serialization.coinr.CoinrTables;
import io.github.learningcities.lcn.serialization.coinr.CoinrType;
import io.github.learningcities.lcn.serialization.coinr.CoinrVariable;
import io.github.learningcities.lcn.serialization.coinr.TableProblem;
import io.github.learningcities.lcn.serialization.csv.CsvFields;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * COINr's iData and iMeta tables as sheets of an .xlsx workbook, read with every rule and
 * problem report of {@link CoinrTables} (the same checks and messages; places are cell
 * references such as {@code iData!C7} instead of line and column), and written as a workbook
 * that reads back to an equal input.
 *
 * <pre>{@code
 * CoinrInput in = CoinrWorkbooks.read(Path.of("asem.xlsx"));          // sheets iData, iMeta
 * List<TableProblem> problems = CoinrWorkbooks.validate(Path.of("asem.xlsx"));
 * CoinrWorkbooks.write(in, Path.of("copy.xlsx"));
 * }</pre>
 *
 * <h2>How a cell becomes a table's field</h2>
 * <ul>
 *   <li>A number cell is the number, exactly (the decimal form that parses back to the same
 *       double): {@code 12.5}, {@code 1.0E-7}.</li>
 *   <li>A text cell is its text; in a number column a text holding a decimal number
 *       ({@code "12.5"}, surrounding spaces allowed) is that number, anything else
 *       ({@code "1,5"}, {@code "12 %"}) is a problem. {@code NA} is missing, as in CSV. A
 *       leading apostrophe that the writer added to neutralise a formula-like text is
 *       removed.</li>
 *   <li>An empty cell, or a cell that is not in the sheet at all, is an empty field: missing in
 *       a number column.</li>
 *   <li>A formula cell is its stored (cached) result, as the spreadsheet last computed it; a
 *       formula without a stored result is a problem (open and save the workbook in a
 *       spreadsheet program, or paste the values).</li>
 *   <li>A date cell (a number shown with a date or time format) is its ISO 8601 text
 *       ({@code 2019-03-01}, or {@code 2019-03-01T12:00} with a time): kept as text in text
 *       columns, a problem in number columns (a year such as COINr's {@code Time} goes in as
 *       the number {@code 2019}). Dates are never turned into serial numbers silently.</li>
 *   <li>A boolean cell is the text {@code TRUE} or {@code FALSE} (a problem in a number
 *       column).</li>
 *   <li>An error cell ({@code #N/A}, {@code #DIV/0!}, ...) is a problem wherever it is: a
 *       broken computation is not a missing value (write {@code NA} or leave the cell
 *       empty).</li>
 * </ul>
 * The table starts in column A; its header is the first row with a non-blank cell, and its
 * width that row's last non-blank cell. Rows above it and blank rows are left out; a value
 * right of the header's last column is a problem.
 *
 * <h2>Hostile workbooks</h2>
 * Reading is bounded by {@link WorkbookLimits}: inflated bytes (in total and as a ratio to the
 * compressed size), parts, shared strings, rows and columns. A part with a DOCTYPE, malformed
 * XML, or a workbook that links to other workbooks or external data is refused. Each of these
 * throws a {@link WorkbookReadException} naming the part; nothing of the workbook is returned.
 *
 * <h2>Writing</h2>
 * Two sheets, {@code iData} and {@code iMeta}, with the columns and rows of
 * {@link CoinrTables#iDataRows} and {@link CoinrTables#iMetaRows}: number columns (indicators,
 * denominators, {@code Time}; {@code Level}, {@code Direction}, {@code Weight},
 * {@code Target}) as number cells, everything else as text cells, a bold frozen header row and
 * no formulas. Text that a spreadsheet would run as a formula gets a leading apostrophe, as in
 * the CSV tables. The file is replaced only once complete.
 *
 * @since 0.1.0
 */
public final class CoinrWorkbooks {
  /** The sheet that {@link #read(Path)} takes iData from and {@link #write} writes it to. */
  public static final String DATA_SHEET = "iData";

  /** The sheet that {@link #read(Path)} takes iMeta from and {@link #write} writes it to. */
  public static final String META_SHEET = "iMeta";

  private static final Set<String> META_NUMBERS = Set.of("Level", "Direction", "Weight",
      "Target");

  private CoinrWorkbooks() {}

  /**
   * Reads iData and iMeta from the sheets {@code iData} and {@code iMeta} of a workbook.
   *
   * @param workbook the .xlsx file
   * @return the framework, dataset, default pipeline and table details
   * @throws IOException if the file cannot be read
   * @throws DocumentReadException if a table breaks a rule (names workbook, cell and field);
   *     a {@link WorkbookReadException} if the workbook is not readable within the limits
   */
  public static CoinrInput read(Path workbook) throws IOException {
    return read(workbook, DATA_SHEET, META_SHEET, WorkbookLimits.defaults());
  }

  /**
   * Reads iData and iMeta from two sheets of a workbook.
   *
   * @param workbook the .xlsx file
   * @param dataSheet the iData sheet's name
   * @param metaSheet the iMeta sheet's name
   * @param limits the limits
   * @return the framework, dataset, default pipeline and table details
   * @throws IOException if the file cannot be read
   * @throws DocumentReadException if a table breaks a rule (names workbook, cell and field);
   *     a {@link WorkbookReadException} if the workbook is not readable within the limits
   */
  public static CoinrInput read(Path workbook, String dataSheet, String metaSheet,
      WorkbookLimits limits) throws IOException {
    try (ExcelWorkbook book = ExcelWorkbook.open(workbook, limits)) {
      return CoinrTables.read(book.sheet(dataSheet), book.sheet(metaSheet));
    }
  }

  /**
   * Checks the sheets {@code iData} and {@code iMeta} of a workbook against every rule of
   * {@link #read(Path)} and lists every problem found; a workbook that cannot be opened gives
   * one problem.
   *
   * @param workbook the .xlsx file
   * @return the problems, empty when reading would succeed; immutable
   * @throws IOException if the file cannot be read
   */
  public static List<TableProblem> validate(Path workbook) throws IOException {
    return validate(workbook, DATA_SHEET, META_SHEET, WorkbookLimits.defaults());
  }

  /**
   * Checks two sheets of a workbook as {@link #validate(Path)} does; either sheet name may be
   * null to check the other on its own.
   *
   * @param workbook the .xlsx file
   * @param dataSheet the iData sheet's name, or null
   * @param metaSheet the iMeta sheet's name, or null
   * @param limits the limits
   * @return the problems, empty when reading would succeed; immutable
   * @throws IOException if the file cannot be read
   */
  public static List<TableProblem> validate(Path workbook, String dataSheet, String metaSheet,
      WorkbookLimits limits) throws IOException {
    try (ExcelWorkbook book = ExcelWorkbook.open(workbook, limits)) {
      return CoinrTables.validate(dataSheet == null ? null : book.sheet(dataSheet),
          metaSheet == null ? null : book.sheet(metaSheet));
    } catch (WorkbookReadException e) {
      String prefix = e.source() + ", " + e.part() + ": ";
      String message = e.getMessage().startsWith(prefix)
          ? e.getMessage().substring(prefix.length()) : e.getMessage();
      return List.of(new TableProblem(e.source(), 0, 0, 0, null, message, e.part()));
    }
  }

  /**
   * Writes iData and iMeta as the sheets {@code iData} and {@code iMeta} of a workbook,
   * replacing the file only once it is complete.
   *
   * @param input what to write
   * @param workbook the .xlsx file
   * @throws IOException if the file cannot be written; it is then as it was
   * @throws DocumentWriteException if COINr's tables cannot express the input
   */
  public static void write(CoinrInput input, Path workbook) throws IOException {
    XlsxWriter.replace(workbook, sheets(input));
  }

  /**
   * Writes iData and iMeta as a workbook to a stream.
   *
   * @param input what to write
   * @param out the target; flushed, not closed
   * @throws IOException if writing fails
   * @throws DocumentWriteException if COINr's tables cannot express the input
   */
  public static void write(CoinrInput input, OutputStream out) throws IOException {
    XlsxWriter.write(out, sheets(input));
  }

  private static List<Sheet> sheets(CoinrInput input) {
    Set<String> numbers = new HashSet<>(input.dataset().indicators());
    numbers.add("Time");
    for (CoinrVariable v : input.variables()) {
      if (v.type() == CoinrType.DENOMINATOR) {
        numbers.add(v.code());
      }
    }
    input.dataset().units().forEach(u -> numbers.addAll(u.denominators().keySet()));
    return List.of(sheet(DATA_SHEET, CoinrTables.iDataRows(input), numbers),
        sheet(META_SHEET, CoinrTables.iMetaRows(input), META_NUMBERS));
  }

  /** A table of texts as a sheet: the named columns' decimal texts become number cells. */
  private static Sheet sheet(String name, List<List<String>> table, Set<String> numbers) {
    List<String> header = table.get(0);
    boolean[] numeric = new boolean[header.size()];
    List<Format> formats = new ArrayList<>();
    for (int j = 0; j < header.size(); j++) {
      numeric[j] = numbers.contains(header.get(j));
      formats.add(Format.GENERAL);
    }
    List<List<Object>> rows = new ArrayList<>(table.size() - 1);
    for (List<String> row : table.subList(1, table.size())) {
      List<Object> cells = new ArrayList<>(row.size());
      for (int j = 0; j < row.size(); j++) {
        String text = row.get(j);
        cells.add(numeric[j] && CsvFields.isDecimal(text) ? (Object) CsvFields.parseDecimal(text)
            : text);
      }
      rows.add(cells);
    }
    return new Sheet(name, header, formats, rows);
  }
}
