package io.github.learningcities.lcn.excel.internal;

import io.github.learningcities.lcn.serialization.DocumentReadException;
import io.github.learningcities.lcn.serialization.coinr.TableCell;
import io.github.learningcities.lcn.serialization.coinr.TableSource;
import io.github.learningcities.lcn.serialization.csv.CsvFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One sheet of a workbook as a table: streamed row by row from the sheet's XML, each cell
 * turned into the text a CSV field would hold (see {@code CoinrWorkbooks} for the rules), and
 * places named by cell reference ({@code iData!C7}).
 *
 * <p>The table's header is the first row with a non-empty cell, and starts in column A; its
 * width is its last non-empty cell. Rows above it and blank rows are left out; a value right
 * of the header's last column is refused.
 *
 * @since 0.1.0
 */
public final class SheetTable implements TableSource {
  private final XlsxWorkbook workbook;
  private final String sheet;
  private final String part;

  SheetTable(XlsxWorkbook workbook, String sheet, String part) {
    this.workbook = workbook;
    this.sheet = sheet;
    this.part = part;
  }

  @Override
  public String name() {
    return workbook.pkg().source();
  }

  /**
   * Returns the sheet's name.
   *
   * @return the name
   */
  public String sheet() {
    return sheet;
  }

  @Override
  public String line(int line) {
    return "row " + line;
  }

  @Override
  public Optional<String> reference(int line, int column) {
    return Optional.of(CellReference.of(sheet, line, column));
  }

  @Override
  public void rows(Rows rows) throws IOException {
    List<String> strings = workbook.sharedStrings();
    boolean[] dates = workbook.dateStyles();
    XlsxPackage pkg = workbook.pkg();
    int maxRows = pkg.limits().maxRows();
    int maxColumns = pkg.limits().maxColumns();
    XMLStreamReader x = pkg.xml(part);
    try {
      String[] texts = new String[16];
      int used = 0;
      int row = 0;
      int column = 0;
      String[] header = null;
      List<TableCell> cells = new ArrayList<>();
      boolean inData = false;
      while (x.hasNext()) {
        int e = x.next();
        if (e == XMLStreamConstants.START_ELEMENT) {
          switch (x.getLocalName()) {
            case "sheetData" -> inData = true;
            case "row" -> {
              if (!inData) {
                break;
              }
              String rowRef = x.getAttributeValue(null, "r");
              int r = rowRef == null ? row + 1 : number(rowRef, Integer.MAX_VALUE);
              if (r <= row) {
                throw pkg.refuse(part, "row " + r + " comes after row " + row + "; expected "
                    + "rows in increasing order");
              }
              if (r > maxRows) {
                throw pkg.refuse(part, "uses row " + r + "; expected at most " + maxRows
                    + " rows (WorkbookLimits.maxRows)");
              }
              row = r;
              column = 0;
              Arrays.fill(texts, 0, used, null);
              used = 0;
            }
            case "c" -> {
              if (!inData) {
                break;
              }
              String ref = x.getAttributeValue(null, "r");
              int c = ref == null ? column + 1 : CellReference.columnOf(ref);
              if (c <= 0 || c > maxColumns) {
                throw pkg.refuse(part, "cell '" + ref + "' is past column "
                    + CellReference.column(maxColumns) + "; expected at most " + maxColumns
                    + " columns (WorkbookLimits.maxColumns)");
              }
              if (c <= column) {
                throw pkg.refuse(part, "cell " + CellReference.of(sheet, row, c) + " comes "
                    + "after column " + CellReference.column(column) + "; expected cells in "
                    + "increasing order");
              }
              column = c;
              String field = header != null && c <= header.length ? header[c - 1] : null;
              String text = cell(x, strings, dates, row, c, field);
              if (c > texts.length) {
                texts = Arrays.copyOf(texts, Math.max(c, texts.length * 2));
              }
              texts[c - 1] = text;
              used = Math.max(used, c);
            }
            default -> { }
          }
        } else if (e == XMLStreamConstants.END_ELEMENT) {
          if (x.getLocalName().equals("sheetData")) {
            inData = false;
          } else if (inData && x.getLocalName().equals("row")) {
            int last = used;
            while (last > 0 && (texts[last - 1] == null || texts[last - 1].isBlank())) {
              last--;
            }
            if (last == 0) {
              continue;
            }
            if (header == null) {
              header = new String[last];
              for (int j = 0; j < last; j++) {
                header[j] = texts[j] == null ? "" : texts[j].trim();
              }
            } else if (last > header.length) {
              throw DocumentReadException.inCell(name(), CellReference.of(sheet, row, last), row,
                  last, null, "a value right of the header's last column "
                      + CellReference.column(header.length) + "; expected values only under a "
                      + "header cell (give the column a name, or clear the cell)", null);
            }
            int width = header.length;
            cells.clear();
            for (int j = 0; j < width; j++) {
              cells.add(new TableCell(texts[j] == null ? "" : texts[j], row, j + 1));
            }
            rows.row(cells);
          }
        }
      }
      x.close();
    } catch (XMLStreamException e) {
      throw pkg.malformed(part, e);
    }
  }

