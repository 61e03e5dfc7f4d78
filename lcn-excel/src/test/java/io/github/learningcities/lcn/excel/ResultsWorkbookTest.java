package io.github.learningcities.lcn.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.engine.Step;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.serialization.coinr.CoinrInput;
import io.github.learningcities.lcn.serialization.coinr.CoinrTables;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The results workbook of the ASEM run, read by Apache POI. */
class ResultsWorkbookTest {
  static Results results;

  @TempDir
  Path dir;

  @BeforeAll
  static void run() throws IOException, URISyntaxException {
    CoinrInput in = CoinrTables.read(AsemWorkbookTest.resource("ASEM_iData.csv"),
        AsemWorkbookTest.resource("ASEM_iMeta.csv"));
    results = Engine.standard().run(in.framework(), in.dataset(), in.pipeline());
  }

  @Test
  void everySheetHasAFrozenBoldHeaderAndNoFormula() throws IOException {
    Path file = dir.resolve("results.xlsx");
    ResultsWorkbook.write(results, file);

    try (InputStream in = Files.newInputStream(file); XSSFWorkbook poi = new XSSFWorkbook(in)) {
      List<String> names = new ArrayList<>();
      poi.forEach(s -> names.add(s.getSheetName()));
      assertThat(names).containsExactlyElementsOf(ResultsWorkbook.SHEETS);
      for (Sheet s : poi) {
        assertThat(s.getPaneInformation().isFreezePane()).as(s.getSheetName()).isTrue();
        assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        Row header = s.getRow(0);
        assertThat(poi.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold())
            .isTrue();
        for (Row r : s) {
          for (Cell c : r) {
            assertThat(c.getCellType()).as(c.getAddress().formatAsString())
                .isNotEqualTo(CellType.FORMULA);
          }
        }
      }
    }
  }

  @Test
  void theNumbersAreTheRunsOwn() throws IOException {
    Path file = dir.resolve("results.xlsx");
    ResultsWorkbook.write(results, file);
    List<Node> nodes = results.framework().nodes();

    try (InputStream in = Files.newInputStream(file); XSSFWorkbook poi = new XSSFWorkbook(in)) {
      Sheet scores = poi.getSheet("Results");
      Row header = scores.getRow(0);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("uCode");
      assertThat(header.getCell(2).getStringCellValue()).isEqualTo("score:" + nodes.get(0)
          .code());
      assertThat(header.getCell(2 + nodes.size()).getStringCellValue())
          .isEqualTo("rank:" + nodes.get(0).code());
      assertThat(scores.getLastRowNum()).isEqualTo(results.units().size());
      for (int i = 1; i <= scores.getLastRowNum(); i++) {
        Row r = scores.getRow(i);
        String unit = r.getCell(0).getStringCellValue();
        for (int j = 0; j < nodes.size(); j++) {
          String node = nodes.get(j).code();
          Cell score = r.getCell(2 + j);
          if (results.score(unit, node).isPresent()) {
            assertThat(score.getNumericCellValue()).isEqualTo(results.score(unit, node)
                .getAsDouble());
            assertThat(r.getCell(2 + nodes.size() + j).getNumericCellValue())
                .isEqualTo(results.rank(unit, node).getAsInt());
          } else {
            assertThat(score).isNull();
          }
        }
        int index = 2 + nodes.size() + nodes.indexOf(results.framework().root());
        if (i > 1 && r.getCell(index) != null) {
          assertThat(r.getCell(index).getNumericCellValue()).as("sorted by the index's rank")
              .isGreaterThanOrEqualTo(scores.getRow(i - 1).getCell(index)
                  .getNumericCellValue());
        }
      }
      assertSameData(poi.getSheet("Raw"), results.dataset());
      assertSameData(poi.getSheet("Imputed"), results.after(Step.IMPUTATION));
      assertSameData(poi.getSheet("Treated"), results.after(Step.TREATMENT));
      assertSameData(poi.getSheet("Normalised"), results.after(Step.NORMALISATION));
      assertSameData(poi.getSheet("Aggregated"), results.after(Step.AGGREGATION));
      Sheet weights = poi.getSheet("Weights");
      assertThat(weights.getLastRowNum()).isEqualTo(nodes.size());
      for (int i = 1; i <= nodes.size(); i++) {
        Row r = weights.getRow(i);
        String code = r.getCell(0).getStringCellValue();
        assertThat(r.getCell(4).getNumericCellValue()).isEqualTo(results.weights().get(code));
      }
      assertThat(poi.getSheet("Statistics").getLastRowNum())
          .isEqualTo(results.dataset().indicators().size());
      assertThat(poi.getSheet("Correlations").getLastRowNum()).isEqualTo(nodes.size() - 1);
    }
  }

  static void assertSameData(Sheet sheet, Dataset data) {
    Row header = sheet.getRow(0);
    List<String> indicators = data.indicators();
    for (int j = 0; j < indicators.size(); j++) {
      assertThat(header.getCell(2 + j).getStringCellValue()).isEqualTo(indicators.get(j));
    }
    assertThat(sheet.getLastRowNum()).isEqualTo(data.unitCount());
    for (int i = 0; i < data.unitCount(); i++) {
      Row r = sheet.getRow(i + 1);
      assertThat(r.getCell(0).getStringCellValue()).isEqualTo(data.units().get(i).code());
      for (int j = 0; j < indicators.size(); j++) {
        double v = data.column(indicators.get(j))[i];
        Cell c = r.getCell(2 + j);
        if (Double.isNaN(v)) {
          assertThat(c).as(sheet.getSheetName() + " " + i + "," + j).isNull();
        } else {
          assertThat(c.getNumericCellValue()).as(sheet.getSheetName()).isEqualTo(v);
        }
      }
    }
  }

  @Test
  void textThatASpreadsheetWouldRunIsNeutralised() throws IOException {
    Dataset ds = Dataset.ofColumns(List.of(new Unit("u1", "=HYPERLINK(\"x\")", Map.of(),
        Map.of()), new Unit("u2", "@cmd", Map.of(), Map.of())), Map.of("x",
        new double[] {1, 2}));
    io.github.learningcities.lcn.indicators.framework.Framework fw =
        io.github.learningcities.lcn.indicators.framework.Framework.builder().node("I", null)
            .node("x", "I").build();
    Results r = Engine.standard().run(fw, ds,
        io.github.learningcities.lcn.indicators.pipeline.Pipeline.coinrDefault());
    Path file = dir.resolve("names.xlsx");
    ResultsWorkbook.write(r, file);

    try (InputStream in = Files.newInputStream(file); XSSFWorkbook poi = new XSSFWorkbook(in)) {
      List<String> names = new ArrayList<>();
      for (Row row : poi.getSheet("Raw")) {
        if (row.getRowNum() > 0) {
          names.add(row.getCell(1).getStringCellValue());
        }
      }
      assertThat(names).containsExactly("'=HYPERLINK(\"x\")", "'@cmd");
    }
  }
}
