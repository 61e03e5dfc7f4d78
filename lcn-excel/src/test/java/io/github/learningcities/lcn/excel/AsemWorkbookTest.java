package io.github.learningcities.lcn.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.serialization.coinr.CoinrInput;
import io.github.learningcities.lcn.serialization.coinr.CoinrTables;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden tests on COINr's ASEM example: the CSV tables as a workbook (made by Apache POI, an
 * independent writer) read to the same input and the same results as the CSVs, and the SDK's
 * own workbook of them reads back in POI with the same sheets, headers and numbers.
 */
class AsemWorkbookTest {
  static CoinrInput fromCsv;
  static List<List<String>> data;
  static List<List<String>> meta;

  @TempDir
  Path dir;

  @BeforeAll
  static void readCsv() throws IOException, URISyntaxException {
    fromCsv = CoinrTables.read(resource("ASEM_iData.csv"), resource("ASEM_iMeta.csv"));
    data = Workbooks.csv("/coinr-asem/ASEM_iData.csv");
    meta = Workbooks.csv("/coinr-asem/ASEM_iMeta.csv");
  }

  static Path resource(String name) throws URISyntaxException {
    return Path.of(AsemWorkbookTest.class.getResource("/coinr-asem/" + name).toURI());
  }

  @Test
  void aPoiWorkbookOfTheCsvTablesReadsToTheSameInputAndResults() throws IOException {
    Path book = dir.resolve("asem.xlsx");
    Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
    sheets.put("iMeta", meta);
    sheets.put("iData", data);
    Workbooks.poiWorkbook(book, sheets);

    CoinrInput fromBook = CoinrWorkbooks.read(book);

    assertThat(fromBook.framework()).isEqualTo(fromCsv.framework());
    assertThat(fromBook.dataset()).isEqualTo(fromCsv.dataset());
    assertThat(fromBook.variables()).isEqualTo(fromCsv.variables());
    assertThat(fromBook.times()).isEqualTo(fromCsv.times());
    Results a = Engine.standard().run(fromCsv.framework(), fromCsv.dataset(),
        fromCsv.pipeline());
    Results b = Engine.standard().run(fromBook.framework(), fromBook.dataset(),
        fromBook.pipeline());
    for (Node n : a.framework().nodes()) {
      assertThat(b.scores(n.code())).as(n.code()).isEqualTo(a.scores(n.code()));
      assertThat(b.ranks(n.code())).as(n.code()).isEqualTo(a.ranks(n.code()));
    }
    assertThat(CoinrWorkbooks.validate(book)).isEmpty();
  }

  @Test
  void theSdksWorkbookReadsBackInPoiWithTheSameSheetsHeadersAndNumbers() throws IOException {
    Path book = dir.resolve("written.xlsx");
    CoinrWorkbooks.write(fromCsv, book);

    List<List<String>> writtenData = CoinrTables.iDataRows(fromCsv);
    List<List<String>> writtenMeta = CoinrTables.iMetaRows(fromCsv);
    try (InputStream in = Files.newInputStream(book); XSSFWorkbook poi = new XSSFWorkbook(in)) {
      assertThat(poi.getNumberOfSheets()).isEqualTo(2);
      assertThat(poi.getSheetName(0)).isEqualTo("iData");
      assertThat(poi.getSheetName(1)).isEqualTo("iMeta");
      assertSameCells(poi.getSheet("iData"), writtenData);
      assertSameCells(poi.getSheet("iMeta"), writtenMeta);
      assertThat(poi.getSheet("iData").getPaneInformation().isFreezePane()).isTrue();
    }
    CoinrInput again = CoinrWorkbooks.read(book);
    assertThat(again.framework()).isEqualTo(fromCsv.framework());
    assertThat(again.dataset()).isEqualTo(fromCsv.dataset());
    // the header rows are the CSV tables' own
    assertThat(writtenData.get(0)).containsExactlyInAnyOrderElementsOf(data.get(0));
    assertThat(writtenMeta.get(0)).containsExactlyElementsOf(meta.get(0));
  }

  /** Every cell as POI reads it: numbers equal as doubles, texts equal, empty where empty. */
  static void assertSameCells(Sheet sheet, List<List<String>> expected) {
    DataFormatter text = new DataFormatter();
    assertThat(sheet.getLastRowNum() + 1).isEqualTo(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      Row row = sheet.getRow(i);
      List<String> want = expected.get(i);
      List<String> got = new ArrayList<>();
      for (int j = 0; j < want.size(); j++) {
        Cell c = row.getCell(j);
        assertThat(c == null || c.getCellType() != CellType.FORMULA).isTrue();
        if (c == null || c.getCellType() == CellType.BLANK) {
          got.add("");
        } else if (c.getCellType() == CellType.NUMERIC) {
          assertThat(c.getNumericCellValue()).as(c.getAddress().formatAsString())
              .isEqualTo(Double.parseDouble(want.get(j)));
          got.add(want.get(j));
        } else {
          got.add(text.formatCellValue(c));
        }
      }
      assertThat(got).as("row " + (i + 1)).isEqualTo(want);
    }
  }
}