  /** The text of the cell at the reader's {@code c} element, read to its end. */
  private String cell(XMLStreamReader x, List<String> strings, boolean[] dates, int row,
      int column, String field) throws XMLStreamException {
    String type = x.getAttributeValue(null, "t");
    int style = number(x.getAttributeValue(null, "s"), 0);
    String value = null;
    StringBuilder inline = null;
    boolean formula = false;
    int depth = 1;
    while (depth > 0) {
      int e = x.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        switch (x.getLocalName()) {
          case "v" -> value = x.getElementText();
          case "f" -> {
            formula = true;
            x.getElementText();
          }
          case "rPh" -> skip(x);
          case "t" -> {
            if (inline == null) {
              inline = new StringBuilder();
            }
            inline.append(x.getElementText());
          }
          default -> depth++;
        }
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    if ("inlineStr".equals(type)) {
      return CsvFields.restore(Escapes.decode(inline == null ? "" : inline.toString()));
    }
    if (value == null) {
      if (formula) {
        throw problem(row, column, field, "is a formula without a stored result; expected a "
            + "value (open and save the workbook in a spreadsheet program so that it stores "
            + "the results, or paste the values)");
      }
      return "";
    }
    switch (type == null ? "n" : type) {
      case "s" -> {
        int i = number(value, -1);
        if (i < 0 || i >= strings.size()) {
          throw problem(row, column, field, "refers to shared string " + value.trim()
              + ", but the workbook has " + strings.size() + "; expected an index below that");
        }
        return CsvFields.restore(strings.get(i));
      }
      case "str" -> {
        return CsvFields.restore(Escapes.decode(value));
      }
      case "b" -> {
        return "1".equals(value.trim()) ? "TRUE" : "FALSE";
      }
      case "e" -> throw problem(row, column, field, "holds the error " + value.trim()
          + "; expected a number, a text or an empty cell (an empty cell or NA is a missing "
          + "value)");
      case "d" -> {
        return value.trim();
      }
      default -> {
        String v = value.trim();
        if (!CsvFields.isDecimal(v)) {
          throw problem(row, column, field, "holds the number '" + CsvFields.abbreviate(v)
              + "', which is not one; expected a decimal number");
        }
        double d = CsvFields.parseDecimal(v);
        if (style >= 0 && style < dates.length && dates[style]) {
          return NumberFormats.isoDate(d, workbook.date1904());
        }
        return CsvFields.number(d);
      }
    }
  }

  /** Skips the element the reader is at (phonetic guides are not part of the text). */
  private static void skip(XMLStreamReader x) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int e = x.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private DocumentReadException problem(int row, int column, String field, String message) {
    String ref = CellReference.of(sheet, row, column);
    return DocumentReadException.inCell(name(), ref, row, column, field,
        "the cell " + message, null);
  }

  private static int number(String text, int otherwise) {
    if (text == null) {
      return otherwise;
    }
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }
}
