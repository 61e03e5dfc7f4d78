package io.github.learningcities.lcn.excel.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.learningcities.lcn.serialization.DocumentWriteException;
import io.github.learningcities.lcn.serialization.csv.CsvFields;
import io.github.learningcities.lcn.serialization.internal.AtomicFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a workbook of plain value sheets as Office Open XML: a bold, frozen header row, one
 * number format per column, inline strings (no shared-string table), no formulas. Text cells
 * that a spreadsheet would run as a formula are neutralised as in the CSV tables; characters
 * that XML cannot hold are written as OOXML's {@code _xHHHH_} escapes. The zip entries carry a
 * fixed date, so the same sheets give the same bytes.
 *
 * @since 0.1.0
 */
public final class XlsxWriter {
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String RELS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String PKG_RELS =
      "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
  /** Excel's longest text in a cell. */
  static final int MAX_TEXT = 32_767;

  private XlsxWriter() {}

  /** How a column's numbers are shown; text cells are shown as they are. */
  public enum Format {
    /** Excel's General format: every digit that fits. */
    GENERAL(0),
    /** Three decimals ({@code 0.000}): scores and normalised values. */
    DECIMAL(2),
    /** Whole numbers ({@code 0}): ranks and counts. */
    INTEGER(3);

    private final int style;

    Format(int style) {
      this.style = style;
    }
  }

  /**
   * One sheet: a header and rows of values.
   *
   * @param name the sheet's name (at most 31 characters, none of {@code []:*?/\}, unique)
   * @param header the column names
   * @param formats one number format per column
   * @param rows the rows; a value is a {@link Number} (NaN is an empty cell), a
   *     {@link String} or {@code null} (empty)
   */
  public record Sheet(String name, List<String> header, List<Format> formats,
      List<List<Object>> rows) {
    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if the formats do not match the header
     */
    public Sheet {
      Objects.requireNonNull(name, "name");
      header = List.copyOf(header);
      formats = List.copyOf(formats);
      Objects.requireNonNull(rows, "rows");
      if (formats.size() != header.size()) {
        throw new IllegalArgumentException("sheet '" + name + "' has " + header.size()
            + " columns but " + formats.size() + " formats; expected one format per column");
      }
    }
  }

