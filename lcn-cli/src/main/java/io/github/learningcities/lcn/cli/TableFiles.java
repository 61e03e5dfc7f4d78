package io.github.learningcities.lcn.cli;

import io.github.learningcities.lcn.cli.logging.CommandLog;
import io.github.learningcities.lcn.excel.CoinrWorkbooks;
import io.github.learningcities.lcn.excel.ExcelWorkbook;
import io.github.learningcities.lcn.serialization.coinr.CoinrInput;
import io.github.learningcities.lcn.serialization.coinr.CoinrTables;
import io.github.learningcities.lcn.serialization.coinr.TableProblem;
import io.github.learningcities.lcn.serialization.coinr.TableSource;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * COINr tables as the commands name them: a CSV file, or a sheet of an .xlsx workbook
 * ({@code book.xlsx} for its sheet iData or iMeta, {@code book.xlsx#Sheet} for another), each
 * opened as a {@link TableSource} so that the same rules and messages apply to both.
 */
final class TableFiles implements Closeable {
  private final Map<Path, ExcelWorkbook> workbooks = new LinkedHashMap<>();

  /** Whether an argument names a workbook (or a sheet of one). */
  static boolean isWorkbook(Path arg) {
    return file(arg).getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }

  /** The file an argument names: {@code book.xlsx#Sheet} names {@code book.xlsx}. */
  static Path file(Path arg) {
    String name = arg.getFileName() == null ? "" : arg.getFileName().toString();
    int hash = name.lastIndexOf('#');
    if (hash > 0 && name.substring(0, hash).toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      return arg.resolveSibling(name.substring(0, hash));
    }
    return arg;
  }

  /** The sheet an argument names, or the default sheet of its table. */
  static String sheet(Path arg, String defaultSheet) {
    String name = arg.getFileName().toString();
    int hash = name.lastIndexOf('#');
    return hash > 0 && isWorkbook(arg) && !file(arg).equals(arg) ? name.substring(hash + 1)
        : defaultSheet;
  }

  /**
   * Opens a table: a CSV file, or the named or default sheet of a workbook (each workbook
   * opened once, closed with this object).
   */
  TableSource open(Path arg, String defaultSheet) throws IOException {
    if (!isWorkbook(arg)) {
      return TableSource.csv(arg);
    }
    Path file = file(arg);
    ExcelWorkbook book = workbooks.get(file);
    if (book == null) {
      book = ExcelWorkbook.open(file);
      workbooks.put(file, book);
    }
    return book.sheet(sheet(arg, defaultSheet));
  }

  /** The header row of a table (its first row), read through the whole table. */
  List<String> header(Path arg) throws IOException {
    List<String> header = new ArrayList<>();
    open(arg, CoinrWorkbooks.DATA_SHEET).rows(cells -> {
      if (header.isEmpty()) {
        cells.forEach(c -> header.add(c.text().trim()));
      }
    });
    return header;
  }

  /** Whether a workbook argument names no sheet and the workbook has the given one. */
  boolean hasSheet(Path arg, String sheet) throws IOException {
    if (!isWorkbook(arg) || !file(arg).equals(arg)) {
      return false;
    }
    open(arg, CoinrWorkbooks.DATA_SHEET);
    return workbooks.get(file(arg)).sheetNames().contains(sheet);
  }

  /**
   * Reads iData and iMeta: two CSV files, two sheets (of one workbook or two), or one of each.
   */
  static CoinrInput read(Path data, Path meta) throws IOException {
    if (!isWorkbook(data) && !isWorkbook(meta)) {
      CoinrInput in;
      if (InputFiles.isXml(data) || InputFiles.isXml(meta) || !InputFiles.readWhole(data)
          || !InputFiles.readWhole(meta)) {
        InputFiles.requireText(List.of(data, meta));
        in = CoinrTables.read(data, meta);
      } else {
        in = readBeside(data, meta);
      }
      CommandLog.read(in, data.toString(), meta.toString());
      return in;
    }
    try (TableFiles tables = new TableFiles()) {
      TableSource dataTable = tables.open(data, CoinrWorkbooks.DATA_SHEET);
      TableSource metaTable = tables.open(meta, CoinrWorkbooks.META_SHEET);
      CoinrInput in = CoinrTables.read(dataTable, metaTable);
      CommandLog.read(in, dataTable.name(), metaTable.name());
      return in;
    }
  }

  /**
   * Reads two CSV files, each file's bytes once, checked and decoded in one pass: iData's
   * beside the caller while it reads and checks iMeta. A failure of iData's is reported before
   * any that comes after it, as when it was read first.
   */
  private static CoinrInput readBeside(Path data, Path meta) throws IOException {
    CsvTextBeside dataText = CsvTextBeside.start(data);
    try {
      Reader metaText = InputFiles.csvText(meta);
      return CoinrTables.read(dataText, data.toString(), metaText, meta.toString());
    } catch (IOException | RuntimeException | Error e) {
      dataText.throwFailure();
      throw e;
    }
  }

  /** Checks tables as {@link CoinrTables#validate(TableSource, TableSource)}; null leaves one out. */
  List<TableProblem> validate(Path data, Path meta) throws IOException {
    return new ArrayList<>(CoinrTables.validate(
        data == null ? null : open(data, CoinrWorkbooks.DATA_SHEET),
        meta == null ? null : open(meta, CoinrWorkbooks.META_SHEET)));
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (ExcelWorkbook book : workbooks.values()) {
      try {
        book.close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    workbooks.clear();
    if (first != null) {
      throw first;
    }
  }
}
