package io.github.learningcities.lcn.excel;

import io.github.learningcities.lcn.serialization.csv.CsvFields;
import io.github.learningcities.lcn.serialization.internal.CsvTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks made in tests: with Apache POI (an independent writer) or zip part by part. */
final class Workbooks {
  private Workbooks() {}

  /** The cells of a CSV test resource, header first. */
  static List<List<String>> csv(String resource) throws IOException {
    try (InputStream in = Workbooks.class.getResourceAsStream(resource);
        Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
      CsvTable table = CsvTable.read(r, resource);
      List<List<String>> rows = new ArrayList<>();
      rows.add(table.columnNames());
      for (CsvTable.Row row : table.rows()) {
        rows.add(row.cells().stream().map(CsvTable.Cell::text).toList());
      }
      return rows;
    }
  }

  /**
   * Writes tables as sheets with POI: a field that is a decimal number becomes a number cell,
   * every other field a text cell (shared strings), an empty field no cell.
   */
  static void poiWorkbook(Path file, Map<String, List<List<String>>> sheets) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      for (Map.Entry<String, List<List<String>>> e : sheets.entrySet()) {
        XSSFSheet sheet = book.createSheet(e.getKey());
        List<List<String>> rows = e.getValue();
        for (int i = 0; i < rows.size(); i++) {
          Row row = sheet.createRow(i);
          for (int j = 0; j < rows.get(i).size(); j++) {
            String text = rows.get(i).get(j);
            if (text.isEmpty()) {
              continue;
            }
            Cell c = row.createCell(j);
            if (i > 0 && CsvFields.isDecimal(text)) {
              c.setCellValue(Double.parseDouble(text));
            } else {
              c.setCellValue(text);
            }
          }
        }
      }
      book.write(out);
    }
  }

  /** Writes a zip of the given parts (name, then content), deflated. */
  static void zip(Path file, Map<String, byte[]> parts) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (Map.Entry<String, byte[]> e : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** The parts of a minimal workbook with one sheet "iData" whose XML is given. */
  static Map<String, byte[]> minimal(String sheetData) {
    Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
    parts.put("[Content_Types].xml", utf8("<Types xmlns=\"http://schemas.openxmlformats.org/"
        + "package/2006/content-types\"/>"));
    parts.put("_rels/.rels", utf8("<Relationships xmlns=\"http://schemas.openxmlformats.org/"
        + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas"
        + ".openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        + "Target=\"xl/workbook.xml\"/></Relationships>"));
    parts.put("xl/workbook.xml", utf8("<workbook xmlns=\"http://schemas.openxmlformats.org/"
        + "spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/"
        + "officeDocument/2006/relationships\"><sheets><sheet name=\"iData\" sheetId=\"1\" "
        + "r:id=\"rId1\"/></sheets></workbook>"));
    parts.put("xl/_rels/workbook.xml.rels", utf8("<Relationships xmlns=\"http://schemas"
        + ".openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
        + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        + "worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" "
        + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        + "sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"));
    parts.put("xl/worksheets/sheet1.xml", utf8("<worksheet xmlns=\"http://schemas"
        + ".openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + sheetData
        + "</sheetData></worksheet>"));
    return parts;
  }
}