  /**
   * Writes the sheets as a workbook.
   *
   * @param out the target; flushed, not closed
   * @param sheets the sheets, in tab order
   * @throws IOException if writing fails
   * @throws DocumentWriteException if a sheet name or a cell cannot be written to a workbook
   */
  public static void write(OutputStream out, List<Sheet> sheets) throws IOException {
    checkNames(sheets);
    // finished, not closed: the caller's stream stays open
    ZipOutputStream zip = new ZipOutputStream(out, UTF_8);
    Writer w = new OutputStreamWriter(zip, UTF_8);
    entry(zip, w, "[Content_Types].xml", contentTypes(sheets.size()));
    entry(zip, w, "_rels/.rels", "<Relationships xmlns=\"" + PKG_RELS + "\"><Relationship "
        + "Id=\"rId1\" Type=\"" + RELS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>");
    entry(zip, w, "xl/workbook.xml", workbook(sheets));
    entry(zip, w, "xl/_rels/workbook.xml.rels", workbookRels(sheets.size()));
    entry(zip, w, "xl/styles.xml", STYLES);
    for (int i = 0; i < sheets.size(); i++) {
      start(zip, "xl/worksheets/sheet" + (i + 1) + ".xml");
      sheet(w, sheets.get(i), i == 0);
      w.flush();
      zip.closeEntry();
    }
    zip.finish();
    out.flush();
  }

  /**
   * Writes the sheets as a workbook file, replacing it only once it is complete (the atomic
   * write path of lcn-serialization).
   *
   * @param file the .xlsx file
   * @param sheets the sheets, in tab order
   * @throws IOException if writing fails; the file is then as it was
   * @throws DocumentWriteException if a sheet name or a cell cannot be written to a workbook
   */
  public static void replace(Path file, List<Sheet> sheets) throws IOException {
    AtomicFiles.replace(file, out -> write(out, sheets));
  }

  /**
   * Whether a sheet name holds a character Excel refuses in one: {@code [ ] : * ? / \} (a loop:
   * a regular expression here was the only one lcn demo compiled after the catalogs').
   */
  private static boolean hasForbiddenCharacter(String name) {
    for (int i = 0; i < name.length(); i++) {
      if ("[]:*?/\\".indexOf(name.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static void checkNames(List<Sheet> sheets) {
    Set<String> seen = new HashSet<>();
    for (Sheet s : sheets) {
      String n = s.name();
      if (n.isEmpty() || n.length() > 31 || hasForbiddenCharacter(n)
          || n.startsWith("'") || n.endsWith("'")) {
        throw new DocumentWriteException("sheet name '" + n + "' cannot be a sheet's name; "
            + "expected 1 to 31 characters without [ ] : * ? / \\ and not starting or ending "
            + "with an apostrophe");
      }
      if (!seen.add(n.toLowerCase(Locale.ROOT))) {
        throw new DocumentWriteException("sheet name '" + n + "' appears twice; expected "
            + "names that differ beyond letter case");
      }
    }
  }

  private static void start(ZipOutputStream zip, String name) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setTimeLocal(ENTRY_TIME);
    zip.putNextEntry(e);
  }

  private static void entry(ZipOutputStream zip, Writer w, String name, String xml)
      throws IOException {
    start(zip, name);
    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
    w.write(xml);
    w.flush();
    zip.closeEntry();
  }

  private static String contentTypes(int sheets) {
    StringBuilder sb = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/"
        + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
        + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
        + "ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" "
        + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        + ".main+xml\"/><Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd"
        + ".openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
    for (int i = 1; i <= sheets; i++) {
      sb.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" "
          + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml"
          + ".worksheet+xml\"/>");
    }
    return sb.append("</Types>").toString();
  }

  private static String workbook(List<Sheet> sheets) {
    StringBuilder sb = new StringBuilder("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELS
        + "\"><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
    for (int i = 0; i < sheets.size(); i++) {
      sb.append("<sheet name=\"").append(attribute(sheets.get(i).name())).append("\" sheetId=\"")
          .append(i + 1).append("\" r:id=\"rId").append(i + 1).append("\"/>");
    }
    return sb.append("</sheets></workbook>").toString();
  }

  private static String workbookRels(int sheets) {
    StringBuilder sb = new StringBuilder("<Relationships xmlns=\"" + PKG_RELS + "\">");
    for (int i = 1; i <= sheets; i++) {
      sb.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(RELS)
          .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
    }
    sb.append("<Relationship Id=\"rId").append(sheets + 1).append("\" Type=\"").append(RELS)
        .append("/styles\" Target=\"styles.xml\"/>");
    return sb.append("</Relationships>").toString();
  }

  /** Fonts: regular and bold; cell styles: 0 default, 1 header, 2 0.000, 3 whole numbers. */
  private static final String STYLES = "<styleSheet xmlns=\"" + MAIN + "\">"
      + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0.000\"/></numFmts>"
      + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
      + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
      + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
      + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
      + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border>"
      + "</borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" "
      + "borderId=\"0\"/></cellStyleXfs><cellXfs count=\"4\">"
      + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
      + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
      + "applyFont=\"1\"/>"
      + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
      + "applyNumberFormat=\"1\"/>"
      + "<xf numFmtId=\"1\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
      + "applyNumberFormat=\"1\"/></cellXfs>"
      + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
      + "</cellStyles></styleSheet>";

  private static void sheet(Writer w, Sheet s, boolean selected) throws IOException {
    int width = s.header().size();
    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\""
        + MAIN + "\" xmlns:r=\"" + RELS + "\">");
    int lastRow = s.rows().size() + 1;
    if (width > 0) {
      w.write("<dimension ref=\"A1:" + CellReference.column(width) + lastRow + "\"/>");
    }
    w.write("<sheetViews><sheetView " + (selected ? "tabSelected=\"1\" " : "")
        + "workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\""
        + " state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>"
        + "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
    if (width > 0) {
      w.write("<cols>");
      for (int j = 0; j < width; j++) {
        int chars = Math.min(60, Math.max(10, s.header().get(j).length() + 2));
        w.write("<col min=\"" + (j + 1) + "\" max=\"" + (j + 1) + "\" width=\"" + chars
            + "\" customWidth=\"1\"/>");
      }
      w.write("</cols>");
    }
    w.write("<sheetData>");
    w.write("<row r=\"1\">");
    for (int j = 0; j < width; j++) {
      text(w, s.name(), 1, j + 1, s.header().get(j), 1);
    }
    w.write("</row>");
    int r = 1;
    for (List<Object> row : s.rows()) {
      r++;
      if (row.size() != width) {
        throw new DocumentWriteException("sheet '" + s.name() + "', row " + r + " has "
            + row.size() + " values; expected " + width + " as in the header");
      }
      w.write("<row r=\"" + r + "\">");
      for (int j = 0; j < width; j++) {
        Object v = row.get(j);
        String ref = CellReference.column(j + 1) + r;
        if (v instanceof Number n) {
          double d = n.doubleValue();
          if (Double.isNaN(d)) {
            continue;
          }
          if (Double.isInfinite(d)) {
            throw new DocumentWriteException("sheet '" + s.name() + "', cell " + ref + " is "
                + d + "; expected a finite number (a workbook cannot hold infinity)");
          }
          w.write("<c r=\"" + ref + "\"" + style(s.formats().get(j).style) + "><v>"
              + CsvFields.number(d) + "</v></c>");
        } else if (v != null && !v.toString().isEmpty()) {
          text(w, s.name(), r, j + 1, v.toString(), 0);
        }
      }
      w.write("</row>");
    }
    w.write("</sheetData></worksheet>");
  }

  private static String style(int style) {
    return style == 0 ? "" : " s=\"" + style + "\"";
  }

  private static void text(Writer w, String sheet, int row, int column, String text, int style)
      throws IOException {
    String safe = CsvFields.neutralise(text);
    if (safe.length() > MAX_TEXT) {
      throw new DocumentWriteException("sheet '" + sheet + "', cell " + CellReference.column(
          column) + row + " has " + safe.length() + " characters; expected at most " + MAX_TEXT
          + ", the most a spreadsheet cell holds");
    }
    w.write("<c r=\"" + CellReference.column(column) + row + "\"" + style(style)
        + " t=\"inlineStr\"><is><t xml:space=\"preserve\">");
    w.write(content(safe));
    w.write("</t></is></c>");
  }

  /** Text as XML content: markup escaped, characters XML cannot hold as _xHHHH_. */
  static String content(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      if (pair) {
        sb.append(c).append(text.charAt(++i));
      } else if (c == '&') {
        sb.append("&amp;");
      } else if (c == '<') {
        sb.append("&lt;");
      } else if (c == '>') {
        sb.append("&gt;");
      } else if (c == '\r') {
        sb.append("&#13;");
      } else if (c == '_' && Escapes.startsEscape(text, i)) {
        sb.append("_x005F_");
      } else if ((c < 0x20 && c != '\t' && c != '\n') || Character.isSurrogate(c)
          || c == 0xFFFE || c == 0xFFFF) {
        sb.append(String.format(Locale.ROOT, "_x%04X_", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String attribute(String text) {
    return content(text).replace("\"", "&quot;");
  }
}
